import { DataList, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A fact of a read-only view: its label, and its value (null or '' = not filled). */
export type Fact = readonly [label: string, value: ReactNode];

/** Labelled values of a read-only section, with "not filled yet" where a value is missing. */
export function Facts({
  items,
  stacked = false,
}: {
  readonly items: readonly Fact[];
  /** Labels above values (narrow places such as a side column). */
  readonly stacked?: boolean;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  return (
    <DataList
      labelWidth="11rem"
      gap="xs"
      orientation={stacked || narrow ? 'vertical' : 'horizontal'}
    >
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {value === null || value === undefined || value === '' ? (
              <Text span size="sm" c="dimmed" fs="italic">
                {t('innovations.section.notFilled')}
              </Text>
            ) : (
              value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
