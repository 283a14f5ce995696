import { Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { importEntityLabels, type DataImport, type ImportStatus } from '@smartcity/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { QueryError } from '../../common/components/query-error';
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
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
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
      ) : wide ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('exchange.history.when')}</Table.Th>
                <Table.Th scope="col">{t('exchange.history.what')}</Table.Th>
                <Table.Th scope="col">{t('exchange.history.file')}</Table.Th>
                <Table.Th scope="col">{t('exchange.history.rows')}</Table.Th>
                <Table.Th scope="col">{t('exchange.history.status')}</Table.Th>
                <Table.Th scope="col">{t('exchange.history.by')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('exchange.history.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{format.dateTime(item.committedAt ?? item.createdAt)}</Table.Td>
                  <Table.Td>{localized(importEntityLabels[item.entity])}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{item.filename}</Table.Td>
                  <Table.Td>{format.number(item.rowCount)}</Table.Td>
                  <Table.Td>{status(item)}</Table.Td>
                  <Table.Td>{item.createdBy?.name ?? '–'}</Table.Td>
                  <Table.Td>{view(item)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          aria-label={t('exchange.history.title')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {history.data.items.map((item) => (
            <Card key={item.id} withBorder padding="xs" component="li">
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={700} style={{ wordBreak: 'break-word' }}>
                    {item.filename}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {localized(importEntityLabels[item.entity])} ·{' '}
                    {format.dateTime(item.committedAt ?? item.createdAt)} ·{' '}
                    {format.number(item.rowCount)} {t('exchange.history.rows').toLowerCase()}
                  </Text>
                  <div>{status(item)}</div>
                </Stack>
                {view(item)}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
