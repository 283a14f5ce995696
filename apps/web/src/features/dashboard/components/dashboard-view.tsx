import { Card, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { DashboardSummary } from '@smartcity/domain';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';
import {
  dimensionBars,
  outcomeBars,
  quickWinStatusBars,
  stageBars,
  unitBars,
  unitNames,
} from '../dashboard-figures';
import { ChartPanel } from './chart-panel';
import { barChartHeight, trendChartHeight } from './chart-sizes';
import { CoverageHeatmap } from './coverage-heatmap';
import { useDashboardLinking } from './dashboard-linking';
import { FigureTable } from './figure-table';
import type { FigureBar } from './figure-bar';
import {
  OverdueActionsList,
  OverdueList,
  StaleList,
  UnitsWithoutList,
  type OverdueActionItem,
} from './item-lists';
import { LazyFigureBarChart, LazyTrendChart } from './lazy-charts';
import { StatCard } from './stat-card';
import { ScrollTable } from './scroll-table';

/** How many units the ranking chart shows; the table shows them all. */
const rankedUnitsInChart = 15;

/**
 * The monitoring dashboard for one summary: headline figures, the lifecycle funnel, dimensions,
 * units ranked, the coverage heatmap, outcomes and quick wins, the units that do not innovate,
 * stale and overdue items, and the monthly trend. Used by the Dasbor and the public dashboard.
 */
export function DashboardView({
  summary,
}: {
  readonly summary: DashboardSummary & {
    readonly overdueActions?: {
      readonly total: number;
      readonly items: readonly OverdueActionItem[];
    };
  };
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const format = useLocale();
  const { linkable } = useDashboardLinking();
  const names = useMemo(() => unitNames(summary), [summary]);
  const unitName = (unitId: string) => names.get(unitId);

  const stages = stageBars(summary.counts.byStage, labels.stage);
  const dimensions = dimensionBars(summary.counts.byDimension, labels.dimension);
  const rankedAll = unitBars(summary.ranking);
  const ranked = rankedAll.slice(0, rankedUnitsInChart);
  const outcomes = outcomeBars(summary.counts.byOutcome, (o) =>
    o === 'none' ? t('dashboard.outcomeNone') : labels.outcome(o),
  );
  const quickWinStatuses = quickWinStatusBars(summary.quickWins.byStatus, (s) =>
    s === 'none' ? t('dashboard.quickWinStatusNone') : labels.quickWinStatus(s),
  );
  const trend = summary.trend.map((row) => ({ ...row, month: format.month(row.month) }));
  const trendLabels = {
    created: t('dashboard.trend.created'),
    advanced: t('dashboard.trend.advanced'),
    evaluated: t('dashboard.trend.evaluated'),
  };
  const count = t('dashboard.innovationsHeader');
  const unitLink = (row: FigureBar) =>
    linkable ? (
      <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: row.key }}>
        {row.label}
      </AnchorLink>
    ) : (
      row.label
    );

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }}>
        <StatCard
          label={t('dashboard.stats.total')}
          value={format.number(summary.total)}
          figure={{ kind: 'all' }}
          hint={t('dashboard.stats.totalHint', { count: summary.counts.byStage.sustained })}
        />
        <StatCard
          label={t('dashboard.stats.innovating')}
          value={t('dashboard.stats.ofUnits', {
            count: summary.units.innovating,
            total: summary.units.total,
          })}
          figure={{ kind: 'active' }}
          hint={t('dashboard.stats.innovatingHint')}
        />
        <StatCard
          label={t('dashboard.stats.stale')}
          value={format.number(summary.stale.total)}
          figure={{ kind: 'stale' }}
          hint={t('dashboard.stats.staleHint', { days: summary.staleDays })}
        />
        <StatCard
          label={t('dashboard.stats.overdue')}
          value={format.number(summary.overdue.total)}
          figure={{ kind: 'overdue' }}
          hint={t('dashboard.stats.overdueHint')}
        />
        <StatCard
          label={t('dashboard.stats.quickWins')}
          value={format.number(summary.quickWins.total)}
          figure={{ kind: 'quickWins' }}
          hint={
            summary.quickWins.meanProgress === null
              ? t('dashboard.stats.noProgress')
              : t('dashboard.stats.meanProgress', {
                  percent: format.percent(summary.quickWins.meanProgress),
                  count: summary.quickWins.reported,
                })
          }
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartPanel
          title={t('dashboard.funnel.title')}
          caption={t('dashboard.funnel.caption')}
          chartHeight={barChartHeight(stages.length)}
          chart={<LazyFigureBarChart rows={stages} seriesLabel={count} />}
          table={
            <FigureTable
              rows={stages}
              caption={t('dashboard.funnel.title')}
              labelHeader={t('innovations.fields.stage')}
              valueHeader={count}
            />
          }
        />
        <ChartPanel
          title={t('dashboard.dimensions.title')}
          caption={t('dashboard.dimensions.caption')}
          chartHeight={barChartHeight(dimensions.length)}
          chart={<LazyFigureBarChart rows={dimensions} seriesLabel={count} color="grape.7" />}
          table={
            <FigureTable
              rows={dimensions}
              caption={t('dashboard.dimensions.title')}
              labelHeader={t('innovations.fields.dimension')}
              valueHeader={count}
            />
          }
        />
      </SimpleGrid>

      <ChartPanel
        title={t('dashboard.ranking.title')}
        caption={
          rankedAll.length > ranked.length
            ? t('dashboard.ranking.captionTop', { count: ranked.length, total: rankedAll.length })
            : t('dashboard.ranking.caption')
        }
        chartHeight={barChartHeight(ranked.length)}
        chart={
          ranked.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.ranking.empty')}
            </Text>
          ) : (
            <LazyFigureBarChart rows={ranked} seriesLabel={count} labelWidth={150} />
          )
        }
        table={
          <FigureTable
            rows={rankedAll}
            caption={t('dashboard.ranking.title')}
            labelHeader={t('dashboard.unit')}
            valueHeader={count}
            rowLabel={unitLink}
          />
        }
      />

      <CoverageHeatmap rows={summary.coverage} />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <FigureCard
          title={t('dashboard.outcomes.title')}
          caption={t('dashboard.outcomes.caption')}
          rows={outcomes}
          labelHeader={t('innovations.fields.outcome')}
          valueHeader={count}
        />
        <FigureCard
          title={t('dashboard.quickWins.title')}
          caption={
            summary.quickWins.meanProgress === null
              ? t('dashboard.quickWins.captionNoProgress')
              : t('dashboard.quickWins.caption', {
                  percent: format.percent(summary.quickWins.meanProgress),
                  count: summary.quickWins.reported,
                })
          }
          rows={quickWinStatuses}
          labelHeader={t('innovations.fields.quickWinStatus')}
          valueHeader={count}
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <UnitsWithoutList units={summary.unitsWithoutActive} />
        <StaleList
          total={summary.stale.total}
          items={summary.stale.items}
          staleDays={summary.staleDays}
          unitName={unitName}
        />
        <OverdueList
          total={summary.overdue.total}
          items={summary.overdue.items}
          unitName={unitName}
        />
      </SimpleGrid>
      {summary.overdueActions ? (
        <OverdueActionsList
          total={summary.overdueActions.total}
          items={summary.overdueActions.items}
          unitName={unitName}
        />
      ) : null}

      <ChartPanel
        title={t('dashboard.trend.title')}
        caption={t('dashboard.trend.caption')}
        chartHeight={trendChartHeight}
        chart={<LazyTrendChart points={trend} labels={trendLabels} />}
        table={
          <TrendTable rows={trend} labels={trendLabels} caption={t('dashboard.trend.title')} />
        }
      />
      <Text size="xs" c="dimmed">
        {t('dashboard.asOf', { date: format.dateTime(summary.asOf) })}
      </Text>
    </Stack>
  );
}

