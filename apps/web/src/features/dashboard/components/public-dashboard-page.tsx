import { Anchor, Box, Container, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconLogin } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { QueryError } from '../../common/components/query-error';
import { ButtonLink } from '../../common/components/router-links';
import { NotSetUpNotice } from '../../region/components/not-set-up-notice';
import { RegionBrand } from '../../region/components/region-brand';
import { useRegion } from '../../region/hooks/use-region';
import { LanguageSwitch } from '../../shell/components/language-switch';
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
      <Anchor href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <Box
        component="header"
        py="sm"
        px="md"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap" maw={1280} mx="auto">
          <RegionBrand region={region.data} order={null} />
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <ButtonLink
              to="/masuk"
              search={{}}
              variant="light"
              size="xs"
              leftSection={<IconLogin size={14} aria-hidden />}
            >
              {t('publicDashboard.login')}
            </ButtonLink>
          </Group>
        </Group>
      </Box>
      <Container size={1280} component="main" id="main-content" tabIndex={-1} py="md">
        <Stack gap={4} mb="lg">
          <Title order={1} size="h2">
            {t('publicDashboard.title')}
          </Title>
          <Text c="dimmed">{t('publicDashboard.intro')}</Text>
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
