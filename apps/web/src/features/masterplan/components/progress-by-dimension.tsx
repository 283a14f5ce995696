import { Table } from '@mantine/core';
import { dimensionKeys, type DimensionKey } from '@smartcity/domain';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { barChartHeight } from '../../dashboard/components/chart-sizes';
import { ChartPanel } from '../../dashboard/components/chart-panel';
import { ScrollTable } from '../../dashboard/components/scroll-table';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import { ProgressFigure } from './masterplan-badges';

// recharts and @mantine/charts are loaded only when the chart is shown.
const LazyProgressBarChart = lazy(() =>
  import('./progress-chart').then((m) => ({ default: m.ProgressBarChart })),
);

/**
 * Progress per dimension (the mean of its programmes' progress): a bar chart with the same figures
 * as a table behind it, each dimension's row linking to its section below.
 */
export function ProgressByDimension({
  progress,
}: {
  readonly progress: Readonly<Record<DimensionKey, number | null>>;
}) {
  const { t } = useTranslation();
  const labels = useMasterplanLabels();
  const rows = dimensionKeys.map((d) => ({
    key: d,
    label: labels.dimension(d),
    value: progress[d],
  }));
  const height = barChartHeight(rows.length);
  const caption = t('masterplan.progress.caption');
  return (
    <ChartPanel
      title={t('masterplan.progress.title')}
      caption={caption}
      chartHeight={height}
      chart={
        <LazyProgressBarChart
          rows={rows.map((r) => ({ label: r.label, value: r.value ?? 0 }))}
          seriesLabel={t('masterplan.progress.series')}
          height={height}
        />
      }
      table={
        <ScrollTable label={caption} minWidth={300}>
          <Table striped>
            <caption className="visually-hidden">{caption}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('masterplan.progress.dimension')}</Table.Th>
                <Table.Th scope="col">{t('masterplan.progress.series')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={400}>
                    <a href={`#dimensi-${row.key}`}>{row.label}</a>
                  </Table.Th>
                  <Table.Td miw={160}>
                    <ProgressFigure value={row.value} width={110} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      }
    />
  );
}
