import { CloseButton, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { unitTypes, type UnitType } from '@smartcity/domain';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitTypeLabel } from '../hooks/use-unit-type-label';
import type { UnitsSearch } from '../units-search';

type Props = {
  readonly value: UnitsSearch;
  readonly onChange: (next: UnitsSearch) => void;
};

/** Search box (debounced) and type filter of the units page. */
export function UnitFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const typeLabel = useUnitTypeLabel();
  const [text, setText] = useState(value.q ?? '');
  // When the URL's search changes from outside (back button, "clear filters"), show it in the box.
  const [shownQ, setShownQ] = useState(value.q);
  if (value.q !== shownQ) {
    setShownQ(value.q);
    if ((value.q ?? '') !== text.trim()) setText(value.q ?? '');
  }
  const commitSearch = useDebouncedCallback(
    (q: string) => onChange({ ...value, q: q.trim() || undefined }),
    250,
  );

  return (
    <Group align="flex-end" gap="sm" mb="md" grow preventGrowOverflow={false}>
      <TextInput
        label={t('units.searchLabel')}
        placeholder={t('units.searchPlaceholder')}
        type="search"
        value={text}
        maxLength={100}
        miw={220}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          text ? (
            <CloseButton
              aria-label={t('units.clearSearch')}
              onClick={() => {
                setText('');
                onChange({ ...value, q: undefined });
              }}
            />
          ) : null
        }
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('units.typeLabel')}
        value={value.type ?? ''}
        maw={260}
        miw={160}
        data={[
          { value: '', label: t('units.allTypes') },
          ...unitTypes.map((type) => ({ value: type, label: typeLabel(type) })),
        ]}
        onChange={(event) =>
          onChange({
            ...value,
            type: (event.currentTarget.value || undefined) as UnitType | undefined,
          })
        }
      />
    </Group>
  );
}
