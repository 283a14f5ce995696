import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { DashboardOverdueItem, DashboardStaleItem, MetricUnit } from '@smartcity/domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';
import type { DashboardFigure } from '../dashboard-links';
import { FigureLink, useDashboardLinking } from './dashboard-linking';

/** A titled card with a list, its total (a link to the full list) and an empty text. */
function ListCard({
  title,
  total,
  figure,
  shown,
  empty,
  hint,
  children,
}: {
  readonly title: string;
  readonly total: number;
  readonly figure?: DashboardFigure;
  readonly shown: number;
  readonly empty: string;
  /** The rule the list follows, under its title. */
  readonly hint?: string;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={3} size="h4" id={titleId}>
          {title}
        </Title>
        <Text size="sm">
          {figure && total > 0 ? (
            <FigureLink figure={figure}>{t('dashboard.lists.total', { count: total })}</FigureLink>
          ) : (
            t('dashboard.lists.total', { count: total })
          )}
        </Text>
      </Group>
      {hint ? (
        <Text size="sm" c="dimmed" mb="xs">
          {hint}
        </Text>
      ) : null}
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {children}
          </Stack>
          {shown < total ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('dashboard.lists.more', { shown, count: total })}
            </Text>
          ) : null}
        </>
      )}
    </Card>
  );
}

function ItemTitle({ id, title }: { readonly id: string; readonly title: string }) {
  const { linkable } = useDashboardLinking();
  return linkable ? (
    <AnchorLink
      to="/inovasi/$innovationId"
      params={{ innovationId: id }}
      fw={600}
      size="sm"
      style={{ overflowWrap: 'anywhere' }}
    >
      {title}
    </AnchorLink>
  ) : (
    <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
      {title}
    </Text>
  );
}

/** Stale innovations: active but quiet for `staleDays` days, the quietest first. */
export function StaleList({
  total,
  items,
  staleDays,
  unitName,
  title,
}: {
  readonly total: number;
  readonly items: readonly DashboardStaleItem[];
  readonly staleDays: number;
  readonly unitName?: (unitId: string) => string | undefined;
  readonly title?: string;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  return (
    <ListCard
      title={title ?? t('dashboard.lists.staleTitle')}
      total={total}
      figure={{ kind: 'stale' }}
      shown={items.length}
      empty={t('dashboard.lists.staleEmpty', { days: staleDays })}
    >
      {items.map((item) => (
        <li key={item.id}>
          <ItemTitle id={item.id} title={item.title} />
          <Text size="xs" c="dimmed">
            {[unitName?.(item.unitId), labels.stage(item.stage)].filter(Boolean).join(' · ')} ·{' '}
            {t('dashboard.lists.quietFor', { count: item.daysSinceLastEvent })}
          </Text>
        </li>
      ))}
    </ListCard>
  );
}

/** Overdue quick wins with their progress, the latest first. */
export function OverdueList({
  total,
  items,
  unitName,
  title,
}: {
  readonly total: number;
  readonly items: readonly DashboardOverdueItem[];
  readonly unitName?: (unitId: string) => string | undefined;
  readonly title?: string;
}) {
  const { t } = useTranslation();
  const format = useLocale();
  return (
    <ListCard
      title={title ?? t('dashboard.lists.overdueTitle')}
      total={total}
      figure={{ kind: 'overdue' }}
      shown={items.length}
      empty={t('dashboard.lists.overdueEmpty')}
    >
      {items.map((item) => (
        <li key={item.id}>
          <ItemTitle id={item.id} title={item.title} />
          <Text size="xs" c="dimmed">
            {unitName?.(item.unitId) ? `${unitName(item.unitId)} · ` : ''}
            {t('dashboard.lists.overdueBy', {
              count: item.daysOverdue,
              date: format.calendarDate(item.quickWinTargetDate),
            })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Progress
              value={item.quickWinProgress ?? 0}
              size="sm"
              style={{ flex: 1 }}
              aria-hidden
            />
            <Text size="xs" w={110} ta="right" data-progress>
              {item.quickWinProgress === null
                ? t('dashboard.lists.noReport')
                : t('dashboard.lists.progress', {
                    percent: format.percent(item.quickWinProgress),
                  })}
            </Text>
          </Group>
        </li>
      ))}
    </ListCard>
  );
}

/** An action item of the masterplan past its year and not done (the dashboard's answer). */
export type OverdueActionItem = {
  readonly id: string;
  readonly programmeId: string;
  readonly programmeName: string;
  readonly activity: string;
  readonly year: number;
  readonly ownerUnitId: string;
  readonly progressPercent: number;
};

/** The masterplan's action items past their year and not done, the oldest first. */
export function OverdueActionsList({
  total,
  items,
  unitName,
}: {
  readonly total: number;
  readonly items: readonly OverdueActionItem[];
  readonly unitName?: (unitId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { linkable } = useDashboardLinking();
  const format = useLocale();
  return (
    <ListCard
      title={t('dashboard.lists.overdueActionsTitle')}
      total={total}
      shown={items.length}
      empty={t('dashboard.lists.overdueActionsEmpty')}
    >
      {items.map((item) => (
        <li key={item.id}>
          {linkable ? (
            <AnchorLink
              to="/rencana-induk"
              search={{ program: item.programmeId }}
              fw={600}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              {item.activity}
            </AnchorLink>
          ) : (
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {item.activity}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {[unitName?.(item.ownerUnitId), item.programmeName].filter(Boolean).join(' · ')} ·{' '}
            {t('dashboard.lists.actionYear', { year: item.year })} ·{' '}
            {t('dashboard.lists.progress', { percent: format.percent(item.progressPercent) })}
          </Text>
        </li>
      ))}
    </ListCard>
  );
}

/** Units with no innovation in an active stage (they do not innovate now). */
export function UnitsWithoutList({ units }: { readonly units: readonly MetricUnit[] }) {
  const { t } = useTranslation();
  const { linkable } = useDashboardLinking();
  return (
    <ListCard
      title={t('dashboard.lists.withoutTitle')}
      total={units.length}
      shown={units.length}
      empty={t('dashboard.lists.withoutEmpty')}
      hint={t('dashboard.lists.withoutHint')}
    >
      {units.map((unit) => (
        <li key={unit.id}>
          {linkable ? (
            <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: unit.id }} size="sm">
              {unit.name}
            </AnchorLink>
          ) : (
            <Text size="sm">{unit.name}</Text>
          )}
        </li>
      ))}
    </ListCard>
  );
}
