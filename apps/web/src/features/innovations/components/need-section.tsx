import {
  Button,
  Fieldset,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { needSectionSchema, type Innovation, type NeedSection } from '@smartcity/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useSectionEditor } from '../hooks/use-section-editor';
import { emptyKpi, needToValues, valuesToNeed, type Draft } from '../section-values';
import { Facts } from './facts';
import { NumberField } from './number-field';
import { SectionForm } from './section-form';

/** The need, read-only. */
export function NeedView({ data }: { readonly data: Draft<NeedSection> }) {
  const { t } = useTranslation();
  const format = useLocale();
  const indicators = data.indicators ?? [];
  const count = data.beneficiaries?.estimatedCount;
  const show = (value: number | undefined) => (value === undefined ? '–' : format.number(value));
  return (
    <Facts
      items={[
        [t('innovations.fields.needStatement'), data.statement],
        [t('innovations.fields.beneficiariesWho'), data.beneficiaries?.who],
        [
          t('innovations.fields.beneficiariesCount'),
          count === undefined ? null : format.number(count),
        ],
        [
          t('innovations.fields.indicators'),
          indicators.length === 0 ? null : (
            <List size="sm" spacing={4}>
              {indicators.map((kpi, index) => (
                <List.Item key={index}>
                  {t('innovations.need.kpiSummary', {
                    name: kpi.name || '–',
                    unit: kpi.unit || '–',
                    baseline: show(kpi.baseline),
                    target: show(kpi.target),
                    date: kpi.targetDate ? format.calendarDate(kpi.targetDate) : '–',
                  })}
                </List.Item>
              ))}
            </List>
          ),
        ],
      ]}
    />
  );
}

/** The need's form, with rows of success indicators (KPIs) to add and remove. */
export function NeedEditor({
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
    section: 'need',
    select: (i) => i.sections.need,
    toValues: needToValues,
    toDraft: valuesToNeed,
    schema: needSectionSchema,
    onDirtyChange,
  });
  const { form } = editor;
  return (
    <SectionForm
      editor={editor}
      label={t('innovations.section.formLabel', { section: labels.stage('need') })}
      renderDraft={(values) => <NeedView data={valuesToNeed(values)} />}
    >
      <Textarea
        label={t('innovations.fields.needStatement')}
        autosize
        minRows={3}
        maxLength={5000}
        {...form.getInputProps('statement')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('innovations.fields.beneficiariesWho')}
          description={t('innovations.need.beneficiariesHint')}
          maxLength={500}
          {...form.getInputProps('beneficiaries.who')}
        />
        <NumberField
          label={t('innovations.fields.beneficiariesCount')}
          description={t('innovations.need.countHint')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('beneficiaries.estimatedCount')}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Text fw={600} size="sm" component="h4" m={0}>
          {t('innovations.fields.indicators')}
        </Text>
        {form.values.indicators.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('innovations.need.noIndicators')}
          </Text>
        ) : null}
        {form.values.indicators.map((kpi, index) => (
          <Fieldset
            key={kpi.key}
            legend={t('innovations.need.indicatorLegend', { number: index + 1 })}
            p="sm"
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('innovations.need.kpiName')}
                maxLength={200}
                required
                {...form.getInputProps(`indicators.${index}.name`)}
              />
              <TextInput
                label={t('innovations.need.kpiUnit')}
                description={t('innovations.need.kpiUnitHint')}
                maxLength={50}
                required
                {...form.getInputProps(`indicators.${index}.unit`)}
              />
              <NumberField
                label={t('innovations.need.kpiBaseline')}
                required
                {...form.getInputProps(`indicators.${index}.baseline`)}
              />
              <NumberField
                label={t('innovations.need.kpiTarget')}
                required
                {...form.getInputProps(`indicators.${index}.target`)}
              />
              <TextInput
                type="date"
                label={t('innovations.need.kpiTargetDate')}
                required
                {...form.getInputProps(`indicators.${index}.targetDate`)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => form.removeListItem('indicators', index)}
              >
                {t('innovations.need.removeIndicator', { number: index + 1 })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={form.values.indicators.length >= 20}
            onClick={() => form.insertListItem('indicators', emptyKpi())}
          >
            {t('innovations.need.addIndicator')}
          </Button>
        </Group>
      </Stack>
    </SectionForm>
  );
}
