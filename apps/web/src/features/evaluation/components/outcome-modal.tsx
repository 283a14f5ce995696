import { Alert, Button, Group, Modal, Radio, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { minReasonLength, outcomeRecordInputSchema, outcomes } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../../innovations/hooks/use-innovation-labels';
import { useInvalidateInnovation } from '../../innovations/hooks/use-invalidate-innovation';
import type { RoundDto, RoundEntryDto } from '../evaluation-types';
import { useEvaluationErrorMessage } from '../hooks/use-evaluation-error';
import { useInvalidateEvaluation } from '../hooks/use-invalidate-evaluation';
import { missingOutcomeTexts, requiredOutcomeTexts, type OutcomeValues } from '../outcome-values';
import { DisagreementFlag, OutcomeBadge } from './evaluation-badges';

/**
 * Catat hasil: the coordinator decides an innovation's outcome (the verdict preselected), with
 * notes, lessons learned and — where the evaluators disagree — a reconciliation note; the
 * per-criterion lowest and highest scores show where they differ.
 */
export function OutcomeModal({
  round,
  entry,
  onClose,
}: {
  readonly round: RoundDto;
  readonly entry: RoundEntryDto;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useInnovationLabels();
  const localized = useLocalized();
  const format = useLocale();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const errorMessage = useEvaluationErrorMessage();
  const invalidate = useInvalidateEvaluation();
  const invalidateInnovation = useInvalidateInnovation();
  const { disagreement } = entry.result;
  const validate = domainValidator(outcomeRecordInputSchema, t);

  const form = useForm<OutcomeValues>({
    initialValues: {
      outcome: entry.result.verdict ?? 'impactful',
      notes: entry.notes ?? '',
      lessonsLearned: entry.lessonsLearned ?? '',
      reconciliationNote: entry.reconciliationNote ?? '',
    },
    validate: (values) => {
      const errors = validate({ roundId: round.id, innovationId: entry.innovationId, ...values });
      for (const field of missingOutcomeTexts(values, disagreement)) {
        errors[field] = t('validation.tooShort', { count: minReasonLength });
      }
      return errors;
    },
  });
  const record = useMutation(
    trpc.evaluation.recordOutcome.mutationOptions({
      onSuccess: async () => {
        await Promise.all([invalidate(), invalidateInnovation(entry.innovationId)]);
        notify({
          color: 'green',
          message: t('evaluation.outcome.recorded', {
            title: entry.title,
            outcome: labels.outcome(form.values.outcome),
          }),
        });
        onClose();
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
    }),
  );
  const required = requiredOutcomeTexts(form.values.outcome, disagreement);
  const label = (key: string) => {
    const c = round.rubric.find((r) => r.key === key);
    return c ? localized(c.label) : key;
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('evaluation.outcome.title', { title: entry.title })}
      size="lg"
      fullScreen={phone}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          record.mutate({ roundId: round.id, innovationId: entry.innovationId, ...values }),
        )}
      >
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm">
              {t('evaluation.outcome.score', {
                score: entry.result.score === null ? '–' : format.number(entry.result.score),
              })}
            </Text>
            {entry.result.verdict ? <OutcomeBadge outcome={entry.result.verdict} /> : null}
            {disagreement ? <DisagreementFlag /> : null}
          </Group>
          {disagreement ? (
            <Alert color="orange" variant="light" title={t('evaluation.outcome.disagreeTitle')}>
              <Text size="sm" mb="xs">
                {t('evaluation.outcome.disagreeBody')}
              </Text>
              <Table aria-label={t('evaluation.results.criteriaTable')} verticalSpacing={2}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('evaluation.rubric.criterion')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('evaluation.results.range')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entry.result.criteria.map((c) => (
                    <Table.Tr key={c.criterion} fw={c.disagreement ? 700 : undefined}>
                      <Table.Td>
                        {label(c.criterion)}
                        {c.disagreement ? ` · ${t('evaluation.results.disagreement')}` : ''}
                      </Table.Td>
                      <Table.Td ta="right">
                        {c.min === null ? '–' : `${c.min}–${c.max ?? c.min}`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Alert>
          ) : null}
          <Radio.Group
            label={t('evaluation.outcome.outcome')}
            description={t('evaluation.outcome.outcomeHint')}
            required
            {...form.getInputProps('outcome')}
          >
            <Stack gap="xs" mt="xs">
              {outcomes.map((o) => (
                <Radio
                  key={o}
                  value={o}
                  label={labels.outcome(o)}
                  description={t(`evaluation.outcome.moves.${o}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('evaluation.outcome.notes')}
            description={t('evaluation.outcome.notesHint')}
            required={required.includes('notes')}
            autosize
            minRows={2}
            maxLength={5000}
            {...form.getInputProps('notes')}
          />
          <Textarea
            label={t('evaluation.outcome.lessons')}
            required={required.includes('lessonsLearned')}
            autosize
            minRows={2}
            maxLength={5000}
            {...form.getInputProps('lessonsLearned')}
          />
          {disagreement ? (
            <Textarea
              label={t('evaluation.outcome.reconciliationNote')}
              description={t('evaluation.outcome.reconciliationHint')}
              required
              autosize
              minRows={2}
              maxLength={5000}
              {...form.getInputProps('reconciliationNote')}
            />
          ) : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('evaluation.form.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('evaluation.outcome.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
