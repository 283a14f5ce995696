import { Button, Card, PasswordInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Me } from '@smartcity/api';
import { changePasswordInputSchema, passwordProblems, roleLabels } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notify } from '../../common/notify';
import { useLocalized } from '../../../i18n/i18n';
import { useLocale } from '../../common/hooks/use-locale';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { PageHeader } from '../../common/components/page-header';

type PasswordForm = { currentPassword: string; newPassword: string; confirmPassword: string };

/** Profil saya: the account's details and a password change. */
export function ProfilePage({ me }: { readonly me: Me }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useLocale();
  const trpc = useTRPC();
  const errorMessage = useApiErrorMessage();
  const validateDomain = domainValidator(changePasswordInputSchema, t);
  const form = useForm<PasswordForm>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => {
      const errors: Record<string, string> = validateDomain({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      if (
        !errors.newPassword &&
        passwordProblems(values.newPassword, me.user.email).includes('same_as_email')
      ) {
        errors.newPassword = t('profile.sameAsEmail');
      }
      if (values.confirmPassword !== values.newPassword)
        errors.confirmPassword = t('profile.mismatch');
      return errors;
    },
  });
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: ({ endedSessions }) => {
        form.reset();
        notify({
          color: 'green',
          message: t('profile.changed', { count: endedSessions }),
        });
      },
      onError: (error) => {
        const info = apiErrorInfo(error);
        const field = info.details?.field;
        if (field === 'currentPassword')
          form.setFieldError('currentPassword', t('profile.wrongCurrent'));
        else if (field === 'newPassword')
          form.setFieldError('newPassword', t('profile.sameAsEmail'));
        else notify({ color: 'red', message: errorMessage(error) });
      },
    }),
  );

  const rows: [string, string][] = [
    [t('profile.name'), me.user.name],
    [t('profile.email'), me.user.email],
    [t('profile.nip'), me.user.nip ?? t('profile.none')],
    [t('profile.role'), localized(roleLabels[me.user.role])],
    [t('profile.unit'), me.unit?.name ?? t('profile.none')],
    [
      t('profile.lastLogin'),
      me.user.lastLoginAt ? format.dateTime(me.user.lastLoginAt) : t('profile.none'),
    ],
  ];

  return (
    <>
      <PageHeader title={t('profile.title')} intro={t('profile.intro')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={150}>{label}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder component="section" aria-labelledby="change-password-title">
          <Title order={3} size="h4" id="change-password-title" mb="xs">
            {t('profile.changePassword')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('profile.passwordRules')}
          </Text>
          <form
            noValidate
            onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
              change.mutate({ currentPassword, newPassword }),
            )}
          >
            <Stack gap="sm">
              <PasswordInput
                label={t('profile.currentPassword')}
                autoComplete="current-password"
                required
                {...form.getInputProps('currentPassword')}
              />
              <PasswordInput
                label={t('profile.newPassword')}
                autoComplete="new-password"
                required
                {...form.getInputProps('newPassword')}
              />
              <PasswordInput
                label={t('profile.confirmPassword')}
                autoComplete="new-password"
                required
                {...form.getInputProps('confirmPassword')}
              />
              <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('profile.save')}
              </Button>
            </Stack>
          </form>
        </Card>
      </SimpleGrid>
    </>
  );
}
