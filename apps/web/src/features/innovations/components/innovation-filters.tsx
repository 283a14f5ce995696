import {
  Button,
  CloseButton,
  Group,
  Collapse,
  Flex,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import {
  dimensionOfElement,
  dimensions,
  innovationSorts,
  jenisValues,
  outcomes,
  quickWinStatuses,
  stages,
  tahapanValues,
  type DimensionKey,
  type ElementKey,
  type InnovationSort,
  type Jenis,
  type OutcomeOrNone,
  type QuickWinStatusOrNone,
  type Stage,
  type Tahapan,
} from '@smartcity/domain';
import { IconAdjustmentsHorizontal, IconSearch, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { activeFilterCount, type InnovationsSearch } from '../innovations-search';

/** The years offered by the year filter: the register's first year to this one, newest first. */
function yearOptions(selected: number | undefined): number[] {
  const last = new Date().getUTCFullYear();
  const years = Array.from({ length: last - 2020 + 1 }, (_, i) => last - i);
  return selected !== undefined && !years.includes(selected) ? [selected, ...years] : years;
}

type Props = {
  readonly value: InnovationsSearch;
  readonly onChange: (next: InnovationsSearch) => void;
  /** Wide screens show every filter; phones fold them behind a button. */
  readonly wide: boolean;
};

const sortKeys = {
  updated_desc: 'innovations.list.sortUpdated',
  created_desc: 'innovations.list.sortCreated',
  title_asc: 'innovations.list.sortTitle',
} as const satisfies Record<InnovationSort, string>;

/** Search (debounced), order and filters of the innovation list, all kept in the URL. */
export function InnovationFilters({ value, onChange, wide }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const labels = useInnovationLabels();
  const trpc = useTRPC();
  const units = useQuery(trpc.unit.list.queryOptions());
  const [opened, { toggle }] = useDisclosure(false);
  const [text, setText] = useState(value.q ?? '');
  // When the URL's search changes from outside (back button, "clear filters"), show it in the box.
  const [shownQ, setShownQ] = useState(value.q);
  if (value.q !== shownQ) {
    setShownQ(value.q);
    if ((value.q ?? '') !== text.trim()) setText(value.q ?? '');
  }
  const commitSearch = useDebouncedCallback(
    (q: string) => onChange({ ...value, q: q.trim() || undefined }),
    300,
  );
  const set = (patch: Partial<InnovationsSearch>) => onChange({ ...value, ...patch });
  const count = activeFilterCount(value);
  const all = t('innovations.list.all');

  const unitLabel = (id: string) => units.data?.items.find((u) => u.id === id)?.name ?? id;
  const named = (label: string, shown: string) => `${label}: ${shown}`;
  const chipLabels: {
    [K in keyof InnovationsSearch]?: (v: NonNullable<InnovationsSearch[K]>) => string;
  } = {
    unitId: (v) => named(t('innovations.fields.unit'), unitLabel(v)),
    dimension: (v) => named(t('innovations.fields.dimension'), labels.dimension(v)),
    element: (v) => named(t('innovations.fields.element'), labels.element(v)),
    stage: (v) => named(t('innovations.fields.stage'), labels.stage(v)),
    jenis: (v) => named(t('innovations.fields.jenis'), labels.jenis(v)),
    tahapan: (v) => named(t('innovations.fields.tahapan'), labels.tahapan(v)),
    year: (v) => named(t('innovations.list.year'), String(v)),
    outcome: (v) =>
      named(
        t('innovations.fields.outcome'),
        v === 'none' ? t('innovations.list.outcomeNone') : labels.outcome(v),
      ),
    quickWinStatus: (v) =>
      named(
        t('innovations.fields.quickWinStatus'),
        v === 'none' ? t('innovations.list.quickWinStatusNone') : labels.quickWinStatus(v),
      ),
    isPublic: (v) =>
      named(
        t('innovations.fields.publication'),
        v ? t('innovations.public') : t('innovations.notPublic'),
      ),
    active: () => t('innovations.list.activeOnly'),
    overdue: () => t('innovations.list.overdueOnly'),
    stale: () => t('innovations.list.staleOnly'),
  };
  const chips = (Object.keys(chipLabels) as (keyof InnovationsSearch)[]).flatMap((key) => {
    const current = value[key];
    const label = chipLabels[key] as ((v: unknown) => string) | undefined;
    return current === undefined || !label ? [] : [{ key, label: label(current) }];
  });

  const elementOptions = (
    value.dimension ? dimensions.filter((d) => d.key === value.dimension) : dimensions
  ).map((d) => ({
    group: localized(d.label),
    items: d.elements.map((e) => ({ value: e.key, label: localized(e.label) })),
  }));

  const filters = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm" verticalSpacing="xs">
      <Select
        label={t('innovations.fields.unit')}
        placeholder={t('innovations.list.allUnits')}
        searchable
        clearable
        nothingFoundMessage={t('innovations.list.noUnitFound')}
        data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={value.unitId ?? null}
        onChange={(unitId) => set({ unitId: unitId ?? undefined })}
      />
      <NativeSelect
        label={t('innovations.fields.dimension')}
        value={value.dimension ?? ''}
        data={[
          { value: '', label: all },
          ...dimensions.map((d) => ({ value: d.key, label: localized(d.label) })),
        ]}
        onChange={(event) => {
          const dimension = (event.currentTarget.value || undefined) as DimensionKey | undefined;
          const keepElement =
            dimension && value.element && dimensionOfElement(value.element) === dimension;
          set({ dimension, element: keepElement ? value.element : undefined });
        }}
      />
      <NativeSelect
        label={t('innovations.fields.element')}
        value={value.element ?? ''}
        data={[{ value: '', label: all }, ...elementOptions]}
        onChange={(event) => {
          const element = (event.currentTarget.value || undefined) as ElementKey | undefined;
          set({ element, dimension: element ? dimensionOfElement(element) : value.dimension });
        }}
      />
      <NativeSelect
        label={t('innovations.fields.stage')}
        value={value.stage ?? ''}
        data={[
          { value: '', label: all },
          ...stages.map((s) => ({ value: s, label: labels.stage(s) })),
        ]}
        onChange={(event) =>
          set({ stage: (event.currentTarget.value || undefined) as Stage | undefined })
        }
      />
      <NativeSelect
        label={t('innovations.fields.jenis')}
        value={value.jenis ?? ''}
        data={[
          { value: '', label: all },
          ...jenisValues.map((j) => ({ value: j, label: labels.jenis(j) })),
        ]}
        onChange={(event) =>
          set({ jenis: (event.currentTarget.value || undefined) as Jenis | undefined })
        }
      />
      <NativeSelect
        label={t('innovations.fields.tahapan')}
        value={value.tahapan ?? ''}
        data={[
          { value: '', label: all },
          ...tahapanValues.map((v) => ({ value: v, label: labels.tahapan(v) })),
        ]}
        onChange={(event) =>
          set({ tahapan: (event.currentTarget.value || undefined) as Tahapan | undefined })
        }
      />
      <NativeSelect
        label={t('innovations.fields.publication')}
        value={value.isPublic === undefined ? '' : String(value.isPublic)}
        data={[
          { value: '', label: all },
          { value: 'true', label: t('innovations.public') },
          { value: 'false', label: t('innovations.notPublic') },
        ]}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          set({ isPublic: chosen === '' ? undefined : chosen === 'true' });
        }}
      />
      <NativeSelect
        label={t('innovations.list.year')}
        value={value.year === undefined ? '' : String(value.year)}
        data={[
          { value: '', label: all },
          ...yearOptions(value.year).map((y) => ({ value: String(y), label: String(y) })),
        ]}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          set({ year: chosen === '' ? undefined : Number(chosen) });
        }}
      />
      <NativeSelect
        label={t('innovations.fields.outcome')}
        value={value.outcome ?? ''}
        data={[
          { value: '', label: all },
          ...outcomes.map((o) => ({ value: o, label: labels.outcome(o) })),
          { value: 'none', label: t('innovations.list.outcomeNone') },
        ]}
        onChange={(event) =>
          set({ outcome: (event.currentTarget.value || undefined) as OutcomeOrNone | undefined })
        }
      />
      <NativeSelect
        label={t('innovations.fields.quickWinStatus')}
        value={value.quickWinStatus ?? ''}
        data={[
          { value: '', label: all },
          ...quickWinStatuses.map((q) => ({ value: q, label: labels.quickWinStatus(q) })),
          { value: 'none', label: t('innovations.list.quickWinStatusNone') },
        ]}
        onChange={(event) =>
          set({
            quickWinStatus: (event.currentTarget.value || undefined) as
              QuickWinStatusOrNone | undefined,
          })
        }
      />
      <Switch
        label={t('innovations.list.activeOnly')}
        description={t('innovations.list.activeHint')}
        checked={value.active === true}
        onChange={(event) => set({ active: event.currentTarget.checked || undefined })}
        mt={{ base: 0, xs: 'lg' }}
      />
      <Switch
        label={t('innovations.list.overdueOnly')}
        description={t('innovations.list.overdueHint')}
        checked={value.overdue === true}
        onChange={(event) => set({ overdue: event.currentTarget.checked || undefined })}
        mt={{ base: 0, xs: 'lg' }}
      />
      <Switch
        label={t('innovations.list.staleOnly')}
        description={t('innovations.list.staleHint')}
        checked={value.stale === true}
        onChange={(event) => set({ stale: event.currentTarget.checked || undefined })}
        mt={{ base: 0, xs: 'lg' }}
      />
    </SimpleGrid>
  );

  return (
    <Stack gap="sm" mb="md">
      <Flex gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('innovations.list.searchLabel')}
          placeholder={t('innovations.list.searchPlaceholder')}
          type="search"
          value={text}
          maxLength={200}
          style={{ flex: '1 1 240px' }}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            text ? (
              <CloseButton
                aria-label={t('innovations.list.clearSearch')}
                onClick={() => {
                  setText('');
                  set({ q: undefined });
                }}
              />
            ) : null
          }
          onChange={(event) => {
            setText(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
        />
        <NativeSelect
          label={t('innovations.list.sortLabel')}
          value={value.sort ?? 'updated_desc'}
          style={{ flex: '0 1 220px' }}
          data={innovationSorts.map((s) => ({ value: s, label: t(sortKeys[s]) }))}
          onChange={(event) => {
            const sort = event.currentTarget.value as InnovationSort;
            set({ sort: sort === 'updated_desc' ? undefined : sort });
          }}
        />
        {wide ? null : (
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            onClick={toggle}
            aria-expanded={opened}
            aria-controls="innovation-filters"
          >
            {count > 0
              ? t('innovations.list.filtersCount', { count })
              : t('innovations.list.filters')}
          </Button>
        )}
        {count > 0 ? (
          <Button variant="subtle" onClick={() => onChange({ q: value.q, sort: value.sort })}>
            {t('innovations.list.clearFilters')}
          </Button>
        ) : null}
      </Flex>
      {count > 0 ? (
        <Group gap="xs" aria-label={t('innovations.list.activeFilters')} role="group">
          {chips.map((chip) => (
            <Button
              key={chip.key}
              size="compact-sm"
              variant="light"
              rightSection={<IconX size={14} aria-hidden />}
              aria-label={t('innovations.list.removeFilter', { filter: chip.label })}
              onClick={() => set({ [chip.key]: undefined })}
            >
              {chip.label}
            </Button>
          ))}
        </Group>
      ) : null}
      {wide ? (
        filters
      ) : (
        <Collapse expanded={opened} id="innovation-filters">
          {filters}
        </Collapse>
      )}
    </Stack>
  );
}
