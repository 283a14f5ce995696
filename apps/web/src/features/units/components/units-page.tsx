import { Button, EmptyState, Group, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { ImportLink } from '../../exchange/components/import-link';
import { ExportMenu } from '../../exports/components/export-menu';
import { QueryError } from '../../common/components/query-error';
import { useUnitAdminTexts } from '../unit-admin-texts';
import type { UnitsSearch } from '../units-search';
import { UnitFilters } from './unit-filters';
import { UnitFormModal } from './unit-form-modal';
import { UnitList } from './unit-list';

type Props = {
  readonly search: UnitsSearch;
  readonly onSearchChange: (next: UnitsSearch) => void;
};

/**
 * Perangkat Daerah: the region's work units, searchable and filterable by type, the inactive ones
 * on request. Those who manage units (the server says so) add them here.
 */
export function UnitsPage({ search, onSearchChange }: Props) {
  useUnitAdminTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [adding, setAdding] = useState(false);
  const units = useQuery({
    ...trpc.unit.list.queryOptions({
      search: search.q,
      type: search.type,
      includeInactive: search.inactive,
    }),
    placeholderData: (previous) => previous,
  });
  const filtered = Boolean(search.q || search.type);
  const clear = () => onSearchChange({});

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('units.title')} intro={t('units.intro')} />
        <Group gap="xs">
          <ImportLink entity="units" />
          <ExportMenu list="units" input={{ search: search.q, type: search.type }} />
          {units.data?.can.manage ? (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              {t('unitAdmin.add')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <UnitFilters value={search} onChange={onSearchChange} />
      <Switch
        label={t('unitAdmin.includeInactive')}
        checked={search.inactive ?? false}
        onChange={(event) =>
          onSearchChange({ ...search, inactive: event.currentTarget.checked || undefined })
        }
        mb="md"
      />
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
      {adding ? <UnitFormModal unit={null} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
