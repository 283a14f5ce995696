import {
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { totalWeight } from '@smartcity/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../common/hooks/use-locale';
import { NumberField } from '../../innovations/components/number-field';
import { emptyCriterion, weightSum, type RoundValues } from '../rubric-values';

/** The most criteria a rubric may have (the domain's limit). */
const maxCriteria = 12;

/**
 * The rubric's criteria as editable rows (label and description in both languages, weight), the
 * live sum of the weights that must reach 100, and the verdict thresholds.
 */
export function RubricEditor({ form }: { readonly form: UseFormReturnType<RoundValues> }) {
  const { t } = useTranslation();
  const format = useLocale();
  const criteria = form.values.criteria;
  const sum = weightSum(criteria);
  const sumError = form.errors.criteria;

  return (
    <Stack gap="sm">
      <Text fw={600} component="h3" size="md" m={0}>
        {t('evaluation.rubric.title')}
      </Text>
      {criteria.map((c, index) => (
        <Fieldset
          key={c.rowKey}
          legend={t('evaluation.rubric.criterionLegend', { number: index + 1 })}
          p="sm"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('evaluation.rubric.labelId')}
              required
              maxLength={500}
              {...form.getInputProps(`criteria.${index}.labelId`)}
            />
            <TextInput
              label={t('evaluation.rubric.labelEn')}
              required
              maxLength={500}
              {...form.getInputProps(`criteria.${index}.labelEn`)}
            />
            <Textarea
              label={t('evaluation.rubric.descriptionId')}
              required
              autosize
              minRows={2}
              maxLength={500}
              {...form.getInputProps(`criteria.${index}.descriptionId`)}
            />
            <Textarea
              label={t('evaluation.rubric.descriptionEn')}
              required
              autosize
              minRows={2}
              maxLength={500}
              {...form.getInputProps(`criteria.${index}.descriptionEn`)}
            />
          </SimpleGrid>
          <Group justify="space-between" align="flex-end" mt="xs">
            <NumberField
              label={t('evaluation.rubric.weight')}
              required
              min={1}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              suffix="%"
              w={140}
              {...form.getInputProps(`criteria.${index}.weight`)}
            />
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} aria-hidden />}
              disabled={criteria.length <= 1}
              onClick={() => form.removeListItem('criteria', index)}
            >
              {t('evaluation.rubric.remove', { number: index + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group justify="space-between" align="center">
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={criteria.length >= maxCriteria}
          onClick={() => form.insertListItem('criteria', emptyCriterion())}
        >
          {t('evaluation.rubric.add')}
        </Button>
        <Text
          role="status"
          aria-live="polite"
          fw={600}
          c={sum === totalWeight ? undefined : 'red.9'}
        >
          {t('evaluation.rubric.sum', {
            sum: format.percent(sum),
            total: format.percent(totalWeight),
          })}
        </Text>
      </Group>
      {sum !== totalWeight || sumError ? (
        <Text size="sm" c="red.9">
          {t('evaluation.rubric.sumError', {
            sum: format.percent(sum),
            total: format.percent(totalWeight),
          })}
        </Text>
      ) : null}
      <Text fw={600} component="h3" size="md" m={0} mt="sm">
        {t('evaluation.rubric.thresholds')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberField
          label={t('evaluation.rubric.impactfulFrom')}
          required
          min={0}
          max={100}
          {...form.getInputProps('impactful')}
        />
        <NumberField
          label={t('evaluation.rubric.needsImprovementFrom')}
          description={t('evaluation.rubric.belowNotImpactful')}
          required
          min={0}
          max={100}
          {...form.getInputProps('needsImprovement')}
        />
      </SimpleGrid>
    </Stack>
  );
}
