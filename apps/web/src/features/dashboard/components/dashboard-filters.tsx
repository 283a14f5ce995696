import { Button, Group, NativeSelect } from '@mantine/core';
import { dimensions, type DimensionKey } from '@smartcity/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { dashboardYears, type DashboardSearch } from '../dashboard-search';

/** The year, dimension and (when logged in) unit filters of a dashboard, kept in the URL. */
export function DashboardFilters({
  value,
  onChange,
  withUnit,
}: {
  readonly value: DashboardSearch;
  readonly onChange: (next: DashboardSearch) => void;
  /** The unit filter needs the unit list, which only logged-in users may read. */
  readonly withUnit: boolean;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const all = t('innovations.list.all');
  const years = dashboardYears(new Date());
  if (value.year !== undefined && !years.includes(value.year)) years.unshift(value.year);
  const set = (patch: Partial<DashboardSearch>) => onChange({ ...value, ...patch });
  const filtered = value.year !== undefined || value.dimension !== undefined || value.unitId;

  return (
    <Group gap="sm" align="flex-end" mb="lg" wrap="wrap">
      <NativeSelect
        label={t('dashboard.filters.year')}
        value={value.year === undefined ? '' : String(value.year)}
        data={[
          { value: '', label: t('dashboard.filters.allYears') },
          ...years.map((y) => ({ value: String(y), label: String(y) })),
        ]}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          set({ year: chosen === '' ? undefined : Number(chosen) });
        }}
        w={{ base: '100%', xs: 140 }}
      />
      <NativeSelect
        label={t('innovations.fields.dimension')}
        value={value.dimension ?? ''}
        data={[
          { value: '', label: all },
          ...dimensions.map((d) => ({ value: d.key, label: localized(d.label) })),
        ]}
        onChange={(event) =>
          set({ dimension: (event.currentTarget.value || undefined) as DimensionKey | undefined })
        }
        w={{ base: '100%', xs: 200 }}
      />
      {withUnit ? <UnitFilter value={value.unitId} onChange={(unitId) => set({ unitId })} /> : null}
      {filtered ? (
        <Button variant="subtle" onClick={() => onChange({})}>
          {t('innovations.list.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
}

function UnitFilter({
  value,
  onChange,
}: {
  readonly value: string | undefined;
  readonly onChange: (unitId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const units = useQuery(trpc.unit.list.queryOptions());
  // A native select: light on the first load and the phone's own picker for ~55 units.
  return (
    <NativeSelect
      label={t('innovations.fields.unit')}
      value={value ?? ''}
      data={[
        { value: '', label: t('innovations.list.allUnits') },
        ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
      ]}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      w={{ base: '100%', xs: 280 }}
    />
  );
}
