import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../common/components/router-links';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { UnitOption } from '../hooks/use-unit-names';
import type { ProgrammeDto } from '../masterplan-types';
import { ProgressFigure } from './masterplan-badges';

/**
 * A dimension's programmes: a table on wide screens, cards on phones. Each name links to the
 * programme's drawer (its action items), a shareable address.
 */
export function ProgrammeList({
  programmes,
  label,
  unitShort,
}: {
  readonly programmes: readonly ProgrammeDto[];
  readonly label: string;
  readonly unitShort: (id: string) => string;
}) {
  const { t } = useTranslation();
  const labels = useMasterplanLabels();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });

  const name = (p: ProgrammeDto) => (
    <AnchorLink
      to="/rencana-induk"
      search={{ program: p.id }}
      fw={600}
      style={{ overflowWrap: 'anywhere' }}
    >
      {p.name}
    </AnchorLink>
  );
  const years = (p: ProgrammeDto) =>
    p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;
  const innovations = (p: ProgrammeDto) =>
    t('masterplan.programmes.innovations', { count: p.innovationIds.length });

  if (wide) {
    return (
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('masterplan.programmes.colName')}</Table.Th>
              <Table.Th scope="col">{t('masterplan.programmes.colHorizon')}</Table.Th>
              <Table.Th scope="col">{t('masterplan.programmes.colYears')}</Table.Th>
              <Table.Th scope="col">{t('masterplan.programmes.colLead')}</Table.Th>
              <Table.Th scope="col" w={200}>
                {t('masterplan.programmes.colProgress')}
              </Table.Th>
              <Table.Th scope="col">{t('masterplan.programmes.colInnovations')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programmes.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td maw={320}>{name(p)}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="grape.9">
                    {labels.horizonShort(p.horizon)}
                  </Badge>
                </Table.Td>
                <Table.Td>{years(p)}</Table.Td>
                <Table.Td>{unitShort(p.leadUnitId)}</Table.Td>
                <Table.Td>
                  <ProgressFigure value={p.progress} label={p.name} />
                </Table.Td>
                <Table.Td>{p.innovationIds.length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <Stack gap="xs" component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {programmes.map((p) => (
        <Card key={p.id} component="li" withBorder padding="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>{name(p)}</div>
            <Badge variant="outline" color="grape.9" style={{ flexShrink: 0 }}>
              {labels.horizonShort(p.horizon)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {[years(p), unitShort(p.leadUnitId), innovations(p)].join(' · ')}
          </Text>
          <ProgressFigure value={p.progress} label={p.name} />
        </Card>
      ))}
    </Stack>
  );
}

/** Units for a Select: the name, with the short name when there is one. */
export function unitSelectData(units: readonly UnitOption[]) {
  return units.map((u) => ({
    value: u.id,
    label: u.shortName ? `${u.name} (${u.shortName})` : u.name,
  }));
}