/** A small table of linked counts in a titled card (outcomes, quick-win statuses). */
function FigureCard({
  title,
  caption,
  rows,
  labelHeader,
  valueHeader,
}: {
  readonly title: string;
  readonly caption: string;
  readonly rows: readonly FigureBar[];
  readonly labelHeader: string;
  readonly valueHeader: string;
}) {
  const titleId = useId();
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {caption}
      </Text>
      <FigureTable
        rows={rows}
        caption={title}
        labelHeader={labelHeader}
        valueHeader={valueHeader}
      />
    </Card>
  );
}

function TrendTable({
  rows,
  labels,
  caption,
}: {
  readonly rows: readonly { month: string; created: number; advanced: number; evaluated: number }[];
  readonly labels: {
    readonly created: string;
    readonly advanced: string;
    readonly evaluated: string;
  };
  readonly caption: string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={caption} minWidth={320}>
      <Table striped>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.trend.month')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {labels.created}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {labels.advanced}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {labels.evaluated}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.month}>
              <Table.Th scope="row" fw={400}>
                {row.month}
              </Table.Th>
              <Table.Td ta="right">{row.created}</Table.Td>
              <Table.Td ta="right">{row.advanced}</Table.Td>
              <Table.Td ta="right">{row.evaluated}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The dashboard's shape while its figures load. */
export function DashboardSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy="true" aria-label={t('common.loading')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }}>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} height={110} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Skeleton height={300} />
        <Skeleton height={300} />
      </SimpleGrid>
      <Skeleton height={400} />
    </Stack>
  );
}
