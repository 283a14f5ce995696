import { Alert, Card, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { useTRPC } from '../../../trpc';
import { QueryError } from '../../common/components/query-error';
import { DashboardLinkingContext, FigureLink } from './dashboard-linking';
import { OverdueActionsList, OverdueList, StaleList } from './item-lists';

/**
 * "Perlu perhatian di unit Anda": for unit staff and heads, their unit's stale innovations and
 * overdue quick wins (with progress), or a word that nothing needs them.
 */
export function AttentionPanel({
  unitId,
  unitName,
}: {
  readonly unitId: string;
  readonly unitName: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useLocale();
  const titleId = useId();
  const summary = useQuery(trpc.dashboard.summary.queryOptions({ unitId }));
  const data = summary.data;

  return (
    <DashboardLinkingContext.Provider value={{ filter: { unitId }, linkable: true }}>
      <Card
        withBorder
        component="section"
        aria-labelledby={titleId}
        mb="lg"
        bg="var(--mantine-color-gray-0)"
      >
        <Group justify="space-between" align="baseline" mb="xs">
          <Title order={3} size="h4" id={titleId}>
            {t('dashboard.attention.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {unitName}
          </Text>
        </Group>
        {summary.isPending ? (
          <Skeleton height={80} aria-label={t('common.loading')} />
        ) : summary.isError || !data ? (
          <QueryError onRetry={() => void summary.refetch()} />
        ) : (
          <>
            <Text size="sm" mb="sm" role="group" aria-label={t('dashboard.attention.quickWins')}>
              {t('dashboard.attention.quickWins')}:{' '}
              <FigureLink figure={{ kind: 'quickWins' }}>{data.quickWins.total}</FigureLink>
              {' · '}
              <span data-mean-progress>
                {data.quickWins.meanProgress === null
                  ? t('dashboard.stats.noProgress')
                  : t('dashboard.stats.meanProgress', {
                      percent: format.percent(data.quickWins.meanProgress),
                      count: data.quickWins.reported,
                    })}
              </span>
            </Text>
            {data.stale.total === 0 &&
            data.overdue.total === 0 &&
            data.overdueActions.total === 0 ? (
              <Alert
                color="teal"
                variant="light"
                icon={<IconCircleCheck aria-hidden />}
                title={t('dashboard.attention.allGoodTitle')}
              >
                {t('dashboard.attention.allGoodBody', { days: data.staleDays })}
              </Alert>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <OverdueList
                  total={data.overdue.total}
                  items={data.overdue.items}
                  title={t('dashboard.attention.overdue')}
                />
                <StaleList
                  total={data.stale.total}
                  items={data.stale.items}
                  staleDays={data.staleDays}
                  title={t('dashboard.attention.stale')}
                />
                {data.overdueActions.total > 0 ? (
                  <OverdueActionsList
                    total={data.overdueActions.total}
                    items={data.overdueActions.items}
                  />
                ) : null}
              </SimpleGrid>
            )}
          </>
        )}
      </Card>
    </DashboardLinkingContext.Provider>
  );
}
