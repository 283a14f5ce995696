import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { commitmentWithdrawInputSchema } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useMasterplanErrorMessage } from '../hooks/use-masterplan-error';

/** The coordinator withdraws a unit's signature, with a reason (kept in the history). */
export function WithdrawModal({
  unitId,
  unitName,
  onClose,
}: {
  readonly unitId: string;
  readonly unitName: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateMasterplan();
  const errorMessage = useMasterplanErrorMessage();
  const validate = domainValidator(commitmentWithdrawInputSchema, t);
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) => validate({ unitId, reason: values.reason }),
  });
  const withdraw = useMutation(
    trpc.masterplan.withdrawCommitment.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        notify({ color: 'green', message: t('masterplan.withdraw.done', { unit: unitName }) });
        onClose();
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('masterplan.withdraw.title', { unit: unitName })}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => withdraw.mutate({ unitId, reason: values.reason }))}
      >
        <Stack gap="sm">
          <Text size="sm">{t('masterplan.withdraw.intro')}</Text>
          <Textarea
            label={t('masterplan.withdraw.reason')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('masterplan.form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={withdraw.isPending}>
              {t('masterplan.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
