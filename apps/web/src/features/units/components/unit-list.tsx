import { Badge, Group, Text } from '@mantine/core';
import type { Unit } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { ResponsiveList, type ListColumn } from '../../common/components/responsive-list';
import { AnchorLink } from '../../common/components/router-links';
import { useUnitTypeLabel } from '../hooks/use-unit-type-label';

/** Says that a unit is inactive, or merged (into another), in the list. */
function StateBadge({ unit }: { readonly unit: Unit }) {
  const { t } = useTranslation();
  if (unit.active) return null;
  return (
    <Badge color="gray.8" variant="outline" tt="none">
      {unit.successorUnitId ? t('unitAdmin.mergedBadge') : t('unitAdmin.inactiveBadge')}
    </Badge>
  );
}

/** Units as a table on wide screens and as cards on phones. */
export function UnitList({ units }: { readonly units: readonly Unit[] }) {
  const { t } = useTranslation();
  const typeLabel = useUnitTypeLabel();
  const columns: readonly ListColumn<Unit>[] = [
    {
      key: 'name',
      header: t('units.name'),
      cell: (unit) => (
        <Group gap="xs" wrap="wrap">
          <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: unit.id }}>
            {unit.name}
          </AnchorLink>
          <StateBadge unit={unit} />
        </Group>
      ),
    },
    { key: 'shortName', header: t('units.shortName'), cell: (unit) => unit.shortName ?? '–' },
    { key: 'type', header: t('units.type'), cell: (unit) => typeLabel(unit.type) },
  ];

  return (
    <ResponsiveList
      items={units}
      itemKey={(unit) => unit.id}
      columns={columns}
      label={t('units.listLabel')}
      minWidth={560}
      wideFrom="48em"
      card={(unit) => (
        <>
          <Group gap="xs" wrap="wrap">
            <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: unit.id }} fw={600}>
              {unit.name}
            </AnchorLink>
            <StateBadge unit={unit} />
          </Group>
          <Text size="sm" c="dimmed">
            {[unit.shortName, typeLabel(unit.type)].filter(Boolean).join(' · ')}
          </Text>
        </>
      )}
    />
  );
}
