import { NativeSelect, Textarea } from '@mantine/core';
import {
  evaluationSectionSchema,
  outcomes,
  type EvaluationSection,
  type Innovation,
} from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useSectionEditor } from '../hooks/use-section-editor';
import { evaluationToValues, valuesToEvaluation, type Draft } from '../section-values';
import { Facts } from './facts';
import { SectionForm } from './section-form';

/** The evaluation, read-only. */
export function EvaluationView({ data }: { readonly data: Draft<EvaluationSection> }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  return (
    <Facts
      items={[
        [t('innovations.fields.outcome'), data.outcome && labels.outcome(data.outcome)],
        [t('innovations.evaluation.notes'), data.notes],
        [t('innovations.evaluation.lessons'), data.lessonsLearned],
      ]}
    />
  );
}

/** The evaluation's form (coordinators record the outcome). */
export function EvaluationEditor({
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
    section: 'evaluation',
    select: (i) => i.sections.evaluation,
    toValues: evaluationToValues,
    toDraft: valuesToEvaluation,
    schema: evaluationSectionSchema,
    onDirtyChange,
  });
  const { form } = editor;
  return (
    <SectionForm
      editor={editor}
      label={t('innovations.section.formLabel', { section: labels.stage('evaluation') })}
      renderDraft={(values) => <EvaluationView data={valuesToEvaluation(values)} />}
    >
      <NativeSelect
        label={t('innovations.fields.outcome')}
        description={t('innovations.evaluation.outcomeHint')}
        data={[
          { value: '', label: t('innovations.form.choose') },
          ...outcomes.map((o) => ({ value: o, label: labels.outcome(o) })),
        ]}
        {...form.getInputProps('outcome')}
      />
      <Textarea
        label={t('innovations.evaluation.notes')}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('notes')}
      />
      <Textarea
        label={t('innovations.evaluation.lessons')}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('lessonsLearned')}
      />
    </SectionForm>
  );
}
