import { Card, Group, SegmentedControl, Skeleton, Text, Title } from '@mantine/core';
import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with the same figures as a table behind a "Grafik | Tabel" switch. The chart is a
 * picture for sighted users (role img, named by the caption); the table has the real links and is
 * what keyboard and screen-reader users read. Charts load on demand (recharts is heavy), so the
 * page's figures show before them.
 */
export function ChartPanel({
  title,
  caption,
  chart,
  table,
  chartHeight,
  defaultView = 'chart',
  action,
}: {
  readonly title: string;
  readonly caption: string;
  readonly chart: ReactNode;
  readonly table: ReactNode;
  readonly chartHeight: number;
  readonly defaultView?: 'chart' | 'table';
  readonly action?: ReactNode;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState(defaultView);
  const titleId = useId();
  const captionId = useId();
  return (
    <Card withBorder component="section" aria-labelledby={titleId} padding="md">
      <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
        <Title order={3} size="h4" id={titleId}>
          {title}
        </Title>
        <Group gap="xs">
          {action}
          <div role="group" aria-label={t('dashboard.viewOf', { title })}>
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
              data={[
                { value: 'chart', label: t('dashboard.viewChart') },
                { value: 'table', label: t('dashboard.viewTable') },
              ]}
            />
          </div>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm" id={captionId}>
        {caption}
      </Text>
      {view === 'chart' ? (
        <div role="img" aria-label={`${title}. ${caption}`}>
          <Suspense fallback={<Skeleton height={chartHeight} />}>{chart}</Suspense>
        </div>
      ) : (
        table
      )}
    </Card>
  );
}
