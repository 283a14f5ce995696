import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import {
  dimensionKeys,
  dimensions,
  horizons,
  masterplanFundingSources,
  programmeCreateInputSchema,
  type DimensionKey,
} from '@smartcity/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { notify } from '../../common/notify';
import { NumberField } from '../../innovations/components/number-field';
import { useInvalidateMasterplan } from '../hooks/use-invalidate-masterplan';
import { useInnovationOptions } from '../hooks/use-innovation-options';
import { useMasterplanErrorMessage, useRefusalText } from '../hooks/use-masterplan-error';
import { useMasterplanLabels } from '../hooks/use-masterplan-labels';
import type { UnitOption } from '../hooks/use-unit-names';
import type { MasterplanDto, ProgrammeDto } from '../masterplan-types';
import {
  firstElementOf,
  programmeToValues,
  valuesToProgrammeFields,
  type ProgrammeValues,
} from '../masterplan-values';
import { masterplanRefusals, refusalFieldErrors } from '../refusal-message';
import { unitSelectData } from './programme-list';

/**
 * Creates or edits a programme (coordinator): dimension and element, name, description, horizon,
 * lead and supporting units, years inside the period, budget and its source, the RPJMD/Renstra
 * reference, and the linked innovations and quick wins. Refusals land on their fields.
 */
export function ProgrammeFormModal({
  masterplan,
  programme,
  dimension,
  units,
  onClose,
  onSaved,
}: {
  readonly masterplan: MasterplanDto;
  readonly programme: ProgrammeDto | null;
  readonly dimension: DimensionKey;
  readonly units: readonly UnitOption[];
  readonly onClose: () => void;
  readonly onSaved: (programmeId: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useMasterplanLabels();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const invalidate = useInvalidateMasterplan();
  const errorMessage = useMasterplanErrorMessage();
  const refusalText = useRefusalText();
  const innovations = useInnovationOptions(true);
  const validate = domainValidator(programmeCreateInputSchema, t, {
    'The element is not of the dimension': t('masterplan.form.elementOfDimension'),
    'The years must be in order': t('masterplan.refusals.yearsReversed'),
  });

  const form = useForm<ProgrammeValues>({
    initialValues: programmeToValues(programme, {
      dimension,
      startYear: masterplan.startYear,
    }),
    validate: (values) => validate(valuesToProgrammeFields(values)),
  });

  const onSuccess = async (saved: { id: string; name: string }) => {
    await invalidate();
    notify({
      color: 'green',
      message: t(
        programme ? 'masterplan.programmeForm.updated' : 'masterplan.programmeForm.created',
        {
          name: saved.name,
        },
      ),
    });
    onSaved(saved.id);
  };
  const onError = (error: unknown) => {
    const refusals = masterplanRefusals(apiErrorInfo(error).details);
    if (refusals.length > 0) form.setErrors(refusalFieldErrors(refusals, refusalText, 'name'));
    notify({ color: 'red', message: errorMessage(error) });
  };
  const create = useMutation(
    trpc.masterplan.createProgramme.mutationOptions({ onSuccess, onError }),
  );
  const update = useMutation(
    trpc.masterplan.updateProgramme.mutationOptions({ onSuccess, onError }),
  );

  const submit = form.onSubmit((values) => {
    const fields = valuesToProgrammeFields(values);
    if (programme) update.mutate({ id: programme.id, version: programme.version, ...fields });
    else create.mutate(fields);
  });

  const elements = dimensions.find((d) => d.key === form.values.dimension)?.elements ?? [];
  const unitData = unitSelectData(units);
  const innovationData = (innovations.data ?? []).map((i) => ({
    value: i.id,
    label: `${i.title} — ${i.unitShortName ?? i.unitName}`,
  }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        programme
          ? t('masterplan.programmeForm.editTitle')
          : t('masterplan.programmeForm.createTitle')
      }
      size="xl"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('masterplan.programmeForm.dimension')}
              required
              allowDeselect={false}
              data={dimensionKeys.map((d) => ({ value: d, label: labels.dimension(d) }))}
              {...form.getInputProps('dimension')}
              onChange={(value) => {
                if (!value) return;
                form.setFieldValue('dimension', value as DimensionKey);
                form.setFieldValue('element', firstElementOf(value as DimensionKey));
              }}
            />
            <Select
              label={t('masterplan.programmeForm.element')}
              required
              allowDeselect={false}
              data={elements.map((e) => ({ value: e.key, label: labels.element(e.key) }))}
              {...form.getInputProps('element')}
            />
          </SimpleGrid>
          <TextInput
            label={t('masterplan.programmeForm.name')}
            required
            maxLength={300}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('masterplan.programmeForm.description')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={5000}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('masterplan.programmeForm.horizon')}
              required
              allowDeselect={false}
              data={horizons.map((h) => ({ value: h, label: labels.horizon(h) }))}
              {...form.getInputProps('horizon')}
            />
            <NumberField
              label={t('masterplan.programmeForm.startYear')}
              required
              min={masterplan.startYear}
              max={masterplan.endYear}
              thousandSeparator=""
              allowDecimal={false}
              {...form.getInputProps('startYear')}
            />
            <NumberField
              label={t('masterplan.programmeForm.endYear')}
              required
              min={masterplan.startYear}
              max={masterplan.endYear}
              thousandSeparator=""
              allowDecimal={false}
              {...form.getInputProps('endYear')}
            />
          </SimpleGrid>
          <Select
            label={t('masterplan.programmeForm.leadUnit')}
            required
            searchable
            nothingFoundMessage={t('masterplan.form.noMatch')}
            data={unitData}
            {...form.getInputProps('leadUnitId')}
            onChange={(value: string | null) => form.setFieldValue('leadUnitId', value ?? '')}
          />
          <MultiSelect
            label={t('masterplan.programmeForm.supportingUnits')}
            searchable
            clearable
            nothingFoundMessage={t('masterplan.form.noMatch')}
            data={unitData.filter((u) => u.value !== form.values.leadUnitId)}
            maxValues={30}
            {...form.getInputProps('supportingUnitIds')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberField
              label={t('masterplan.programmeForm.budget')}
              description={t('masterplan.form.budgetHint')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              prefix="Rp "
              {...form.getInputProps('budget')}
            />
            <Select
              label={t('masterplan.programmeForm.fundingSource')}
              required
              allowDeselect={false}
              data={masterplanFundingSources.map((f) => ({
                value: f,
                label: labels.fundingSource(f),
              }))}
              {...form.getInputProps('fundingSource')}
            />
          </SimpleGrid>
          <TextInput
            label={t('masterplan.programmeForm.reference')}
            description={t('masterplan.programmeForm.referenceHint')}
            maxLength={500}
            {...form.getInputProps('reference')}
          />
          <MultiSelect
            label={t('masterplan.programmeForm.innovations')}
            description={t('masterplan.programmeForm.innovationsHint')}
            searchable
            clearable
            nothingFoundMessage={
              innovations.isPending ? t('common.loading') : t('masterplan.form.noMatch')
            }
            data={innovationData}
            maxValues={100}
            disabled={innovations.isError}
            {...form.getInputProps('innovationIds')}
            error={
              innovations.isError
                ? t('masterplan.programmeForm.innovationsError')
                : form.errors.innovationIds
            }
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('masterplan.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {programme ? t('masterplan.form.save') : t('masterplan.programmeForm.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
