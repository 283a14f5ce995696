import {
  Button,
  Group,
  Modal,
  PasswordInput,
  Radio,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import type { IssuedAccountToken } from '@smartcity/api';
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
  /** How the new user gets in: a first password, or a one-time invitation link. */
  credentials: 'password' | 'invitation';
  password: string;
};

type Props = {
  /** The user to edit, or null to create one. */
  readonly user: UserWithUnitDto | null;
  readonly opened: boolean;
  readonly onClose: () => void;
  /** A user was created with an invitation: its link is to be shown, once. */
  readonly onInvited: (name: string, invitation: IssuedAccountToken) => void;
};

/**
 * Creates or edits a user, validated with the domain's schemas before anything is sent. A new
 * user gets either a first password (to change at the first login) or an invitation link.
 */
export function UserFormModal({ user, opened, onClose, onInvited }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  // Active units to choose from, and the user's own unit even when it became inactive.
  const units = useQuery({
    ...trpc.unit.list.queryOptions({ includeInactive: true }),
    enabled: opened,
    select: (page) => page.items.filter((u) => u.active || u.id === user?.unitId),
  });
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
      credentials: 'password',
      password: '',
    },
    validate: (values) => {
      if (!user) return validateCreate(toCreateInput(values));
      const errors = validateUpdate({ id: user.id, version: user.version, ...toProfile(values) });
      if (!errors.unitId && unitRoleProblems(values.role, values.unitId).length > 0) {
        errors.unitId =
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
    if (info.domainCode === 'CONFLICT' && info.details?.field === 'email')
      form.setFieldError('email', t('errors.emailTaken'));
    else notify({ color: 'red', message: errorMessage(error) });
  };
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onSuccess: async (u) => {
        await onSaved(u.name, 'users.created');
        if (u.invitation) onInvited(u.name, u.invitation);
      },
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
    if (user) update.mutate({ id: user.id, version: user.version, ...toProfile(values) });
    else create.mutate(toCreateInput(values));
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
              data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps('unitId')}
            />
          ) : null}
          {user ? null : (
            <Radio.Group
              label={t('accounts.users.credentials')}
              value={form.values.credentials}
              onChange={(value) =>
                form.setFieldValue(
                  'credentials',
                  value === 'invitation' ? 'invitation' : 'password',
                )
              }
            >
              <Stack gap="xs" mt={6}>
                <Radio
                  value="password"
                  label={t('accounts.users.byPassword')}
                  description={t('accounts.users.byPasswordHint')}
                />
                <Radio
                  value="invitation"
                  label={t('accounts.users.byInvitation')}
                  description={t('accounts.users.byInvitationHint')}
                />
              </Stack>
            </Radio.Group>
          )}
          {user || form.values.credentials === 'invitation' ? null : (
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

/** The person's fields, as both `user.create` and `user.update` take them. */
function toProfile(values: Values) {
  const nip = values.nip.trim();
  return {
    name: values.name,
    email: values.email,
    nip: nip === '' ? null : nip,
    role: values.role,
    unitId: unitRequirement(values.role) === 'none' ? null : values.unitId,
  };
}

/** The input of `user.create`: the person, and a first password or an invitation. */
function toCreateInput(values: Values) {
  return {
    ...toProfile(values),
    ...(values.credentials === 'invitation'
      ? { invite: true as const }
      : { password: values.password }),
  };
}
