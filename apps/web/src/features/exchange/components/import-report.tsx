import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ImportAnswer } from '@smartcity/api';
import { importEntityLabels } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage, useLocalized } from '../../../i18n/i18n';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import { issueRows } from '../import-issues';

/**
 * The report of a dry run or a commit: how many rows it creates, updates and leaves unchanged,
 * and its issues by row and column in the user's language (a table on wide screens, cards on
 * phones).
 */
export function ImportReport({ answer }: { readonly answer: ImportAnswer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const format = useLocale();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const { report } = answer;
  const rows = issueRows(report.issues, language);
  const committed = answer.outcome === 'committed';
  const figures = [
    ['rows', report.rowCount],
    ['create', report.counts.create],
    ['update', report.counts.update],
    ['unchanged', report.counts.unchanged],
    ['issues', report.issueCount],
  ] as const;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="import-report-title">
      <Stack gap="sm">
        <div>
          <Title order={3} id="import-report-title" size="h4">
            {answer.step === 'commit'
              ? t('exchange.report.commitTitle')
              : t('exchange.report.checkTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('exchange.report.of', {
              file: answer.filename,
              entity: localized(importEntityLabels[answer.entity]),
            })}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs">
          {figures.map(([key, value]) => (
            <Card key={key} withBorder padding="xs" radius="sm">
              <Text size="xs" c="dimmed">
                {t(`exchange.report.${key}`)}
              </Text>
              <Text fw={700} size="lg" data-testid={`import-count-${key}`}>
                {format.number(value)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
        {committed ? (
          <Alert color="green" variant="light" role="status">
            <Stack gap={4}>
              <Text size="sm">{t('exchange.report.committed', report.counts)}</Text>
              {answer.usersWithoutPassword > 0 ? (
                <Text size="sm">
                  {t('exchange.report.withoutPassword', { count: answer.usersWithoutPassword })}{' '}
                  <AnchorLink to="/pengguna">{t('exchange.report.usersPage')}</AnchorLink>
                </Text>
              ) : null}
            </Stack>
          </Alert>
        ) : report.issueCount === 0 ? (
          <Alert color="green" variant="light" role="status">
            {t('exchange.report.clean')}
          </Alert>
        ) : (
          <Alert color="red" variant="light" role="status">
            {answer.step === 'commit'
              ? t('exchange.report.commitRefused')
              : t('exchange.report.hasIssues', { count: report.issueCount })}
          </Alert>
        )}
        {rows.length < report.issueCount ? (
          <Text size="sm" c="dimmed">
            {t('exchange.report.shown', { shown: rows.length, count: report.issueCount })}
          </Text>
        ) : null}
        {rows.length === 0 ? null : wide ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Caption>{t('exchange.report.table')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('exchange.report.row')}</Table.Th>
                  <Table.Th scope="col">{t('exchange.report.column')}</Table.Th>
                  <Table.Th scope="col">{t('exchange.report.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td>{row.row ?? t('exchange.report.file')}</Table.Td>
                    <Table.Td>{row.column ?? t('exchange.report.wholeRow')}</Table.Td>
                    <Table.Td>{row.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            aria-label={t('exchange.report.table')}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {rows.map((row) => (
              <Card key={row.key} withBorder padding="xs" component="li">
                <Group gap="xs">
                  <Text size="sm" fw={700}>
                    {row.row === null
                      ? t('exchange.report.file')
                      : `${t('exchange.report.row')} ${row.row}`}
                  </Text>
                  {row.column ? (
                    <Text size="sm" c="dimmed">
                      {row.column}
                    </Text>
                  ) : null}
                </Group>
                <Text size="sm">{row.message}</Text>
              </Card>
            ))}
          </Stack>
        )}
        {!committed && report.issueCount === 0 ? null : (
          <Text size="xs" c="dimmed">
            <Anchor href="#import-file">{t('exchange.again')}</Anchor>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
