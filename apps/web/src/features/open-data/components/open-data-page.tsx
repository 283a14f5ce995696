import {
  Accordion,
  Anchor,
  Button,
  Card,
  Container,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { OpenDatasetMetadata } from '@smartcity/domain';
import { IconArrowLeft, IconDatabaseOff, IconDownload, IconFileCode } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { QueryError } from '../../common/components/query-error';
import { AnchorLink } from '../../common/components/router-links';
import { ScrollTable } from '../../dashboard/components/scroll-table';
import { useLocale } from '../../common/hooks/use-locale';
import { PublicHeader } from '../../shell/components/public-header';
import { useOpenDataTexts } from '../open-data-texts';

/**
 * Data Terbuka (/publik/data), outside the login: the open datasets (published innovations, the
 * public dashboard's figures) with their metadata — publisher, region code, subject, update
 * frequency, licence, last modified, columns — and links to their CSV and JSON files and to the
 * machine-readable catalogue. Everything comes from the server's catalogue (`openData.catalogue`).
 */
export function OpenDataPage() {
  useOpenDataTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const catalogue = useQuery(trpc.openData.catalogue.queryOptions());

  return (
    <>
      <PublicHeader />
      <Container size={1080} component="main" id="main-content" tabIndex={-1} py="md">
        <AnchorLink to="/publik" search={{}} size="sm">
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={14} aria-hidden />
            {t('openData.backToDashboard')}
          </Group>
        </AnchorLink>
        <Stack gap={4} mt="sm" mb="lg">
          <Title order={1} size="h2">
            {t('openData.title')}
          </Title>
          {catalogue.data ? (
            <Text c="dimmed">{t('openData.intro', { publisher: catalogue.data.publisher })}</Text>
          ) : null}
        </Stack>
        {catalogue.isPending ? (
          <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={180} />
            <Skeleton height={180} />
          </Stack>
        ) : catalogue.isError ? (
          apiErrorInfo(catalogue.error).domainCode === 'NOT_FOUND' ? (
            // The region is not set up yet: nothing is published.
            <EmptyState
              icon={<IconDatabaseOff aria-hidden />}
              title={t('openData.unavailableTitle')}
              description={t('openData.unavailableBody')}
            />
          ) : (
            <QueryError onRetry={() => void catalogue.refetch()} />
          )
        ) : (
          <Stack gap="lg">
            <Card withBorder padding="md">
              <Group justify="space-between" gap="sm">
                <Text size="sm">{t('openData.catalogueHint')}</Text>
                <Button
                  component="a"
                  href="/data/katalog.json"
                  variant="default"
                  leftSection={<IconFileCode size={16} aria-hidden />}
                >
                  {t('openData.catalogue')}
                </Button>
              </Group>
            </Card>
            <Title order={2} size="h3">
              {t('openData.datasetsTitle')}
            </Title>
            {catalogue.data.datasets.map((dataset) => (
              <DatasetCard key={dataset.identifier} dataset={dataset} />
            ))}
          </Stack>
        )}
        <Text size="xs" c="dimmed" mt="lg">
          {t('app.illustrativeData')}
        </Text>
      </Container>
    </>
  );
}

/** One dataset: what it is, its metadata, its files and its columns. */
function DatasetCard({ dataset }: { readonly dataset: OpenDatasetMetadata }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useLocale();
  const titleId = useId();
  const title = localized(dataset.title);
  const facts: readonly [string, ReactNode][] = [
    [t('openData.metadata.publisher'), dataset.publisher],
    [t('openData.metadata.regionCode'), dataset.regionCode ?? t('openData.metadata.notSet')],
    [t('openData.metadata.subject'), localized(dataset.subject)],
    [t('openData.metadata.frequency'), localized(dataset.updateFrequency)],
    [
      t('openData.metadata.licence'),
      <Anchor key="licence" href={dataset.licence.url} target="_blank" rel="noopener noreferrer">
        {localized(dataset.licence.title)} ({dataset.licence.id})
      </Anchor>,
    ],
    [
      t('openData.metadata.modified'),
      dataset.modified === null ? t('openData.metadata.noData') : format.dateTime(dataset.modified),
    ],
    [
      t('openData.metadata.language'),
      dataset.language.map((l) => (l === 'id' ? t('openData.languages.id') : l)).join(', '),
    ],
    [t('openData.metadata.keywords'), dataset.keywords.join(', ')],
    [
      t('openData.metadata.address'),
      <Stack key="paths" gap={0}>
        {dataset.distributions.map((d) => (
          <Text key={d.path} size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {d.path}
          </Text>
        ))}
      </Stack>,
    ],
  ];

  return (
    <Card withBorder component="section" aria-labelledby={titleId} padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          {title}
        </Title>
        <Text size="sm">{localized(dataset.description)}</Text>
        <Group gap="xs">
          {dataset.distributions.map((d) => (
            <Button
              key={d.path}
              component="a"
              href={d.path}
              download
              leftSection={<IconDownload size={16} aria-hidden />}
              aria-label={
                d.format === 'CSV'
                  ? t('openData.download.csvOf', { title })
                  : t('openData.download.jsonOf', { title })
              }
            >
              {d.format === 'CSV' ? t('openData.download.csv') : t('openData.download.json')}
            </Button>
          ))}
        </Group>
        <Table variant="vertical" withTableBorder layout="fixed" fz="sm">
          <Table.Caption>{t('openData.metadata.label', { title })}</Table.Caption>
          <Table.Tbody>
            {facts.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={{ base: 120, sm: 200 }} style={{ verticalAlign: 'top' }}>
                  {label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Accordion variant="contained">
          <Accordion.Item value="columns">
            <Accordion.Control>
              {t('openData.columns.title', { count: dataset.columns.length })}
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="xs" c="dimmed" mb="xs">
                {t('openData.columns.jsonHint')}
              </Text>
              <ScrollTable label={t('openData.columns.tableLabel', { title })} minWidth={640}>
                <Table striped fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('openData.columns.key')}</Table.Th>
                      <Table.Th>{t('openData.columns.name')}</Table.Th>
                      <Table.Th>{t('openData.columns.description')}</Table.Th>
                      <Table.Th>{t('openData.columns.type')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {dataset.columns.map((column) => (
                      <Table.Tr key={column.key}>
                        <Table.Td ff="monospace">{column.key}</Table.Td>
                        <Table.Td>{localized(column.title)}</Table.Td>
                        <Table.Td>
                          {localized(column.description)}
                          {column.codes ? (
                            <Text size="xs" c="dimmed" mt={2}>
                              {t('openData.columns.codes', {
                                codes: column.codes
                                  .map((c) => `${c.value} (${localized(c.label)})`)
                                  .join(', '),
                              })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{t(`openData.columns.types.${column.type}`)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}
