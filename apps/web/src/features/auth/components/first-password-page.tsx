import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Me } from '@smartcity/api';
import { changePasswordInputSchema, passwordProblems } from '@smartcity/domain';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { notify } from '../../common/notify';
import { useAccountsTexts } from '../accounts-texts';
import { useLogout } from '../hooks/use-logout';
import { AccountCard } from './account-card';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/**
 * Ganti kata sandi: a user whose password someone else set (a coordinator, at creation or at a
 * reset) chooses their own before anything else, then goes on to where they were going.
 */
export function FirstPasswordPage({
  me,
  onChanged,
}: {
  readonly me: Me;
  readonly onChanged: () => void;
}) {
  useAccountsTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const logout = useLogout();
  const validate = domainValidator(changePasswordInputSchema, t);
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => {
      const errors = validate({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      if (
        !errors.newPassword &&
        passwordProblems(values.newPassword, me.user.email).includes('same_as_email')
      )
        errors.newPassword = t('profile.sameAsEmail');
      if (!errors.newPassword && values.newPassword === values.currentPassword)
        errors.newPassword = t('accounts.firstPassword.sameAsCurrent');
      if (values.confirmPassword !== values.newPassword)
        errors.confirmPassword = t('profile.mismatch');
      return errors;
    },
  });
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        // The guards read `auth.me` from the cache: fetch it anew before going on.
        await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        notify({ color: 'green', message: t('accounts.firstPassword.done') });
        onChanged();
      },
      onError: (error) => {
        const field = apiErrorInfo(error).details?.field;
        if (field === 'currentPassword')
          form.setFieldError('currentPassword', t('accounts.firstPassword.wrongCurrent'));
        else if (field === 'newPassword')
          form.setFieldError('newPassword', t('profile.sameAsEmail'));
        else notify({ color: 'red', message: errorMessage(error) });
      },
    }),
  );

  return (
    <AccountCard title={t('accounts.firstPassword.title')} titleId="first-password-title">
      <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} my="md">
        {t('accounts.firstPassword.intro')}
      </Alert>
      <Text size="sm" c="dimmed" mb="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('accounts.firstPassword.signedInAs', { name: me.user.name, email: me.user.email })}
      </Text>
      <form
        noValidate
        onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
          change.mutate({ currentPassword, newPassword }),
        )}
      >
        <Stack gap="sm">
          <PasswordInput
            label={t('accounts.firstPassword.current')}
            autoComplete="current-password"
            required
            autoFocus
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('accounts.firstPassword.new')}
            description={t('profile.passwordRules')}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('accounts.firstPassword.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmPassword')}
          />
          <Group justify="space-between" mt="xs">
            <Button variant="subtle" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('accounts.firstPassword.logout')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('accounts.firstPassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AccountCard>
  );
}
