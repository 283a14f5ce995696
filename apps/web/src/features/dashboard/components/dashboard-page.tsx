import { Button, EmptyState } from '@mantine/core';
import type { Me } from '@smartcity/api';
import { IconChartBar, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { ButtonLink } from '../../common/components/router-links';
import { canCreateInnovation } from '../../innovations/innovation-access';
import { dashboardFilterOf, type DashboardSearch } from '../dashboard-search';
import { AttentionPanel } from './attention-panel';
import { DashboardFilters } from './dashboard-filters';
import { DashboardLinkingContext } from './dashboard-linking';
import { DashboardSkeleton, DashboardView } from './dashboard-view';

type Props = {
  readonly me: Me;
  readonly search: DashboardSearch;
  readonly onSearchChange: (next: DashboardSearch) => void;
};

/**
 * Dasbor: what leadership monitors (DOMAIN.md "Monitoring"), filtered by year, dimension and unit
 * in the URL. Every figure opens the innovation list it counts. Unit staff and heads first see
 * what needs their attention in their unit.
 */
export function DashboardPage({ me, search, onSearchChange }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const filter = dashboardFilterOf(search);
  const summary = useQuery({
    ...trpc.dashboard.summary.queryOptions(filter),
    placeholderData: keepPreviousData,
  });
  const unitRole = me.capabilities.actForOwnUnit;
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.intro')} />
      {unitRole && me.unit ? (
        <AttentionPanel unitId={me.unit.id} unitName={me.unit.shortName ?? me.unit.name} />
      ) : null}
      <DashboardFilters value={search} onChange={onSearchChange} withUnit />
      {summary.isPending ? (
        <DashboardSkeleton />
      ) : summary.isError ? (
        <QueryError onRetry={() => void summary.refetch()} />
      ) : summary.data.total === 0 ? (
        <EmptyState
          icon={<IconChartBar aria-hidden />}
          title={filtered ? t('dashboard.emptyFilteredTitle') : t('dashboard.emptyTitle')}
          description={filtered ? t('dashboard.emptyFilteredBody') : t('dashboard.emptyBody')}
        >
          <EmptyState.Actions>
            {filtered ? (
              <Button variant="light" onClick={() => onSearchChange({})}>
                {t('innovations.list.clearFilters')}
              </Button>
            ) : canCreateInnovation(me) ? (
              <ButtonLink to="/inovasi/baru" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('innovations.create.button')}
              </ButtonLink>
            ) : null}
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <DashboardLinkingContext.Provider value={{ filter, linkable: true }}>
          <DashboardView summary={summary.data} />
        </DashboardLinkingContext.Provider>
      )}
    </>
  );
}
