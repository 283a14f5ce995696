import { Button, Card, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import type { RoundDto, RoundEntryDto } from '../evaluation-types';
import { DisagreementFlag, OutcomeBadge } from './evaluation-badges';
import { OutcomeModal } from './outcome-modal';

/**
 * The results: the round's innovations ranked by score, with the verdict, a flag where the
 * evaluators disagree, how many submitted, and the outcome (or the button to record it).
 * A row expands to every evaluator's sheet.
 */
export function ResultsTable({
  round,
  entries,
  canManage,
}: {
  readonly round: RoundDto;
  readonly entries: readonly RoundEntryDto[];
  readonly canManage: boolean;
}) {
  const { t } = useTranslation();
  const format = useLocale();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [expanded, setExpanded] = useState<readonly string[]>([]);
  const [recording, setRecording] = useState<RoundEntryDto | null>(null);

  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('evaluation.entries.none')}
      </Text>
    );
  }

  const toggle = (id: string) =>
    setExpanded((open) => (open.includes(id) ? open.filter((x) => x !== id) : [...open, id]));
  const submitted = (e: RoundEntryDto) =>
    e.assignments.filter((a) => a.status === 'submitted').length;
  const ready = (e: RoundEntryDto) =>
    e.assignments.length > 0 && submitted(e) === e.assignments.length;

  const score = (e: RoundEntryDto) =>
    e.result.score === null ? '–' : format.number(e.result.score);
  const verdict = (e: RoundEntryDto) =>
    e.result.verdict ? <OutcomeBadge outcome={e.result.verdict} /> : <Text size="sm">–</Text>;
  const outcome = (e: RoundEntryDto) =>
    e.outcome ? (
      <Stack gap={2} align="flex-start">
        <OutcomeBadge outcome={e.outcome} />
        <Text size="xs" c="dimmed">
          {t('evaluation.results.recorded')}
        </Text>
      </Stack>
    ) : canManage && round.status === 'open' && ready(e) ? (
      <Button size="xs" onClick={() => setRecording(e)}>
        {t('evaluation.results.record')}
      </Button>
    ) : (
      <Text size="sm" c="dimmed">
        {ready(e) ? t('evaluation.results.noOutcome') : t('evaluation.results.waiting')}
      </Text>
    );
  const expandButton = (e: RoundEntryDto) => {
    const open = expanded.includes(e.innovationId);
    return (
      <Button
        variant="subtle"
        size="xs"
        leftSection={
          open ? (
            <IconChevronDown size={14} aria-hidden />
          ) : (
            <IconChevronRight size={14} aria-hidden />
          )
        }
        aria-expanded={open}
        aria-controls={`sheets-${e.innovationId}`}
        onClick={() => toggle(e.innovationId)}
      >
        {t('evaluation.results.sheetsFor', { count: e.sheets.length })}
      </Button>
    );
  };
  const title = (e: RoundEntryDto) => (
    <>
      <AnchorLink
        to="/inovasi/$innovationId"
        params={{ innovationId: e.innovationId }}
        fw={600}
        style={{ overflowWrap: 'anywhere' }}
      >
        {e.title}
      </AnchorLink>
      <Text size="sm" c="dimmed">
        {e.unitName}
      </Text>
    </>
  );

  return (
    <>
      {wide ? (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('evaluation.results.title')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('evaluation.results.colRank')}</Table.Th>
                <Table.Th scope="col">{t('evaluation.entries.colInnovation')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('evaluation.results.colScore')}
                </Table.Th>
                <Table.Th scope="col">{t('evaluation.results.colVerdict')}</Table.Th>
                <Table.Th scope="col">{t('evaluation.results.colEvaluators')}</Table.Th>
                <Table.Th scope="col">{t('evaluation.results.colOutcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e, index) => (
                <Fragment key={e.innovationId}>
                  <Table.Tr>
                    <Table.Td>{e.result.score === null ? '–' : index + 1}</Table.Td>
                    <Table.Td maw={320}>
                      {title(e)}
                      {expandButton(e)}
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {score(e)}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        {verdict(e)}
                        {e.result.disagreement ? <DisagreementFlag /> : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {t('evaluation.results.submittedOf', {
                        submitted: submitted(e),
                        assigned: e.assignments.length,
                      })}
                    </Table.Td>
                    <Table.Td>{outcome(e)}</Table.Td>
                  </Table.Tr>
                  {expanded.includes(e.innovationId) ? (
                    <Table.Tr id={`sheets-${e.innovationId}`}>
                      <Table.Td colSpan={6} bg="gray.0">
                        <SheetsDetail round={round} entry={e} />
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Stack
          gap="xs"
          component="ol"
          aria-label={t('evaluation.results.title')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {entries.map((e, index) => (
            <Card key={e.innovationId} component="li" withBorder padding="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="xs" c="dimmed">
                    {t('evaluation.results.rank', {
                      rank: e.result.score === null ? '–' : index + 1,
                    })}
                  </Text>
                  {title(e)}
                </div>
                <Text fw={700} size="lg">
                  {score(e)}
                </Text>
              </Group>
              <Group gap="xs" mt={6}>
                {verdict(e)}
                {e.result.disagreement ? <DisagreementFlag /> : null}
              </Group>
              <Text size="sm" mt={6}>
                {t('evaluation.results.submittedOf', {
                  submitted: submitted(e),
                  assigned: e.assignments.length,
                })}
              </Text>
              <div style={{ marginTop: 6 }}>{outcome(e)}</div>
              {expandButton(e)}
              <Collapse expanded={expanded.includes(e.innovationId)}>
                <div id={`sheets-${e.innovationId}`}>
                  <SheetsDetail round={round} entry={e} />
                </div>
              </Collapse>
            </Card>
          ))}
        </Stack>
      )}
      {recording ? (
        <OutcomeModal round={round} entry={recording} onClose={() => setRecording(null)} />
      ) : null}
    </>
  );
}

/** Per criterion the mean, lowest and highest score, and every evaluator's scores and comments. */
export function SheetsDetail({
  round,
  entry,
}: {
  readonly round: Pick<RoundDto, 'rubric'>;
  readonly entry: Pick<
    RoundEntryDto,
    'result' | 'sheets' | 'assignments' | 'reconciliationNote' | 'notes' | 'lessonsLearned'
  >;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useLocale();
  const label = (key: string) => {
    const c = round.rubric.find((r) => r.key === key);
    return c ? localized(c.label) : key;
  };
  const pending = entry.assignments.filter((a) => a.status !== 'submitted');
  return (
    <Stack gap="sm" py="xs">
      {entry.sheets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evaluation.results.noSheets')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table
            aria-label={t('evaluation.results.criteriaTable')}
            verticalSpacing={4}
            withTableBorder
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('evaluation.rubric.criterion')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('evaluation.results.mean')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('evaluation.results.range')}
                </Table.Th>
                {entry.sheets.map((s) => (
                  <Table.Th scope="col" key={s.evaluatorId} ta="right">
                    {s.evaluatorName}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entry.result.criteria.map((c) => (
                <Table.Tr key={c.criterion}>
                  <Table.Th scope="row" fw={500}>
                    {label(c.criterion)}
                    {c.disagreement ? (
                      <Text size="xs" c="orange.9" fw={600}>
                        {t('evaluation.results.disagreement')}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td ta="right">{c.mean === null ? '–' : format.number(c.mean)}</Table.Td>
                  <Table.Td ta="right">
                    {c.min === null ? '–' : `${c.min}–${c.max ?? c.min}`}
                  </Table.Td>
                  {entry.sheets.map((s) => (
                    <Table.Td key={s.evaluatorId} ta="right">
                      {s.scores.find((x) => x.criterion === c.criterion)?.score ?? '–'}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {entry.sheets.map((s) => {
        const comments = s.scores.filter((x) => x.comment.trim() !== '');
        return (
          <Stack key={s.evaluatorId} gap={2}>
            <Text size="sm" fw={600}>
              {s.evaluatorName}
              {s.corrected ? ` · ${t('evaluation.results.corrected')}` : ''}
            </Text>
            {comments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('evaluation.results.noComments')}
              </Text>
            ) : (
              comments.map((x) => (
                <Text size="sm" key={x.criterion} style={{ whiteSpace: 'pre-line' }}>
                  <Text span fw={500}>
                    {label(x.criterion)}:
                  </Text>{' '}
                  {x.comment}
                </Text>
              ))
            )}
          </Stack>
        );
      })}
      {pending.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('evaluation.results.pendingBy', {
            names: pending
              .map(
                (a) => `${a.evaluatorName} (${t(`evaluation.sheetStatus.${a.status ?? 'none'}`)})`,
              )
              .join(', '),
          })}
        </Text>
      ) : null}
      {entry.reconciliationNote ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          <Text span fw={600}>
            {t('evaluation.outcome.reconciliationNote')}:
          </Text>{' '}
          {entry.reconciliationNote}
        </Text>
      ) : null}
      {entry.notes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          <Text span fw={600}>
            {t('evaluation.outcome.notes')}:
          </Text>{' '}
          {entry.notes}
        </Text>
      ) : null}
      {entry.lessonsLearned ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          <Text span fw={600}>
            {t('evaluation.outcome.lessons')}:
          </Text>{' '}
          {entry.lessonsLearned}
        </Text>
      ) : null}
    </Stack>
  );
}
