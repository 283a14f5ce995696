import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import {
  bimtekChecklist,
  bimtekStages,
  masterplanUpdateInputSchema,
  type BimtekStage,
} from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useMasterplanErrorMessage } from '../hooks/use-masterplan-error';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { MasterplanDto } from '../masterplan-types';
import {
  masterplanToValues,
  valuesToMasterplanFields,
  type MasterplanValues,
} from '../masterplan-values';
import { BimtekStageSelect, MasterplanBasicsFields } from './masterplan-basics-fields';

/**
 * The coordinator's edit of the masterplan itself: title, period, vision, the mission list, the
 * Bimtek stage reached with each round's date and checklist, and the commitment statement.
 */
export function MasterplanEditModal({
  masterplan,
  onClose,
}: {
  readonly masterplan: MasterplanDto;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMasterplanLabels();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const invalidate = useInvalidateMasterplan();
  const errorMessage = useMasterplanErrorMessage();
  const validate = domainValidator(masterplanUpdateInputSchema, t, {
    'The period must end on or after its start': t('masterplan.refusals.yearsReversed'),
  });
  const form = useForm<MasterplanValues>({
    initialValues: masterplanToValues(masterplan),
    validate: (values) =>
      validate({ version: masterplan.version, ...valuesToMasterplanFields(values) }),
  });
  const save = useMutation(
    trpc.masterplan.update.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        notify({ color: 'green', message: t('masterplan.editForm.saved') });
        onClose();
      },
      onError: (error) => notify({ color: 'red', message: errorMessage(error) }),
    }),
  );
  const submit = form.onSubmit((values) =>
    save.mutate({ version: masterplan.version, ...valuesToMasterplanFields(values) }),
  );

  /** The checked items of one stage, and a change of them keeping the other stages' items. */
  const stageKeys = (stage: BimtekStage) => bimtekChecklist[stage].map((item) => item.key);
  const checkedOf = (stage: BimtekStage) =>
    form.values.bimtekChecklist.filter((key) => stageKeys(stage).includes(key));
  const setChecked = (stage: BimtekStage, next: string[]) =>
    form.setFieldValue('bimtekChecklist', [
      ...form.values.bimtekChecklist.filter((key) => !stageKeys(stage).includes(key)),
      ...next,
    ]);

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('masterplan.editForm.title')}
      size="xl"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <MasterplanBasicsFields form={form} options={{ noMissionHint: true, visionMaxRows: 8 }} />
          <Fieldset legend={t('masterplan.bimtek.title')}>
            <Stack gap="sm">
              <BimtekStageSelect form={form} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {bimtekStages.map((stage) => (
                  <Stack key={stage} gap={6}>
                    <TextInput
                      type="date"
                      label={t('masterplan.editForm.bimtekDate', { stage })}
                      {...form.getInputProps(`bimtekDates.${stage}`)}
                    />
                    <Checkbox.Group
                      label={t('masterplan.bimtek.checklistOf', { stage })}
                      value={checkedOf(stage)}
                      onChange={(next) => setChecked(stage, next)}
                    >
                      <Stack gap={4} mt={4}>
                        {bimtekChecklist[stage].map((item) => (
                          <Checkbox
                            key={item.key}
                            value={item.key}
                            label={labels.checklistItem(item.key)}
                          />
                        ))}
                      </Stack>
                    </Checkbox.Group>
                  </Stack>
                ))}
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Textarea
            label={t('masterplan.editForm.statement')}
            description={t('masterplan.editForm.statementHint')}
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            {...form.getInputProps('commitmentStatement')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('masterplan.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('masterplan.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
