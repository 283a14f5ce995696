import { Alert, Button, Loader, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { accountTokenSchema, newPasswordSchema, passwordProblems } from '@smartcity/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { AnchorLink } from '../../common/components/router-links';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { notify } from '../../common/notify';
import { useAccountsTexts } from '../accounts-texts';
import { AccountCard } from './account-card';

type Values = { password: string; confirmPassword: string };
type Unusable = 'used' | 'expired' | 'unknown';

/**
 * Undangan: the person a coordinator invited opens the one-time link, sees whose account it is,
 * chooses a password, and lands logged in (`onAccepted`).
 */
export function InvitationPage({
  token,
  onAccepted,
}: {
  readonly token: string | undefined;
  readonly onAccepted: () => void;
}) {
  useAccountsTexts();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const wellFormed = accountTokenSchema.safeParse(token ?? '').success;
  const lookup = useQuery({
    ...trpc.auth.invitation.queryOptions({ token: token ?? '' }),
    enabled: wellFormed,
    staleTime: 0,
  });
  const email = lookup.data?.status === 'valid' ? lookup.data.email : '';
  const form = useForm<Values>({
    initialValues: { password: '', confirmPassword: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      const shape = newPasswordSchema.safeParse(values.password);
      if (!shape.success) errors.password = t('profile.tooShort');
      else if (passwordProblems(values.password, email).includes('same_as_email'))
        errors.password = t('profile.sameAsEmail');
      if (values.confirmPassword !== values.password)
        errors.confirmPassword = t('profile.mismatch');
      return errors;
    },
  });
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: (me) => {
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), me);
        notify({
          color: 'green',
          message: t('accounts.invitation.welcome', { name: me.user.name }),
        });
        onAccepted();
      },
      onError: (error) => {
        if (apiErrorInfo(error).details?.field === 'password')
          form.setFieldError('password', t('profile.sameAsEmail'));
        else void lookup.refetch();
      },
    }),
  );

  const title = t('accounts.invitation.title');
  const unusable: Unusable | null = !wellFormed
    ? 'unknown'
    : lookup.data && lookup.data.status !== 'valid'
      ? lookup.data.status
      : null;
  if (unusable) {
    return (
      <AccountCard title={title} titleId="invitation-title">
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('accounts.invitation.invalidTitle')}
          my="md"
          role="alert"
        >
          {t(`accounts.invitation.${unusable}`)}
        </Alert>
        <AnchorLink to="/masuk">{t('accounts.invitation.toLogin')}</AnchorLink>
      </AccountCard>
    );
  }
  if (lookup.isPending || lookup.data?.status !== 'valid') {
    return (
      <AccountCard title={title} titleId="invitation-title">
        {lookup.isError ? (
          <Alert color="red" variant="light" my="md" role="alert">
            {errorMessage(lookup.error)}
          </Alert>
        ) : (
          <Stack align="center" my="lg" aria-busy="true">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('accounts.invitation.checking')}</Text>
          </Stack>
        )}
      </AccountCard>
    );
  }
  const invitation = lookup.data;
  return (
    <AccountCard title={title} titleId="invitation-title">
      <Text size="sm" c="dimmed" mb="sm">
        {t('accounts.invitation.intro')}
      </Text>
      <Text size="sm" fw={600} mb="md" style={{ overflowWrap: 'anywhere' }}>
        {t('accounts.invitation.for', { name: invitation.name, email: invitation.email })}
      </Text>
      {accept.isError && apiErrorInfo(accept.error).details?.field !== 'password' ? (
        <Alert color="red" variant="light" mb="md" role="alert">
          {errorMessage(accept.error)}
        </Alert>
      ) : null}
      <form
        noValidate
        onSubmit={form.onSubmit(({ password }) => accept.mutate({ token: token ?? '', password }))}
      >
        {/* The login's email, for password managers. */}
        <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
        <Stack gap="sm">
          <PasswordInput
            label={t('accounts.invitation.password')}
            description={t('profile.passwordRules')}
            autoComplete="new-password"
            required
            autoFocus
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('accounts.invitation.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmPassword')}
          />
          <Button type="submit" loading={accept.isPending} mt="xs">
            {t('accounts.invitation.submit')}
          </Button>
        </Stack>
      </form>
    </AccountCard>
  );
}
