import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { evaluationCorrectInputSchema, minReasonLength } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { notify } from '../../common/notify';
import { useLocale } from '../../common/hooks/use-locale';
import type { SheetDto } from '../evaluation-types';
import { useEvaluationErrorMessage } from '../hooks/use-evaluation-error';
import { useInvalidateEvaluation } from '../hooks/use-invalidate-evaluation';
import {
  scoreChoices,
  sheetPreview,
  sheetToValues,
  unscoredCriteria,
  valuesToScores,
  type SheetValues,
} from '../score-sheet';
import { OutcomeBadge, SheetStatusBadge } from './evaluation-badges';

type Mode = 'edit' | 'view' | 'correct';

/**
 * The score sheet: per criterion its label, weight and description, a score 1–5 and a comment;
 * the live score and verdict; save as draft or submit (after a confirmation). A submitted sheet
 * is read-only; "Ajukan koreksi" submits a new version with a reason.
 */
export function ScoreForm({
  sheet,
  roundId,
  innovationId,
}: {
  readonly sheet: SheetDto;
  readonly roundId: string;
  readonly innovationId: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const localized = useLocalized();
  const format = useLocale();
  const errorMessage = useEvaluationErrorMessage();
  const invalidate = useInvalidateEvaluation();
  const { round, evaluation } = sheet;
  const submitted = evaluation?.status === 'submitted';
  const open = round.status === 'open';
  const [mode, setMode] = useState<Mode>(submitted || !open ? 'view' : 'edit');
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const form = useForm<SheetValues>({
    initialValues: sheetToValues(round.rubric, evaluation?.scores ?? null),
  });
  const scores = valuesToScores(round.rubric, form.values);
  const preview = sheetPreview(round.rubric, round.thresholds, scores);
  const input = { roundId, innovationId, scores };

  const onError = (error: unknown) => notify({ color: 'red', message: errorMessage(error) });
  const saveDraft = useMutation(
    trpc.evaluation.saveDraft.mutationOptions({
      onSuccess: async () => {
        form.resetDirty();
        await invalidate();
        notify({ color: 'green', message: t('evaluation.scoring.draftSaved') });
      },
      onError,
    }),
  );
  const submit = useMutation(
    trpc.evaluation.submit.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        setMode('view');
        await invalidate();
        notify({ color: 'green', message: t('evaluation.scoring.submitted') });
      },
      onError: (error) => {
        setConfirming(false);
        onError(error);
      },
    }),
  );
  const correct = useMutation(
    trpc.evaluation.correct.mutationOptions({
      onSuccess: async () => {
        setMode('view');
        setReason('');
        await invalidate();
        notify({ color: 'green', message: t('evaluation.scoring.corrected') });
      },
      onError,
    }),
  );

  /** Every criterion needs a score before a submission or a correction. */
  const checkComplete = (): boolean => {
    const missing = unscoredCriteria(round.rubric, form.values);
    for (const key of missing)
      form.setFieldError(`scores.${key}.score`, t('evaluation.scoring.chooseScore'));
    return missing.length === 0;
  };
  const askSubmit = () => {
    if (checkComplete()) setConfirming(true);
  };
  const sendCorrection = () => {
    const complete = checkComplete();
    const parsed = evaluationCorrectInputSchema.safeParse({ ...input, reason });
    const reasonOk = reason.trim().length >= minReasonLength;
    setReasonError(reasonOk ? null : t('validation.tooShort', { count: minReasonLength }));
    if (complete && reasonOk && parsed.success) correct.mutate(parsed.data);
  };

  const readOnly = mode === 'view';
  const status = submitted ? 'submitted' : (evaluation?.status ?? null);

  return (
    <Card withBorder component="section" aria-labelledby="sheet-title">
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={3} size="h4" id="sheet-title">
          {t('evaluation.scoring.title')}
        </Title>
        <SheetStatusBadge status={status} />
      </Group>
      {!open ? (
        <Alert color="gray" variant="light" mb="sm">
          {round.status === 'closed'
            ? t('evaluation.scoring.roundClosed')
            : t('evaluation.scoring.roundNotOpen')}
        </Alert>
      ) : submitted && mode === 'view' ? (
        <Alert color="green" variant="light" mb="sm">
          {t('evaluation.scoring.submittedNote')}
          {sheet.corrections > 0
            ? ` ${t('evaluation.scoring.corrections', { count: sheet.corrections })}`
            : ''}
        </Alert>
      ) : null}
      <Stack gap="sm">
        {round.rubric.map((c) => {
          const value = form.values.scores[c.key];
          return (
            <Fieldset
              key={c.key}
              legend={t('evaluation.scoring.criterionLegend', {
                label: localized(c.label),
                weight: format.percent(c.weight),
              })}
              p="sm"
            >
              <Text size="sm" c="dimmed" mb="xs">
                {localized(c.description)}
              </Text>
              {readOnly ? (
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {t('evaluation.scoring.scoreValue', { score: value?.score || '–' })}
                  </Text>
                  {value?.comment ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {value.comment}
                    </Text>
                  ) : null}
                </Stack>
              ) : (
                <Stack gap="xs">
                  <Radio.Group
                    label={t('evaluation.scoring.score')}
                    description={t('evaluation.scoring.scaleHint')}
                    required
                    {...form.getInputProps(`scores.${c.key}.score`)}
                  >
                    <Group gap="md" mt={6}>
                      {scoreChoices.map((choice) => (
                        <Radio key={choice} value={choice} label={choice} />
                      ))}
                    </Group>
                  </Radio.Group>
                  <Textarea
                    label={t('evaluation.scoring.comment')}
                    autosize
                    minRows={2}
                    maxLength={2000}
                    {...form.getInputProps(`scores.${c.key}.comment`)}
                  />
                </Stack>
              )}
            </Fieldset>
          );
        })}

        <Card withBorder padding="sm" bg="gray.0">
          <Text size="sm" fw={600}>
            {t('evaluation.scoring.preview')}
          </Text>
          <div role="status" aria-live="polite">
            {preview.result?.score != null && preview.result.verdict ? (
              <Group gap="xs" mt={4}>
                <Text size="xl" fw={700}>
                  {format.number(preview.result.score)}
                </Text>
                <OutcomeBadge outcome={preview.result.verdict} />
              </Group>
            ) : (
              <Text size="sm" mt={4}>
                {t('evaluation.scoring.previewPartial', {
                  scored: preview.scored,
                  total: preview.total,
                })}
              </Text>
            )}
          </div>
          <Text size="xs" c="dimmed" mt={4}>
            {t('evaluation.scoring.previewHint')}
          </Text>
        </Card>

        {mode === 'correct' ? (
          <Textarea
            label={t('evaluation.scoring.correctionReason')}
            description={t('evaluation.scoring.correctionHint')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            error={reasonError}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        ) : null}

        {open ? (
          <Group justify="flex-end" gap="xs">
            {mode === 'edit' ? (
              <>
                <Button
                  variant="default"
                  loading={saveDraft.isPending}
                  onClick={() => saveDraft.mutate(input)}
                >
                  {t('evaluation.scoring.saveDraft')}
                </Button>
                <Button onClick={askSubmit}>{t('evaluation.scoring.submit')}</Button>
              </>
            ) : mode === 'correct' ? (
              <>
                <Button
                  variant="default"
                  onClick={() => {
                    form.reset();
                    setReason('');
                    setReasonError(null);
                    setMode('view');
                  }}
                >
                  {t('evaluation.form.cancel')}
                </Button>
                <Button loading={correct.isPending} onClick={sendCorrection}>
                  {t('evaluation.scoring.sendCorrection')}
                </Button>
              </>
            ) : submitted ? (
              <Button variant="default" onClick={() => setMode('correct')}>
                {t('evaluation.scoring.requestCorrection')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>

      {confirming ? (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t('evaluation.scoring.confirmTitle')}
        >
          <Text size="sm">{t('evaluation.scoring.confirmBody')}</Text>
          {preview.result?.score != null && preview.result.verdict ? (
            <Group gap="xs" mt="sm">
              <Text size="sm" fw={600}>
                {format.number(preview.result.score)}
              </Text>
              <OutcomeBadge outcome={preview.result.verdict} />
            </Group>
          ) : null}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('evaluation.form.cancel')}
            </Button>
            <Button loading={submit.isPending} onClick={() => submit.mutate(input)}>
              {t('evaluation.scoring.confirmSubmit')}
            </Button>
          </Group>
        </Modal>
      ) : null}
    </Card>
  );
}
