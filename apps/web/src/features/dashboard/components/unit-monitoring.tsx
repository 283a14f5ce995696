import { SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { QueryError } from '../../common/components/query-error';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';
import { dimensionBars } from '../dashboard-figures';
import { ChartPanel } from './chart-panel';
import { barChartHeight } from './chart-sizes';
import { DashboardLinkingContext } from './dashboard-linking';
import { FigureTable } from './figure-table';
import { OverdueList, StaleList } from './item-lists';
import { LazyFigureBarChart } from './lazy-charts';
import { StatCard } from './stat-card';

/**
 * A unit's monitoring, for its page: the scorecard (innovations, active, evaluated, share
 * impactful, last activity), its coverage of the six dimensions, and its stale and overdue items.
 * Every count opens the unit's innovations with the matching filter.
 */
export function UnitMonitoring({ unitId }: { readonly unitId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useInnovationLabels();
  const format = useLocale();
  const scorecards = useQuery(trpc.dashboard.units.queryOptions({}));
  const summary = useQuery(trpc.dashboard.summary.queryOptions({ unitId }));

  if (scorecards.isPending || summary.isPending) {
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')} mt="lg">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={100} />
          ))}
        </SimpleGrid>
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (scorecards.isError || summary.isError) {
    return (
      <QueryError
        onRetry={() => {
          void scorecards.refetch();
          void summary.refetch();
        }}
      />
    );
  }

  const card = scorecards.data.find((c) => c.unitId === unitId);
  const coverage = summary.data.coverage.find((row) => row.unitId === unitId);
  const dimensions = coverage ? dimensionBars(coverage.byDimension, labels.dimension) : [];
  const count = t('dashboard.innovationsHeader');

  return (
    <DashboardLinkingContext.Provider value={{ filter: { unitId }, linkable: true }}>
      <Stack gap="lg" mt="xl">
        <Title order={3}>{t('dashboard.unitPage.title')}</Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
          <StatCard
            label={t('dashboard.unitPage.innovations')}
            value={format.number(card?.innovations ?? 0)}
            figure={{ kind: 'unit', unitId }}
          />
          <StatCard
            label={t('dashboard.unitPage.active')}
            value={format.number(card?.active ?? 0)}
            figure={{ kind: 'unit', unitId, active: true }}
          />
          <StatCard
            label={t('dashboard.unitPage.evaluated')}
            value={format.number(card?.evaluated ?? 0)}
          />
          <StatCard
            label={t('dashboard.unitPage.shareImpactful')}
            value={format.share(card?.shareImpactful ?? null)}
            figure={{ kind: 'outcome', outcome: 'impactful' }}
          />
          <StatCard
            label={t('dashboard.unitPage.lastActivity')}
            value={card?.lastActivity ? format.date(card.lastActivity) : '–'}
          />
        </SimpleGrid>
        <ChartPanel
          title={t('dashboard.unitPage.coverageTitle')}
          caption={t('dashboard.unitPage.coverageCaption')}
          chartHeight={barChartHeight(dimensions.length)}
          chart={<LazyFigureBarChart rows={dimensions} seriesLabel={count} color="grape.7" />}
          table={
            <FigureTable
              rows={dimensions}
              caption={t('dashboard.unitPage.coverageTitle')}
              labelHeader={t('innovations.fields.dimension')}
              valueHeader={count}
            />
          }
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <StaleList
            total={summary.data.stale.total}
            items={summary.data.stale.items}
            staleDays={summary.data.staleDays}
          />
          <OverdueList total={summary.data.overdue.total} items={summary.data.overdue.items} />
        </SimpleGrid>
      </Stack>
    </DashboardLinkingContext.Provider>
  );
}
