import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { InnovationListResponse } from '@smartcity/api';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../common/components/router-links';
import { useFormatters } from '../hooks/use-formatters';
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
  const format = useFormatters();
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

  if (!wide) {
    return (
      <Stack
        gap="xs"
        component="ul"
        aria-label={t('innovations.list.label')}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {items.map((item) => (
          <Card key={item.id} component="li" withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>{title(item)}</div>
              <StageBadge stage={item.stage} />
            </Group>
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
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('innovations.list.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('innovations.list.colTitle')}</Table.Th>
            <Table.Th scope="col">{t('innovations.list.colDimension')}</Table.Th>
            <Table.Th scope="col">{t('innovations.fields.stage')}</Table.Th>
            <Table.Th scope="col">{t('innovations.fields.tahapan')}</Table.Th>
            <Table.Th scope="col">{t('innovations.list.colUpdated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td maw={360}>
                {title(item)}
                <Text size="sm" c="dimmed">
                  {unitName(item)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{labels.dimension(item.dimension)}</Text>
                <Text size="sm" c="dimmed">
                  {labels.element(item.element)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <StageBadge stage={item.stage} />
                  {staleBadge(item)}
                </Stack>
              </Table.Td>
              <Table.Td>{labels.tahapan(item.tahapan)}</Table.Td>
              <Table.Td>{format.date(item.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
