import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { actionCreateInputSchema, actionStatuses, type ActionStatus } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { NumberField } from '../../innovations/components/number-field';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useMasterplanErrorMessage, useRefusalText } from '../hooks/use-masterplan-error';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { UnitOption } from '../hooks/use-unit-names';
import type { ActionDto, ProgrammeDto } from '../masterplan-types';
import {
  actionToValues,
  valuesToActionFields,
  yearsOf,
  type ActionValues,
} from '../masterplan-values';
import { masterplanRefusals, refusalFieldErrors } from '../refusal-message';
import { unitSelectData } from './programme-list';

/**
 * Creates or edits an action item of a programme: activity, year (within the programme's),
 * owner unit, output target, budget, status and progress. A coordinator gives items to any unit;
 * a unit's staff and head add and update their own unit's items (the owner is fixed).
 */
export function ActionFormModal({
  programme,
  action,
  units,
  ownUnitId,
  onClose,
}: {
  readonly programme: ProgrammeDto;
  readonly action: ActionDto | null;
  readonly units: readonly UnitOption[];
  /** The unit of a unit role (its items only); null for a coordinator. */
  readonly ownUnitId: string | null;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMasterplanLabels();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const invalidate = useInvalidateMasterplan();
  const errorMessage = useMasterplanErrorMessage();
  const refusalText = useRefusalText();
  const validate = domainValidator(actionCreateInputSchema, t);

  const form = useForm<ActionValues>({
    initialValues: actionToValues(action, {
      year: programme.startYear,
      ownerUnitId: ownUnitId ?? programme.leadUnitId,
    }),
    validate: (values) => {
      const fields = valuesToActionFields(values);
      const errors = validate({ programmeId: programme.id, ...fields });
      if (fields.status === 'done' && fields.progressPercent !== 100) {
        errors.progressPercent ??= t('masterplan.refusals.doneBelow100');
      }
      return errors;
    },
  });

  const onSuccess = async () => {
    await invalidate();
    notify({
      color: 'green',
      message: action ? t('masterplan.actionForm.updated') : t('masterplan.actionForm.created'),
    });
    onClose();
  };
  const onError = (error: unknown) => {
    const refusals = masterplanRefusals(apiErrorInfo(error).details);
    if (refusals.length > 0) form.setErrors(refusalFieldErrors(refusals, refusalText, 'activity'));
    notify({ color: 'red', message: errorMessage(error) });
  };
  const create = useMutation(trpc.masterplan.createAction.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.masterplan.updateAction.mutationOptions({ onSuccess, onError }));

  const submit = form.onSubmit((values) => {
    const fields = valuesToActionFields(values);
    if (action) update.mutate({ id: action.id, version: action.version, ...fields });
    else create.mutate({ programmeId: programme.id, ...fields });
  });

  const ownerData = unitSelectData(ownUnitId ? units.filter((u) => u.id === ownUnitId) : units);

  return (
    <Modal
      opened
      onClose={onClose}
      title={action ? t('masterplan.actionForm.editTitle') : t('masterplan.actionForm.createTitle')}
      size="lg"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('masterplan.actionForm.activity')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            {...form.getInputProps('activity')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('masterplan.actionForm.year')}
              description={t('masterplan.actionForm.yearHint', {
                start: programme.startYear,
                end: programme.endYear,
              })}
              required
              allowDeselect={false}
              data={yearsOf(programme).map(String)}
              {...form.getInputProps('year')}
            />
            <Select
              label={t('masterplan.actionForm.owner')}
              required
              searchable
              allowDeselect={false}
              disabled={ownUnitId !== null}
              nothingFoundMessage={t('masterplan.form.noMatch')}
              data={ownerData}
              {...form.getInputProps('ownerUnitId')}
              onChange={(value: string | null) => form.setFieldValue('ownerUnitId', value ?? '')}
            />
          </SimpleGrid>
          <TextInput
            label={t('masterplan.actionForm.outputTarget')}
            required
            maxLength={500}
            {...form.getInputProps('outputTarget')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberField
              label={t('masterplan.actionForm.budget')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              prefix="Rp "
              {...form.getInputProps('budget')}
            />
            <Select
              label={t('masterplan.actionForm.status')}
              required
              allowDeselect={false}
              data={actionStatuses.map((s) => ({ value: s, label: labels.actionStatus(s) }))}
              {...form.getInputProps('status')}
              onChange={(value) => {
                if (!value) return;
                form.setFieldValue('status', value as ActionStatus);
                if (value === 'done') form.setFieldValue('progressPercent', 100);
              }}
            />
            <NumberField
              label={t('masterplan.actionForm.progress')}
              min={0}
              max={100}
              suffix=" %"
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              {...form.getInputProps('progressPercent')}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('masterplan.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {action ? t('masterplan.form.save') : t('masterplan.actionForm.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
