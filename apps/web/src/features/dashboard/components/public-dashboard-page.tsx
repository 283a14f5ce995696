import { Container, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconDatabase } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { QueryError } from '../../common/components/query-error';
import { AnchorLink } from '../../common/components/router-links';
import { NotSetUpNotice } from '../../region/components/not-set-up-notice';
import { useRegion } from '../../region/hooks/use-region';
import { PublicHeader } from '../../shell/components/public-header';
import { dashboardFilterOf, type DashboardSearch } from '../dashboard-search';
import { DashboardFilters } from './dashboard-filters';
import { DashboardLinkingContext } from './dashboard-linking';
import { DashboardSkeleton, DashboardView } from './dashboard-view';

type Props = {
  readonly search: DashboardSearch;
  readonly onSearchChange: (next: DashboardSearch) => void;
};

/**
 * The public dashboard (/publik): the same figures over published innovations only, for anyone,
 * without logging in. Figures are not links here: the innovation list is behind the login. The
 * header names the region (emblem, name, branding line); the demo label shows only when the
 * region's data is the demo's; before the setup the page says the app is not set up yet.
 */
export function PublicDashboardPage({ search, onSearchChange }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const filter = dashboardFilterOf({ year: search.year, dimension: search.dimension });
  const summary = useQuery({
    ...trpc.dashboard.public.queryOptions(filter),
    placeholderData: keepPreviousData,
  });
  const filtered = Object.keys(filter).length > 0;
  const region = useRegion();

  return (
    <>
      <PublicHeader />
      <Container size={1280} component="main" id="main-content" tabIndex={-1} py="md">
        <Stack gap={4} mb="lg">
          <Title order={1} size="h2">
            {t('publicDashboard.title')}
          </Title>
          <Text c="dimmed">{t('publicDashboard.intro')}</Text>
          <Group gap="xs" mt={4}>
            <AnchorLink to="/publik/data" fw={600}>
              <Group gap={4} component="span" wrap="nowrap">
                <IconDatabase size={16} aria-hidden />
                {t('publicDashboard.openData')}
              </Group>
            </AnchorLink>
            <Text size="sm" c="dimmed">
              {t('publicDashboard.openDataHint')}
            </Text>
          </Group>
        </Stack>
        {region.data === null ? (
          <NotSetUpNotice />
        ) : (
          <>
            <DashboardFilters value={search} onChange={onSearchChange} withUnit={false} />
            {summary.isPending ? (
              <DashboardSkeleton />
            ) : summary.isError ? (
              <QueryError onRetry={() => void summary.refetch()} />
            ) : summary.data.total === 0 ? (
              <EmptyState
                icon={<IconChartBar aria-hidden />}
                title={
                  filtered ? t('dashboard.emptyFilteredTitle') : t('publicDashboard.emptyTitle')
                }
                description={
                  filtered ? t('dashboard.emptyFilteredBody') : t('publicDashboard.emptyBody')
                }
              />
            ) : (
              <DashboardLinkingContext.Provider value={{ filter, linkable: false }}>
                <DashboardView summary={summary.data} />
              </DashboardLinkingContext.Provider>
            )}
          </>
        )}
        {region.data?.isDemo ? (
          <Text size="xs" c="dimmed" mt="lg" data-testid="demo-label">
            {t('app.illustrativeData')}
          </Text>
        ) : null}
      </Container>
    </>
  );
}
