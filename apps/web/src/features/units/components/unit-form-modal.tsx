import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  unitInputSchema,
  unitTypes,
  unitUpdateInputSchema,
  type Unit,
  type UnitType,
} from '@smartcity/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { useUnitErrorMessage, useUnitRefusalText } from '../hooks/use-unit-error';
import { useUnitTypeLabel } from '../hooks/use-unit-type-label';
import { unitRefusal } from '../unit-refusal';

type Values = { code: string; name: string; shortName: string; type: UnitType };

/** The unit's fields as `unit.create` and `unit.update` take them (a blank short name is none). */
function toFields(values: Values) {
  const shortName = values.shortName.trim();
  return {
    code: values.code,
    name: values.name,
    shortName: shortName === '' ? null : shortName,
    type: values.type,
  };
}

/** Adds a unit or edits one (a coordinator's), validated with the domain's schemas. */
export function UnitFormModal({
  unit,
  onClose,
  onSaved,
}: {
  /** The unit to edit, or null to add one. */
  readonly unit: Unit | null;
  readonly onClose: () => void;
  readonly onSaved?: (unit: Unit) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const typeLabel = useUnitTypeLabel();
  const errorMessage = useUnitErrorMessage();
  const refusalText = useUnitRefusalText();
  const messages = {
    'Use 2–40 lower-case letters, digits, dots or dashes': t('unitAdmin.form.codeHint'),
  };
  const validateCreate = domainValidator(unitInputSchema, t, messages);
  const validateUpdate = domainValidator(unitUpdateInputSchema, t, messages);
  const form = useForm<Values>({
    initialValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      shortName: unit?.shortName ?? '',
      type: unit?.type ?? 'dinas',
    },
    validate: (values) =>
      unit
        ? validateUpdate({ id: unit.id, version: unit.version, ...toFields(values) })
        : validateCreate(toFields(values)),
  });
  const done = async (saved: Unit, key: 'unitAdmin.form.created' | 'unitAdmin.form.updated') => {
    await queryClient.invalidateQueries({ queryKey: trpc.unit.pathKey() });
    notify({ color: 'green', message: t(key, { name: saved.name }) });
    onSaved?.(saved);
    onClose();
  };
  const failed = (error: unknown) => {
    const refusal = unitRefusal(apiErrorInfo(error).details);
    if (refusal?.field === 'code') form.setFieldError('code', refusalText(refusal.reason));
    else notify({ color: 'red', message: errorMessage(error) });
  };
  const create = useMutation(
    trpc.unit.create.mutationOptions({
      onSuccess: (saved) => done(saved, 'unitAdmin.form.created'),
      onError: failed,
    }),
  );
  const update = useMutation(
    trpc.unit.update.mutationOptions({
      onSuccess: (saved) => done(saved, 'unitAdmin.form.updated'),
      onError: failed,
    }),
  );
  const submit = form.onSubmit((values) =>
    unit
      ? update.mutate({ id: unit.id, version: unit.version, ...toFields(values) })
      : create.mutate(toFields(values)),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={unit ? t('unitAdmin.form.editTitle') : t('unitAdmin.form.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('unitAdmin.form.name')}
            required
            maxLength={160}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('unitAdmin.form.shortName')}
            description={t('unitAdmin.form.shortNameHint')}
            maxLength={60}
            {...form.getInputProps('shortName')}
          />
          <TextInput
            label={t('unitAdmin.form.code')}
            description={t('unitAdmin.form.codeHint')}
            required
            maxLength={40}
            autoCapitalize="none"
            spellCheck={false}
            {...form.getInputProps('code')}
          />
          <Select
            label={t('unitAdmin.form.type')}
            required
            allowDeselect={false}
            data={unitTypes.map((type) => ({ value: type, label: typeLabel(type) }))}
            {...form.getInputProps('type')}
            onChange={(value) => form.setFieldValue('type', (value ?? 'other') as UnitType)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('unitAdmin.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('unitAdmin.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
