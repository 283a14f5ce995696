import { problemSectionSchema, type Innovation, type ProblemSection } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useSectionEditor } from '../hooks/use-section-editor';
import { problemToValues, valuesToProblem, type Draft } from '../section-values';
import { Facts } from './facts';
import { ProblemFields } from './problem-fields';
import { SectionForm } from './section-form';

/** The problem, read-only. */
export function ProblemView({ data }: { readonly data: Draft<ProblemSection> }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  return (
    <Facts
      items={[
        [t('innovations.fields.problemStatement'), data.statement],
        [t('innovations.fields.affectedGroup'), data.affectedGroup],
        [t('innovations.fields.problemEvidence'), data.evidence],
        [t('innovations.fields.problemSource'), data.source && labels.problemSource(data.source)],
      ]}
    />
  );
}

/** The problem's form. */
export function ProblemEditor({
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
    section: 'problem',
    select: (i) => i.sections.problem,
    toValues: problemToValues,
    toDraft: valuesToProblem,
    schema: problemSectionSchema,
    onDirtyChange,
  });
  return (
    <SectionForm
      editor={editor}
      label={t('innovations.section.formLabel', { section: labels.stage('problem') })}
      renderDraft={(values) => <ProblemView data={valuesToProblem(values)} />}
    >
      <ProblemFields
        bind={(field) => editor.form.getInputProps(field)}
        statement={editor.form.values.statement}
      />
    </SectionForm>
  );
}
