import { Card, List, Paper, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { AnchorLink } from '../../common/components/router-links';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';

/**
 * Dasbor. For now: the headline counts and the catalogue of six dimensions. The monitoring
 * figures (innovations by unit and stage, stale and overdue items) join it with the register.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const localized = useLocalized();
  const dimensions = useQuery(
    trpc.catalogue.dimensions.queryOptions(undefined, { staleTime: Infinity }),
  );
  const units = useQuery(trpc.unit.list.queryOptions());

  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.intro')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }} mb="xl">
        <Stat label={t('dashboard.units')} value={units.data?.total}>
          <AnchorLink to="/perangkat-daerah" size="sm">
            {t('dashboard.viewUnits')}
          </AnchorLink>
        </Stat>
        <Stat label={t('dashboard.dimensions')} value={dimensions.data?.length} />
        <Stat
          label={t('dashboard.elements')}
          value={dimensions.data?.reduce((n, d) => n + d.elements.length, 0)}
        />
      </SimpleGrid>

      <Title order={3} mb="sm">
        {t('dashboard.catalogueTitle')}
      </Title>
      {dimensions.isError ? (
        <QueryError onRetry={() => void dimensions.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {(dimensions.data ?? []).map((d) => (
            <Card key={d.key} withBorder>
              <Title order={4}>{localized(d.label)}</Title>
              <Text size="sm" c="dimmed" mb="xs">
                {localized(d.description)}
              </Text>
              <List size="sm" spacing={2}>
                {d.elements.map((e) => (
                  <List.Item key={e.key}>{localized(e.label)}</List.Item>
                ))}
              </List>
            </Card>
          ))}
          {dimensions.isPending
            ? Array.from({ length: 6 }, (_, i) => <Skeleton key={i} height={140} />)
            : null}
        </SimpleGrid>
      )}
    </>
  );
}

function Stat({
  label,
  value,
  children,
}: {
  readonly label: string;
  readonly value: number | undefined;
  readonly children?: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton height={34} width={60} my={2} />
      ) : (
        <Text fz={30} fw={700} lh={1.3}>
          {value}
        </Text>
      )}
      {children}
    </Paper>
  );
}
