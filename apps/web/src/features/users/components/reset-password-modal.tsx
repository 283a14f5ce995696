import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { passwordProblems, userResetPasswordInputSchema } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notify } from '../../common/notify';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import type { UserWithUnitDto } from '../user-types';

/** Sets a new password for a user (a coordinator's action); all their sessions end. */
export function ResetPasswordModal({
  user,
  onClose,
}: {
  readonly user: UserWithUnitDto;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useApiErrorMessage();
  const validate = domainValidator(userResetPasswordInputSchema, t);
  const form = useForm({
    initialValues: { password: '' },
    validate: (values) => {
      const errors = validate({ id: user.id, password: values.password });
      if (
        !errors.password &&
        passwordProblems(values.password, user.email).includes('same_as_email')
      ) {
        errors.password = t('profile.sameAsEmail');
      }
      return errors;
    },
  });
  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      onSuccess: () => {
        notify({
          color: 'green',
          message: t('users.passwordReset', { name: user.name }),
        });
        onClose();
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.name })}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ password }) => reset.mutate({ id: user.id, password }))}
      >
        <Stack gap="sm">
          <Text size="sm">{t('users.resetBody')}</Text>
          <PasswordInput
            label={t('users.newPassword')}
            description={t('profile.passwordRules')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
