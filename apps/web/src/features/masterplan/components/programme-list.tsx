import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CardTitleRow,
  ResponsiveList,
  type ListColumn,
} from '../../common/components/responsive-list';
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

  const columns: readonly ListColumn<ProgrammeDto>[] = [
    {
      key: 'name',
      header: t('masterplan.programmes.colName'),
      cellProps: { maw: 320 },
      cell: name,
    },
    {
      key: 'horizon',
      header: t('masterplan.programmes.colHorizon'),
      cell: (p) => (
        <Badge variant="outline" color="grape.9">
          {labels.horizonShort(p.horizon)}
        </Badge>
      ),
    },
    { key: 'years', header: t('masterplan.programmes.colYears'), cell: years },
    {
      key: 'lead',
      header: t('masterplan.programmes.colLead'),
      cell: (p) => unitShort(p.leadUnitId),
    },
    {
      key: 'progress',
      header: t('masterplan.programmes.colProgress'),
      width: 200,
      cell: (p) => <ProgressFigure value={p.progress} label={p.name} />,
    },
    {
      key: 'innovations',
      header: t('masterplan.programmes.colInnovations'),
      cell: (p) => p.innovationIds.length,
    },
  ];

  return (
    <ResponsiveList
      items={programmes}
      itemKey={(p) => p.id}
      columns={columns}
      label={label}
      minWidth={760}
      card={(p, cell) => (
        <>
          <CardTitleRow
            title={name(p)}
            aside={
              <Badge variant="outline" color="grape.9" style={{ flexShrink: 0 }}>
                {labels.horizonShort(p.horizon)}
              </Badge>
            }
          />
          <Text size="sm" c="dimmed">
            {[years(p), unitShort(p.leadUnitId), innovations(p)].join(' · ')}
          </Text>
          {cell('progress')}
        </>
      )}
    />
  );
}

/** Units for a Select: the name, with the short name when there is one. */
export function unitSelectData(units: readonly UnitOption[]) {
  return units.map((u) => ({
    value: u.id,
    label: u.shortName ? `${u.name} (${u.shortName})` : u.name,
  }));
}
