import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { regionKindLabels, regionKinds } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import type { RegionFormValues } from '../region-form';

type Props = {
  /** Mantine's `getInputProps` for a field of the region (the form may nest it). */
  readonly inputProps: (field: keyof RegionFormValues) => GetInputPropsReturnType;
  /** Focus the first field when shown (the wizard's first step). */
  readonly autoFocus?: boolean;
};

/** The region's fields: name, kind, province, Kemendagri code, branding line. */
export function RegionFields({ inputProps, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <Stack gap="sm">
      <TextInput
        label={t('region.fields.name')}
        description={t('region.fields.nameHint')}
        required
        maxLength={120}
        autoFocus={autoFocus}
        {...inputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NativeSelect
          label={t('region.fields.kind')}
          required
          data={regionKinds.map((kind) => ({
            value: kind,
            label: localized(regionKindLabels[kind]),
          }))}
          {...inputProps('kind')}
        />
        <TextInput
          label={t('region.fields.code')}
          description={t('region.fields.codeHint')}
          required
          inputMode="decimal"
          maxLength={5}
          placeholder="32.11"
          {...inputProps('code')}
        />
      </SimpleGrid>
      <TextInput
        label={t('region.fields.province')}
        description={t('region.fields.provinceHint')}
        required
        maxLength={80}
        {...inputProps('province')}
      />
      <TextInput
        label={t('region.fields.branding')}
        description={t('region.fields.brandingHint')}
        maxLength={120}
        {...inputProps('branding')}
      />
    </Stack>
  );
}
