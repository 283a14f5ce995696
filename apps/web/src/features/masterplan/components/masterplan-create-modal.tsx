import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { masterplanCreateInputSchema } from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useMasterplanErrorMessage } from '../hooks/use-masterplan-error';
import {
  newMasterplanValues,
  valuesToMasterplanCreate,
  type MasterplanCreateValues,
} from '../masterplan-values';
import { BimtekStageSelect, MasterplanBasicsFields } from './masterplan-basics-fields';

/**
 * The coordinator's first masterplan: title and period (required), and what is known of the
 * vision, mission and Bimtek stage; strategies and programmes are added on the page afterwards.
 */
export function MasterplanCreateModal({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const invalidate = useInvalidateMasterplan();
  const errorMessage = useMasterplanErrorMessage();
  const validate = domainValidator(masterplanCreateInputSchema, t, {
    'The period must end on or after its start': t('masterplan.refusals.yearsReversed'),
  });
  const form = useForm<MasterplanCreateValues>({
    initialValues: newMasterplanValues(new Date().getFullYear()),
    validate: (values) => validate(valuesToMasterplanCreate(values)),
  });
  const create = useMutation(
    trpc.masterplan.create.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        notify({ color: 'green', message: t('masterplan.createForm.saved') });
        onClose();
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
    }),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('masterplan.createForm.title')}
      size="lg"
      fullScreen={phone}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => create.mutate(valuesToMasterplanCreate(values)))}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('masterplan.createForm.intro')}
          </Text>
          <MasterplanBasicsFields
            form={form}
            options={{ titlePlaceholder: t('masterplan.createForm.titlePlaceholder') }}
          />
          <BimtekStageSelect form={form} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('masterplan.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('masterplan.createForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
