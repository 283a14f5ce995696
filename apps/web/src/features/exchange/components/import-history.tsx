import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { importEntityLabels, type DataImport, type ImportStatus } from '@smartcity/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { QueryError } from '../../common/components/query-error';
import { ResponsiveList, type ListColumn } from '../../common/components/responsive-list';
import { useLocale } from '../../common/hooks/use-locale';

const statusColor: Readonly<Record<ImportStatus, string>> = {
  checked: 'blue.9',
  refused: 'red.9',
  committed: 'teal.9',
};

/** The history of imports, newest first, each with its report a click away. */
export function ImportHistory({ onView }: { readonly onView: (item: DataImport) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const localized = useLocalized();
  const format = useLocale();
  const history = useQuery(trpc.dataImport.list.queryOptions({ limit: 20 }));

  const status = (item: DataImport) => (
    <Badge color={statusColor[item.status]} variant="outline">
      {t(`exchange.history.statuses.${item.status}`)}
    </Badge>
  );
  const view = (item: DataImport) => (
    <Button
      variant="subtle"
      size="xs"
      onClick={() => onView(item)}
      aria-label={t('exchange.history.viewFor', { file: item.filename })}
    >
      {t('exchange.history.view')}
    </Button>
  );

  const columns: readonly ListColumn<DataImport>[] = [
    {
      key: 'when',
      header: t('exchange.history.when'),
      cell: (item) => format.dateTime(item.committedAt ?? item.createdAt),
    },
    {
      key: 'what',
      header: t('exchange.history.what'),
      cell: (item) => localized(importEntityLabels[item.entity]),
    },
    {
      key: 'file',
      header: t('exchange.history.file'),
      cellProps: { style: { wordBreak: 'break-word' } },
      cell: (item) => item.filename,
    },
    {
      key: 'rows',
      header: t('exchange.history.rows'),
      cell: (item) => format.number(item.rowCount),
    },
    { key: 'status', header: t('exchange.history.status'), cell: status },
    { key: 'by', header: t('exchange.history.by'), cell: (item) => item.createdBy?.name ?? '–' },
    { key: 'view', header: t('exchange.history.actions'), hiddenHeader: true, cell: view },
  ];

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="import-history-title">
      <Title order={3} size="h4" id="import-history-title" mb="sm">
        {t('exchange.history.title')}
      </Title>
      {history.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} height={32} />
          ))}
        </Stack>
      ) : history.isError ? (
        <QueryError onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <Text c="dimmed">{t('exchange.history.empty')}</Text>
      ) : (
        <ResponsiveList
          items={history.data.items}
          itemKey={(item) => item.id}
          columns={columns}
          label={t('exchange.history.title')}
          minWidth={720}
          highlightOnHover={false}
          cardPadding="xs"
          card={(item, cell) => (
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" fw={700} style={{ wordBreak: 'break-word' }}>
                  {item.filename}
                </Text>
                <Text size="xs" c="dimmed">
                  {localized(importEntityLabels[item.entity])} · {cell('when')} · {cell('rows')}{' '}
                  {t('exchange.history.rows').toLowerCase()}
                </Text>
                <div>{cell('status')}</div>
              </Stack>
              {cell('view')}
            </Group>
          )}
        />
      )}
    </Card>
  );
}
