import { Card, Table, Text, Title } from '@mantine/core';
import { dimensionKeys, type CoverageRow } from '@smartcity/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../common/components/router-links';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';
import { heatLevel } from '../dashboard-figures';
import { FigureLink, useDashboardLinking } from './dashboard-linking';
import { ScrollTable } from './scroll-table';

const levelStyles = {
  0: {},
  1: { background: 'var(--mantine-color-cyan-1)', color: 'var(--mantine-color-black)' },
  2: { background: 'var(--mantine-color-cyan-3)', color: 'var(--mantine-color-black)' },
  3: { background: 'var(--mantine-color-cyan-5)', color: 'var(--mantine-color-black)' },
  4: { background: 'var(--mantine-color-cyan-9)', color: 'var(--mantine-color-white)' },
} as const;

/**
 * The units × dimensions coverage matrix as a table with shaded cells (a heatmap you can read
 * with a screen reader). It scrolls sideways on phones; the unit column stays readable.
 */
export function CoverageHeatmap({ rows }: { readonly rows: readonly CoverageRow[] }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const { linkable } = useDashboardLinking();
  const titleId = useId();
  const max = Math.max(0, ...rows.flatMap((row) => dimensionKeys.map((d) => row.byDimension[d])));
  const short = (label: string) => label.replace(/^Smart /, '');

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb={4}>
        {t('dashboard.coverage.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dashboard.coverage.caption')}
      </Text>
      <ScrollTable label={t('dashboard.coverage.title')} minWidth={640} maxHeight={520}>
        <Table withColumnBorders stickyHeader>
          <caption className="visually-hidden">{t('dashboard.coverage.title')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.unit')}</Table.Th>
              {dimensionKeys.map((d) => (
                <Table.Th key={d} scope="col" ta="center" title={labels.dimension(d)}>
                  {short(labels.dimension(d))}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="center">
                {t('dashboard.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.unitId}>
                <Table.Th scope="row" fw={400}>
                  {linkable ? (
                    <AnchorLink to="/perangkat-daerah/$unitId" params={{ unitId: row.unitId }}>
                      {row.unitShortName || row.unitName}
                    </AnchorLink>
                  ) : (
                    row.unitShortName || row.unitName
                  )}
                </Table.Th>
                {dimensionKeys.map((d) => {
                  const count = row.byDimension[d];
                  return (
                    <Table.Td key={d} ta="center" style={levelStyles[heatLevel(count, max)]}>
                      {count > 0 ? (
                        <FigureLink
                          figure={{ kind: 'coverage', unitId: row.unitId, dimension: d }}
                          label={`${row.unitShortName || row.unitName}, ${labels.dimension(d)}`}
                          inheritColor
                        >
                          {count}
                        </FigureLink>
                      ) : (
                        <Text span c="dimmed" size="sm">
                          0
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="center" fw={600}>
                  {row.total > 0 ? (
                    <FigureLink
                      figure={{ kind: 'unit', unitId: row.unitId }}
                      label={row.unitShortName || row.unitName}
                    >
                      {row.total}
                    </FigureLink>
                  ) : (
                    0
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}
