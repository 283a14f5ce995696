import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { bimtekStages, masterplanCreateInputSchema, type BimtekStage } from '@smartcity/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { NumberField } from '../../innovations/components/number-field';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useMasterplanErrorMessage } from '../hooks/use-masterplan-error';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import {
  newMasterplanValues,
  valuesToMasterplanCreate,
  type MasterplanCreateValues,
} from '../masterplan-values';

/**
 * The coordinator's first masterplan: title and period (required), and what is known of the
 * vision, mission and Bimtek stage; strategies and programmes are added on the page afterwards.
 */
export function MasterplanCreateModal({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMasterplanLabels();
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
          <TextInput
            label={t('masterplan.editForm.titleField')}
            placeholder={t('masterplan.createForm.titlePlaceholder')}
            required
            maxLength={300}
            data-autofocus
            {...form.getInputProps('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberField
              label={t('masterplan.editForm.startYear')}
              required
              min={2000}
              max={2100}
              thousandSeparator=""
              allowDecimal={false}
              {...form.getInputProps('startYear')}
            />
            <NumberField
              label={t('masterplan.editForm.endYear')}
              required
              min={2000}
              max={2100}
              thousandSeparator=""
              allowDecimal={false}
              {...form.getInputProps('endYear')}
            />
          </SimpleGrid>
          <Textarea
            label={t('masterplan.vision.title')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={5000}
            {...form.getInputProps('vision')}
          />
          <Fieldset legend={t('masterplan.vision.mission')}>
            <Stack gap="xs">
              {form.values.mission.map((_, index) => (
                <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('masterplan.editForm.missionItem', { number: index + 1 })}
                    maxLength={1000}
                    {...form.getInputProps(`mission.${index}`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={26}
                    size="lg"
                    onClick={() => form.removeListItem('mission', index)}
                    aria-label={t('masterplan.editForm.removeMission', { number: index + 1 })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => form.insertListItem('mission', '')}
                  disabled={form.values.mission.length >= 20}
                >
                  {t('masterplan.editForm.addMission')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <Select
            label={t('masterplan.editForm.bimtekStage')}
            data={[
              { value: '', label: t('masterplan.editForm.bimtekNone') },
              ...bimtekStages.map((s) => ({ value: s, label: labels.bimtekStage(s) })),
            ]}
            allowDeselect={false}
            {...form.getInputProps('bimtekStage')}
            onChange={(value) =>
              form.setFieldValue('bimtekStage', (value ?? '') as BimtekStage | '')
            }
          />
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
