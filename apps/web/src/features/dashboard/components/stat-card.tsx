import { Paper, Skeleton, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { DashboardFigure } from '../dashboard-links';
import { FigureLink } from './dashboard-linking';

/** A headline figure: a label, the number (a link to what it counts) and a line of context. */
export function StatCard({
  label,
  value,
  figure,
  hint,
}: {
  readonly label: string;
  /** Undefined while loading. */
  readonly value: string | undefined;
  readonly figure?: DashboardFigure;
  readonly hint?: ReactNode;
}) {
  const id = useId();
  return (
    <Paper withBorder p="md" role="group" aria-labelledby={id}>
      <Text size="sm" c="dimmed" id={id}>
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton height={34} width={80} my={2} />
      ) : (
        <Text fz={30} fw={700} lh={1.3} data-figure>
          {figure ? (
            <FigureLink figure={figure} label={label} fw={700}>
              {value}
            </FigureLink>
          ) : (
            value
          )}
        </Text>
      )}
      {hint ? (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}
