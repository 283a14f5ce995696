import { Text, VisuallyHidden } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { AnchorLink } from '../../common/components/router-links';
import { innovationsSearchFor, type DashboardFigure } from '../dashboard-links';
import type { DashboardSearch } from '../dashboard-search';

/**
 * How figures link: to the innovation list with the dashboard's filters (logged-in dashboards and
 * the unit page), or not at all (the public dashboard, whose visitors cannot open the list).
 */
export type DashboardLinking = { readonly filter: DashboardSearch; readonly linkable: boolean };

export const DashboardLinkingContext = createContext<DashboardLinking>({
  filter: {},
  linkable: true,
});

/** The linking of the dashboard around a component. */
export function useDashboardLinking(): DashboardLinking {
  return useContext(DashboardLinkingContext);
}

/**
 * A figure that opens the innovation list it counts. `label` is read after the figure by screen
 * readers ("12 stale innovations"), so a link named "12" is never on its own.
 */
export function FigureLink({
  figure,
  label,
  children,
  fw = 600,
  inheritColor = false,
}: {
  readonly figure: DashboardFigure;
  readonly label?: string;
  readonly children: ReactNode;
  readonly fw?: number;
  /** Take the surrounding text colour (e.g. on a shaded heatmap cell), always underlined. */
  readonly inheritColor?: boolean;
}) {
  const { filter, linkable } = useDashboardLinking();
  const hidden = label ? <VisuallyHidden> {label}</VisuallyHidden> : null;
  if (!linkable) {
    return (
      <Text span fw={fw} inherit>
        {children}
        {hidden}
      </Text>
    );
  }
  return (
    <AnchorLink
      to="/inovasi"
      search={innovationsSearchFor(filter, figure)}
      fw={fw}
      inherit
      c={inheritColor ? 'inherit' : undefined}
      underline={inheritColor ? 'always' : undefined}
    >
      {children}
      {hidden}
    </AnchorLink>
  );
}
