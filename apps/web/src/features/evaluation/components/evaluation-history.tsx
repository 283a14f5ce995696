import { Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { QueryError } from '../../common/components/query-error';
import { useLocale } from '../../common/hooks/use-locale';
import { useEvaluationTexts } from '../evaluation-texts';
import type { HistoryEntryDto } from '../evaluation-types';
import { DisagreementFlag, OutcomeBadge, RoundStatusBadge } from './evaluation-badges';

/**
 * Riwayat penilaian on an innovation's page: the rounds it was evaluated in; scores, outcome and
 * notes once the round is closed (coordinators and leaders see them as the round runs).
 */
export function EvaluationHistory({ innovationId }: { readonly innovationId: string }) {
  useEvaluationTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const history = useQuery(trpc.evaluation.history.queryOptions({ id: innovationId }));
  return (
    <Card withBorder component="section" aria-labelledby="evaluation-history-title">
      <Title order={3} size="h4" id="evaluation-history-title" mb="sm">
        {t('evaluation.history.title')}
      </Title>
      {history.isPending ? (
        <Skeleton height={60} aria-label={t('common.loading')} />
      ) : history.isError ? (
        <QueryError onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evaluation.history.none')}
        </Text>
      ) : (
        <Stack gap="md">
          {history.data.map((entry) => (
            <HistoryItem key={entry.roundId} entry={entry} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function HistoryItem({ entry }: { readonly entry: HistoryEntryDto }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useLocale();
  const label = (key: string) => {
    const c = entry.rubric.find((r) => r.key === key);
    return c ? localized(c.label) : key;
  };
  const note = (title: string, text: string | null) =>
    text ? (
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        <Text span fw={600}>
          {title}:
        </Text>{' '}
        {text}
      </Text>
    ) : null;
  return (
    <Stack gap={6}>
      <Group gap="xs" justify="space-between">
        <Text fw={600}>{entry.roundName}</Text>
        <RoundStatusBadge status={entry.roundStatus} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('evaluation.period', {
          start: format.calendarDate(entry.periodStart),
          end: format.calendarDate(entry.periodEnd),
        })}
      </Text>
      {!entry.visible ? (
        <Text size="sm" fs="italic">
          {t('evaluation.history.hidden')}
        </Text>
      ) : (
        <>
          <Group gap="xs">
            <Text size="sm">
              {t('evaluation.outcome.score', {
                score: entry.result?.score == null ? '–' : format.number(entry.result.score),
              })}
            </Text>
            {entry.result?.verdict ? <OutcomeBadge outcome={entry.result.verdict} /> : null}
            {entry.result?.disagreement ? <DisagreementFlag /> : null}
          </Group>
          <Group gap="xs">
            <Text size="sm">{t('evaluation.history.outcome')}:</Text>
            {entry.outcome ? (
              <OutcomeBadge outcome={entry.outcome} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('evaluation.results.noOutcome')}
              </Text>
            )}
          </Group>
          {note(t('evaluation.outcome.notes'), entry.notes)}
          {note(t('evaluation.outcome.lessons'), entry.lessonsLearned)}
          {note(t('evaluation.outcome.reconciliationNote'), entry.reconciliationNote)}
          {entry.result && entry.result.evaluators > 0 ? (
            <Table
              aria-label={t('evaluation.history.criteria', { round: entry.roundName })}
              verticalSpacing={2}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('evaluation.rubric.criterion')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('evaluation.results.mean')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entry.result.criteria.map((c) => (
                  <Table.Tr key={c.criterion}>
                    <Table.Td>{label(c.criterion)}</Table.Td>
                    <Table.Td ta="right">{c.mean === null ? '–' : format.number(c.mean)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </>
      )}
    </Stack>
  );
}
