import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { bimtekStages, type BimtekStage } from '@smartcity/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../innovations/components/number-field';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { MasterplanCreateValues } from '../masterplan-values';

/** A form holding at least a new masterplan's fields (the create and the edit modal's). */
type BasicsForm = UseFormReturnType<MasterplanCreateValues>;

/**
 * The fields a masterplan's create and edit modals share: title, period, vision and the mission
 * list. `titlePlaceholder` is the create modal's hint; `noMissionHint` says so when the list is
 * empty (the edit modal); `visionMaxRows` lets the edit modal's vision grow further.
 */
export function MasterplanBasicsFields({
  form,
  options = {},
}: {
  readonly form: BasicsForm;
  readonly options?: {
    readonly titlePlaceholder?: string;
    readonly noMissionHint?: boolean;
    readonly visionMaxRows?: number;
  };
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('masterplan.editForm.titleField')}
        placeholder={options.titlePlaceholder}
        required
        maxLength={300}
        data-autofocus
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {(['startYear', 'endYear'] as const).map((field) => (
          <NumberField
            key={field}
            label={t(`masterplan.editForm.${field}`)}
            required
            min={2000}
            max={2100}
            thousandSeparator=""
            allowDecimal={false}
            {...form.getInputProps(field)}
          />
        ))}
      </SimpleGrid>
      <Textarea
        label={t('masterplan.vision.title')}
        autosize
        minRows={2}
        maxRows={options.visionMaxRows ?? 6}
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
          {options.noMissionHint && form.values.mission.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('masterplan.vision.noMission')}
            </Text>
          ) : null}
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
    </>
  );
}

/** The Bimtek stage reached (or none), as both modals ask it. */
export function BimtekStageSelect({ form }: { readonly form: BasicsForm }) {
  const { t } = useTranslation();
  const labels = useMasterplanLabels();
  return (
    <Select
      label={t('masterplan.editForm.bimtekStage')}
      data={[
        { value: '', label: t('masterplan.editForm.bimtekNone') },
        ...bimtekStages.map((s) => ({ value: s, label: labels.bimtekStage(s) })),
      ]}
      allowDeselect={false}
      {...form.getInputProps('bimtekStage')}
      onChange={(value) => form.setFieldValue('bimtekStage', (value ?? '') as BimtekStage | '')}
    />
  );
}
