import { Stack, Table, Text } from '@mantine/core';
import type { Rubric, Thresholds } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';

/** A rubric read-only: each criterion with its weight and description, and the thresholds. */
export function RubricSummary({
  rubric,
  thresholds,
}: {
  readonly rubric: Rubric;
  readonly thresholds: Thresholds;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={420}>
        <Table aria-label={t('evaluation.rubric.title')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluation.rubric.criterion')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluation.rubric.weight')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rubric.map((c) => (
              <Table.Tr key={c.key}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {localized(c.label)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {localized(c.description)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{c.weight}%</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">
        {t('evaluation.rubric.thresholdsSummary', {
          impactful: thresholds.impactful,
          needsImprovement: thresholds.needsImprovement,
        })}
      </Text>
    </Stack>
  );
}
