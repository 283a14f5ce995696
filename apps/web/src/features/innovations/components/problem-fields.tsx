import { NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { minProblemStatementLength, problemSources } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import type { ProblemValues } from '../section-values';

type Props = {
  /** The input props of a problem field (the create form prefixes them with `problem.`). */
  readonly bind: (field: keyof ProblemValues) => GetInputPropsReturnType;
  readonly statement: string;
};

/** The problem's fields: statement (with a live count toward the gate's minimum), group, evidence, source. */
export function ProblemFields({ bind, statement }: Props) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const length = statement.trim().length;
  const enough = length >= minProblemStatementLength;
  return (
    <>
      <Textarea
        label={t('innovations.fields.problemStatement')}
        autosize
        minRows={3}
        maxLength={5000}
        {...bind('statement')}
        // The count sits under the box, where the eye is while typing.
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={
          <Text span size="xs" c={enough ? undefined : 'dimmed'} fw={enough ? 600 : undefined}>
            {enough
              ? t('innovations.problem.countEnough', { count: length })
              : t('innovations.problem.countShort', {
                  count: length,
                  min: minProblemStatementLength,
                })}
          </Text>
        }
      />
      <TextInput
        label={t('innovations.fields.affectedGroup')}
        description={t('innovations.problem.affectedGroupHint')}
        maxLength={500}
        {...bind('affectedGroup')}
      />
      <Textarea
        label={t('innovations.fields.problemEvidence')}
        description={t('innovations.problem.evidenceHint')}
        autosize
        minRows={2}
        maxLength={5000}
        {...bind('evidence')}
      />
      <NativeSelect
        label={t('innovations.fields.problemSource')}
        data={[
          { value: '', label: t('innovations.form.choose') },
          ...problemSources.map((s) => ({ value: s, label: labels.problemSource(s) })),
        ]}
        {...bind('source')}
      />
    </>
  );
}
