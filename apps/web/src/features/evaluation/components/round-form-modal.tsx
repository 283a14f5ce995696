import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { roundCreateInputSchema } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { useLocale } from '../../common/hooks/use-locale';
import { notify } from '../../common/notify';
import type { RoundDto } from '../evaluation-types';
import { useEvaluationErrorMessage } from '../hooks/use-evaluation-error';
import { useInvalidateEvaluation } from '../hooks/use-invalidate-evaluation';
import {
  formPathOf,
  roundToValues,
  valuesToRoundFields,
  weightSum,
  weightsComplete,
  type RoundValues,
} from '../rubric-values';
import { RubricEditor } from './rubric-editor';
import { RubricSummary } from './rubric-summary';

/**
 * Creates a round (prefilled with the default rubric) or edits one: name, period, rubric and
 * thresholds. Once a score is submitted the rubric is locked and only the name and period change.
 */
export function RoundFormModal({
  round,
  rubricLocked,
  onClose,
  onSaved,
}: {
  readonly round: RoundDto | null;
  readonly rubricLocked: boolean;
  readonly onClose: () => void;
  readonly onSaved: (roundId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useLocale();
  const trpc = useTRPC();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const errorMessage = useEvaluationErrorMessage();
  const invalidate = useInvalidateEvaluation();
  const validate = domainValidator(roundCreateInputSchema, t, {
    'The period must end on or after its start': t('evaluation.form.periodOrder'),
    'The "impactful" threshold must be above the "needs improvement" one': t(
      'evaluation.rubric.thresholdOrder',
    ),
  });

  const form = useForm<RoundValues>({
    initialValues: roundToValues(round),
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(validate(valuesToRoundFields(values)))) {
        const field = formPathOf(path);
        errors[field] ??= message;
      }
      if (!weightsComplete(values.criteria)) {
        errors.criteria = t('evaluation.rubric.sumError', {
          sum: format.percent(weightSum(values.criteria)),
          total: format.percent(100),
        });
      }
      return errors;
    },
  });

  const onSuccess = async (saved: { id: string; name: string }) => {
    await invalidate();
    notify({
      color: 'green',
      message: t(round ? 'evaluation.form.updated' : 'evaluation.form.created', {
        name: saved.name,
      }),
    });
    onSaved(saved.id);
  };
  const onError = (error: unknown) => notify({ color: 'red', message: errorMessage(error) });
  const create = useMutation(trpc.evaluation.createRound.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.evaluation.updateRound.mutationOptions({ onSuccess, onError }));

  const submit = form.onSubmit((values) => {
    const fields = valuesToRoundFields(values);
    if (round) update.mutate({ id: round.id, version: round.version, ...fields });
    else create.mutate(fields);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={round ? t('evaluation.form.editTitle') : t('evaluation.form.createTitle')}
      size="xl"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('evaluation.form.name')}
            placeholder={t('evaluation.form.namePlaceholder')}
            required
            maxLength={200}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('evaluation.form.periodStart')}
              required
              {...form.getInputProps('periodStart')}
            />
            <TextInput
              type="date"
              label={t('evaluation.form.periodEnd')}
              required
              {...form.getInputProps('periodEnd')}
            />
          </SimpleGrid>
          {rubricLocked && round ? (
            <>
              <Alert color="gray" variant="light">
                {t('evaluation.refusals.scoresSubmitted')}
              </Alert>
              <RubricSummary rubric={round.rubric} thresholds={round.thresholds} />
            </>
          ) : (
            <RubricEditor form={form} />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('evaluation.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {round ? t('evaluation.form.save') : t('evaluation.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
