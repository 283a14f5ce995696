import {
  Button,
  Fieldset,
  Group,
  List,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  processSectionSchema,
  type Innovation,
  type ProcessSection,
  type ProcessStep,
} from '@smartcity/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useSectionEditor } from '../hooks/use-section-editor';
import {
  emptyStep,
  processToValues,
  valuesToProcess,
  type Draft,
  type ProcessValues,
} from '../section-values';
import { Facts } from './facts';
import { SectionForm } from './section-form';

function Steps({ steps }: { readonly steps: readonly Draft<ProcessStep>[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return null;
  return (
    <List type="ordered" size="sm" spacing={4}>
      {steps.map((step, index) => (
        <List.Item key={index}>
          {step.tool
            ? t('innovations.process.stepWithTool', {
                actor: step.actor || '–',
                activity: step.activity || '–',
                tool: step.tool,
              })
            : t('innovations.process.step', {
                actor: step.actor || '–',
                activity: step.activity || '–',
              })}
        </List.Item>
      ))}
    </List>
  );
}

/** The business process, read-only. */
export function ProcessView({ data }: { readonly data: Draft<ProcessSection> }) {
  const { t } = useTranslation();
  const asIs = data.asIs ?? [];
  const toBe = data.toBe ?? [];
  return (
    <Facts
      items={[
        [t('innovations.fields.asIs'), asIs.length > 0 ? <Steps steps={asIs} /> : null],
        [t('innovations.fields.toBe'), toBe.length > 0 ? <Steps steps={toBe} /> : null],
        [
          t('innovations.process.needsApplication'),
          data.needsApplication ? t('innovations.yes') : t('innovations.no'),
        ],
        ...(data.needsApplication
          ? [
              [
                t('innovations.fields.applicationJustification'),
                data.applicationJustification,
              ] as const,
            ]
          : []),
        [t('innovations.process.legalBasis'), data.legalBasis],
      ]}
    />
  );
}

function StepRows({
  form,
  list,
}: {
  readonly form: UseFormReturnType<ProcessValues>;
  readonly list: 'asIs' | 'toBe';
}) {
  const { t } = useTranslation();
  const rows = form.values[list];
  const heading = list === 'asIs' ? t('innovations.fields.asIs') : t('innovations.fields.toBe');
  const legend = list === 'asIs' ? 'innovations.process.asIsStep' : 'innovations.process.toBeStep';
  const add = list === 'asIs' ? 'innovations.process.addAsIs' : 'innovations.process.addToBe';
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm" component="h4" m={0}>
        {heading}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('innovations.process.noSteps')}
        </Text>
      ) : null}
      {rows.map((step, index) => (
        <Fieldset key={step.key} legend={t(legend, { number: index + 1 })} p="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('innovations.process.actor')}
              required
              maxLength={200}
              {...form.getInputProps(`${list}.${index}.actor`)}
            />
            <TextInput
              label={t('innovations.process.activity')}
              required
              maxLength={1000}
              {...form.getInputProps(`${list}.${index}.activity`)}
            />
            <TextInput
              label={t('innovations.process.tool')}
              maxLength={200}
              {...form.getInputProps(`${list}.${index}.tool`)}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => form.removeListItem(list, index)}
            >
              {t('innovations.process.removeStep', { step: t(legend, { number: index + 1 }) })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= 50}
          onClick={() => form.insertListItem(list, emptyStep())}
        >
          {t(add)}
        </Button>
      </Group>
    </Stack>
  );
}

/** The business process's form: as-is and to-be steps, and whether an application is needed. */
export function ProcessEditor({
  innovation,
  onDirtyChange,
}: {
  readonly innovation: Innovation;
  readonly onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const editor = useSectionEditor({
    innovation,
    section: 'process',
    select: (i) => i.sections.process,
    toValues: processToValues,
    toDraft: valuesToProcess,
    schema: processSectionSchema,
    onDirtyChange,
  });
  const { form } = editor;
  return (
    <SectionForm
      editor={editor}
      label={t('innovations.section.formLabel', { section: labels.stage('process') })}
      renderDraft={(values) => <ProcessView data={valuesToProcess(values)} />}
    >
      <StepRows form={form} list="asIs" />
      <StepRows form={form} list="toBe" />
      <Switch
        label={t('innovations.process.needsApplication')}
        description={t('innovations.process.needsApplicationHint')}
        {...form.getInputProps('needsApplication', { type: 'checkbox' })}
      />
      {form.values.needsApplication ? (
        <Textarea
          label={t('innovations.fields.applicationJustification')}
          description={t('innovations.process.justificationHint')}
          autosize
          minRows={2}
          maxLength={3000}
          {...form.getInputProps('applicationJustification')}
        />
      ) : null}
      <TextInput
        label={t('innovations.process.legalBasis')}
        description={t('innovations.process.legalBasisHint')}
        maxLength={1000}
        {...form.getInputProps('legalBasis')}
      />
    </SectionForm>
  );
}
