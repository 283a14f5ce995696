import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  fundingSources,
  maxQuickWinMonths,
  quickWinSectionSchema,
  quickWinStatuses,
  type Innovation,
  type QuickWinSection,
} from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useSectionEditor } from '../hooks/use-section-editor';
import { quickWinToValues, valuesToQuickWin, type Draft } from '../section-values';
import { Facts } from './facts';
import { NumberField } from './number-field';
import { SectionForm } from './section-form';

/** The quick win, read-only. */
export function QuickWinView({ data }: { readonly data: Draft<QuickWinSection> }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const format = useLocale();
  return (
    <Facts
      items={[
        [t('innovations.fields.deliverable'), data.deliverable],
        [t('innovations.fields.responsiblePerson'), data.responsiblePerson],
        [t('innovations.fields.startDate'), data.startDate && format.calendarDate(data.startDate)],
        [
          t('innovations.fields.targetDate'),
          data.targetDate && format.calendarDate(data.targetDate),
        ],
        [
          t('innovations.fields.budget'),
          data.budget === undefined ? null : format.money(data.budget),
        ],
        [
          t('innovations.fields.fundingSource'),
          data.fundingSource && labels.fundingSource(data.fundingSource),
        ],
        [t('innovations.fields.quickWinStatus'), data.status && labels.quickWinStatus(data.status)],
      ]}
    />
  );
}

/** The quick win's form. */
export function QuickWinEditor({
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
    section: 'quick_win',
    select: (i) => i.sections.quick_win,
    toValues: quickWinToValues,
    toDraft: valuesToQuickWin,
    schema: quickWinSectionSchema,
    onDirtyChange,
  });
  const { form } = editor;
  const choose = { value: '', label: t('innovations.form.choose') };
  return (
    <SectionForm
      editor={editor}
      label={t('innovations.section.formLabel', { section: labels.stage('quick_win') })}
      renderDraft={(values) => <QuickWinView data={valuesToQuickWin(values)} />}
    >
      <Textarea
        label={t('innovations.fields.deliverable')}
        description={t('innovations.quickWin.deliverableHint')}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('deliverable')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('innovations.fields.responsiblePerson')}
          maxLength={200}
          {...form.getInputProps('responsiblePerson')}
        />
        <NativeSelect
          label={t('innovations.fields.quickWinStatus')}
          data={[
            choose,
            ...quickWinStatuses.map((s) => ({ value: s, label: labels.quickWinStatus(s) })),
          ]}
          {...form.getInputProps('status')}
        />
        <TextInput
          type="date"
          label={t('innovations.fields.startDate')}
          {...form.getInputProps('startDate')}
        />
        <TextInput
          type="date"
          label={t('innovations.fields.targetDate')}
          description={t('innovations.quickWin.targetHint', { count: maxQuickWinMonths })}
          {...form.getInputProps('targetDate')}
        />
        <NumberField
          label={t('innovations.fields.budget')}
          description={t('innovations.quickWin.budgetHint')}
          prefix="Rp "
          min={0}
          allowNegative={false}
          allowDecimal={false}
          {...form.getInputProps('budget')}
        />
        <NativeSelect
          label={t('innovations.fields.fundingSource')}
          data={[
            choose,
            ...fundingSources.map((s) => ({ value: s, label: labels.fundingSource(s) })),
          ]}
          {...form.getInputProps('fundingSource')}
        />
      </SimpleGrid>
    </SectionForm>
  );
}
