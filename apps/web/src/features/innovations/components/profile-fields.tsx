import { Checkbox, Group, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import {
  bentukValues,
  dimensions,
  inisiatorValues,
  jenisValues,
  tahapanValues,
  type DimensionKey,
} from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/i18n';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import type { ProfileValues } from '../section-values';

type Props = {
  readonly bind: (field: keyof ProfileValues) => GetInputPropsReturnType;
  readonly dimension: DimensionKey | '';
  /** A new dimension empties the element (each element belongs to one dimension). */
  readonly onDimensionChange: (dimension: DimensionKey | '') => void;
  /** The profile editor also sets the tahapan and the IID dates; a new innovation does not. */
  readonly withIidDetails?: boolean;
};

/** The identity fields (title, summary, dimension, element, other dimensions). */
export function IdentityFields({ bind, dimension, onDimensionChange }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const chosen = dimensions.find((d) => d.key === dimension);
  const dimensionProps = bind('dimension');
  return (
    <>
      <TextInput
        label={t('innovations.fields.title')}
        required
        maxLength={200}
        {...bind('title')}
      />
      <Textarea
        label={t('innovations.fields.summary')}
        description={t('innovations.form.summaryHint')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...bind('summary')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('innovations.fields.dimension')}
          required
          data={[
            { value: '', label: t('innovations.form.chooseDimension') },
            ...dimensions.map((d) => ({ value: d.key, label: localized(d.label) })),
          ]}
          {...dimensionProps}
          onChange={(event) => onDimensionChange(event.currentTarget.value as DimensionKey | '')}
        />
        <NativeSelect
          label={t('innovations.fields.element')}
          required
          data={[
            {
              value: '',
              label: chosen
                ? t('innovations.form.chooseElement')
                : t('innovations.form.chooseDimensionFirst'),
            },
            ...(chosen?.elements ?? []).map((e) => ({ value: e.key, label: localized(e.label) })),
          ]}
          {...bind('element')}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('innovations.fields.extraDimensions')}
        description={t('innovations.form.extraDimensionsHint')}
        {...bind('extraDimensions')}
      >
        <Group gap="md" mt={6}>
          {dimensions
            .filter((d) => d.key !== dimension)
            .map((d) => (
              <Checkbox key={d.key} value={d.key} label={localized(d.label)} />
            ))}
        </Group>
      </Checkbox.Group>
    </>
  );
}

/** The IID profile fields (jenis, bentuk, inisiator, urusan; the tahapan and dates when editing). */
export function IidFields({ bind, withIidDetails }: Props) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const choose = { value: '', label: t('innovations.form.choose') };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect
        label={t('innovations.fields.jenis')}
        required
        data={[choose, ...jenisValues.map((v) => ({ value: v, label: labels.jenis(v) }))]}
        {...bind('jenis')}
      />
      <NativeSelect
        label={t('innovations.fields.bentuk')}
        required
        data={[choose, ...bentukValues.map((v) => ({ value: v, label: labels.bentuk(v) }))]}
        {...bind('bentuk')}
      />
      <NativeSelect
        label={t('innovations.fields.inisiator')}
        required
        data={[choose, ...inisiatorValues.map((v) => ({ value: v, label: labels.inisiator(v) }))]}
        {...bind('inisiator')}
      />
      <TextInput
        label={t('innovations.fields.urusan')}
        description={t('innovations.form.urusanHint')}
        maxLength={200}
        {...bind('urusan')}
      />
      {withIidDetails ? (
        <>
          <NativeSelect
            label={t('innovations.fields.tahapan')}
            description={t('innovations.form.tahapanHint')}
            data={[
              { value: '', label: t('innovations.form.tahapanFollowStage') },
              ...tahapanValues.map((v) => ({ value: v, label: labels.tahapan(v) })),
            ]}
            {...bind('tahapan')}
          />
          <TextInput type="date" label={t('innovations.fields.trialDate')} {...bind('trialDate')} />
          <TextInput
            type="date"
            label={t('innovations.fields.implementationDate')}
            {...bind('implementationDate')}
          />
        </>
      ) : null}
    </SimpleGrid>
  );
}
