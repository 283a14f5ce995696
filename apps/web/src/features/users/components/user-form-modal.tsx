import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UserWithUnitDto } from '../user-types';
import {
  roleLabels,
  roles,
  unitRequirement,
  unitRoleProblems,
  userCreateInputSchema,
  userUpdateInputSchema,
  type Role,
} from '@smartcity/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notify } from '../../common/notify';
import { useLocalized } from '../../../i18n/i18n';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';

type Values = {
  name: string;
  email: string;
  nip: string;
  role: Role;
  unitId: string | null;
  password: string;
};

type Props = {
  /** The user to edit, or null to create one. */
  readonly user: UserWithUnitDto | null;
  readonly opened: boolean;
  readonly onClose: () => void;
};

/** Creates or edits a user, validated with the domain's schemas before anything is sent. */
export function UserFormModal({ user, opened, onClose }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const units = useQuery({ ...trpc.unit.list.queryOptions(), enabled: opened });
  const messages = {
    'A unit is required for this role': t('users.unitRequired'),
    'This role has no unit': t('users.unitNotAllowed'),
    'NIP must be exactly 18 digits': t('validation.nip'),
  };
  const validateCreate = domainValidator(userCreateInputSchema, t, messages);
  const validateUpdate = domainValidator(userUpdateInputSchema, t, messages);

  const form = useForm<Values>({
    initialValues: {
      name: user?.name ?? '',
      email: user?.email ?? '',
      nip: user?.nip ?? '',
      role: user?.role ?? 'unit_staff',
      unitId: user?.unitId ?? null,
      password: '',
    },
    validate: (values) => {
      const input = toInput(values);
      if (!user) return validateCreate(input);
      const { password: _password, ...changes } = input;
      const errors = validateUpdate({ id: user.id, version: user.version, ...changes });
      if (!errors['unitId'] && unitRoleProblems(values.role, values.unitId).length > 0) {
        errors['unitId'] =
          unitRequirement(values.role) === 'none'
            ? t('users.unitNotAllowed')
            : t('users.unitRequired');
      }
      return errors;
    },
  });

  const onSaved = async (name: string, key: 'users.created' | 'users.updated') => {
    await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
    notify({ color: 'green', message: t(key, { name }) });
    onClose();
  };
  const onFailed = (error: unknown) => {
    const info = apiErrorInfo(error);
    if (info.code === 'CONFLICT' && info.details?.['field'] === 'email')
      form.setFieldError('email', t('errors.emailTaken'));
    else notify({ color: 'red', message: errorMessage(error) });
  };
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onSuccess: (u) => onSaved(u.name, 'users.created'),
      onError: onFailed,
    }),
  );
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: (u) => onSaved(u.name, 'users.updated'),
      onError: onFailed,
    }),
  );

  const submit = form.onSubmit((values) => {
    const input = toInput(values);
    if (user) {
      const { password: _password, ...changes } = input;
      update.mutate({ id: user.id, version: user.version, ...changes });
    } else {
      create.mutate(input);
    }
  });

  const needsUnit = unitRequirement(form.values.role);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={user ? t('users.editTitle') : t('users.createTitle')}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('users.name')}
            required
            maxLength={120}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('users.nip')}
            description={t('users.nipHint')}
            inputMode="numeric"
            maxLength={18}
            {...form.getInputProps('nip')}
          />
          <Select
            label={t('users.role')}
            required
            allowDeselect={false}
            data={roles.map((r) => ({ value: r, label: localized(roleLabels[r]) }))}
            {...form.getInputProps('role')}
            onChange={(value) => {
              const role = (value ?? 'unit_staff') as Role;
              form.setFieldValue('role', role);
              if (unitRequirement(role) === 'none') form.setFieldValue('unitId', null);
            }}
          />
          {needsUnit !== 'none' ? (
            <Select
              label={t('users.unit')}
              placeholder={t('users.unitPlaceholder')}
              required={needsUnit === 'required'}
              searchable
              clearable={needsUnit === 'optional'}
              nothingFoundMessage="–"
              data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps('unitId')}
            />
          ) : null}
          {user ? null : (
            <PasswordInput
              label={t('users.initialPassword')}
              description={t('profile.passwordRules')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('users.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('users.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function toInput(values: Values) {
  const nip = values.nip.trim();
  return {
    name: values.name,
    email: values.email,
    nip: nip === '' ? null : nip,
    role: values.role,
    unitId: unitRequirement(values.role) === 'none' ? null : values.unitId,
    password: values.password,
  };
}
