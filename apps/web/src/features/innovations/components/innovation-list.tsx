import { Badge, Group, Stack, Text } from '@mantine/core';
import type { InnovationListResponse } from '@smartcity/api';
import { useTranslation } from 'react-i18next';
import {
  CardTitleRow,
  ResponsiveList,
  type ListColumn,
} from '../../common/components/responsive-list';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { showsStaleBadge } from '../stale-badge';
import { StageBadge } from './stage-badge';

/** An innovation as `innovation.list` answers it. */
export type InnovationSummary = InnovationListResponse['items'][number];

/** Innovations as a table on wide screens and as cards on phones. */
export function InnovationList({
  items,
  wide,
}: {
  readonly items: readonly InnovationSummary[];
  readonly wide: boolean;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const format = useLocale();
  const unitName = (item: InnovationSummary) => item.unitShortName ?? item.unitName;
  const staleBadge = (item: InnovationSummary) =>
    showsStaleBadge(item) ? (
      <Badge variant="outline" color="gray.8" size="sm">
        {t('innovations.list.stale')}
      </Badge>
    ) : null;
  const title = (item: InnovationSummary) => (
    <AnchorLink
      to="/inovasi/$innovationId"
      params={{ innovationId: item.id }}
      fw={600}
      style={{ overflowWrap: 'anywhere' }}
    >
      {item.title}
    </AnchorLink>
  );

  const columns: readonly ListColumn<InnovationSummary>[] = [
    {
      key: 'title',
      header: t('innovations.list.colTitle'),
      cellProps: { maw: 360 },
      cell: (item) => (
        <>
          {title(item)}
          <Text size="sm" c="dimmed">
            {unitName(item)}
          </Text>
        </>
      ),
    },
    {
      key: 'dimension',
      header: t('innovations.list.colDimension'),
      cell: (item) => (
        <>
          <Text size="sm">{labels.dimension(item.dimension)}</Text>
          <Text size="sm" c="dimmed">
            {labels.element(item.element)}
          </Text>
        </>
      ),
    },
    {
      key: 'stage',
      header: t('innovations.fields.stage'),
      cell: (item) => (
        <Stack gap={4} align="flex-start">
          <StageBadge stage={item.stage} />
          {staleBadge(item)}
        </Stack>
      ),
    },
    {
      key: 'tahapan',
      header: t('innovations.fields.tahapan'),
      cell: (item) => labels.tahapan(item.tahapan),
    },
    {
      key: 'updated',
      header: t('innovations.list.colUpdated'),
      cell: (item) => format.date(item.updatedAt),
    },
  ];

  return (
    <ResponsiveList
      items={items}
      itemKey={(item) => item.id}
      columns={columns}
      label={t('innovations.list.label')}
      minWidth={760}
      wide={wide}
      card={(item) => (
        <>
          <CardTitleRow title={title(item)} aside={<StageBadge stage={item.stage} />} />
          <Text size="sm">{unitName(item)}</Text>
          <Text size="sm" c="dimmed">
            {labels.dimension(item.dimension)} · {labels.element(item.element)}
          </Text>
          <Group gap="xs" mt={4}>
            <Text size="xs" c="dimmed">
              {t('innovations.list.updatedOn', { date: format.date(item.updatedAt) })}
            </Text>
            {staleBadge(item)}
          </Group>
        </>
      )}
    />
  );
}
