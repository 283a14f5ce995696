import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Unit } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
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
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  if (!wide) {
    return (
      <Stack
        gap="xs"
        component="ul"
        aria-label={t('units.listLabel')}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {units.map((unit) => (
          <Card key={unit.id} component="li" withBorder padding="sm">
            <Group gap="xs" wrap="wrap">
              <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: unit.id }} fw={600}>
                {unit.name}
              </AnchorLink>
              <StateBadge unit={unit} />
            </Group>
            <Text size="sm" c="dimmed">
              {[unit.shortName, typeLabel(unit.type)].filter(Boolean).join(' · ')}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover aria-label={t('units.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('units.name')}</Table.Th>
            <Table.Th scope="col">{t('units.shortName')}</Table.Th>
            <Table.Th scope="col">{t('units.type')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.id}>
              <Table.Td>
                <Group gap="xs" wrap="wrap">
                  <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: unit.id }}>
                    {unit.name}
                  </AnchorLink>
                  <StateBadge unit={unit} />
                </Group>
              </Table.Td>
              <Table.Td>{unit.shortName ?? '–'}</Table.Td>
              <Table.Td>{typeLabel(unit.type)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
