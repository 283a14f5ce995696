import { Button, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { ExportMenu } from '../../exports/components/export-menu';
import { QueryError } from '../../common/components/query-error';
import type { UnitsSearch } from '../units-search';
import { UnitFilters } from './unit-filters';
import { UnitList } from './unit-list';

type Props = {
  readonly search: UnitsSearch;
  readonly onSearchChange: (next: UnitsSearch) => void;
};

/** Perangkat Daerah: the region's work units, searchable and filterable by type. */
export function UnitsPage({ search, onSearchChange }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const units = useQuery({
    ...trpc.unit.list.queryOptions({ search: search.q, type: search.type }),
    placeholderData: (previous) => previous,
  });
  const filtered = Boolean(search.q || search.type);
  const clear = () => onSearchChange({});

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('units.title')} intro={t('units.intro')} />
        <ExportMenu list="units" input={{ search: search.q, type: search.type }} />
      </Group>
      <UnitFilters value={search} onChange={onSearchChange} />
      {units.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : units.isError ? (
        <QueryError onRetry={() => void units.refetch()} />
      ) : units.data.total === 0 ? (
        <EmptyState
          icon={<IconBuildingCommunity aria-hidden />}
          title={t('units.emptyTitle')}
          description={t('units.emptyBody')}
        >
          {filtered ? (
            <EmptyState.Actions>
              <Button variant="light" onClick={clear}>
                {t('units.clearFilters')}
              </Button>
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <Group justify="space-between" mb="xs">
            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {t('units.count', { count: units.data.total })}
            </Text>
          </Group>
          <UnitList units={units.data.items} />
        </>
      )}
    </>
  );
}
