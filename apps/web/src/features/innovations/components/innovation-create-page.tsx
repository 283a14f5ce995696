import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Me } from '@smartcity/api';
import { innovationCreateInputSchema, type DimensionKey } from '@smartcity/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { PageHeader } from '../../common/components/page-header';
import { ButtonLink } from '../../common/components/router-links';
import { useInnovationErrorMessage } from '../hooks/use-innovation-error';
import { useInvalidateInnovation } from '../hooks/use-invalidate-innovation';
import {
  problemToValues,
  valuesToProblem,
  type ProblemValues,
  type ProfileValues,
} from '../section-values';
import { ProblemFields } from './problem-fields';
import { IdentityFields, IidFields } from './profile-fields';
import { notify } from '../../common/notify';

type Values = Omit<ProfileValues, 'tahapan' | 'trialDate' | 'implementationDate'> & {
  unitId: string | null;
  problem: ProblemValues;
};

/** The form's values as `innovation.create` takes them (a draft until the schema accepts it). */
function toInput(values: Values) {
  const choice = <T extends string>(value: T | '') => (value === '' ? undefined : value);
  return {
    unitId: values.unitId ?? undefined,
    title: values.title,
    summary: values.summary,
    dimension: choice(values.dimension),
    element: choice(values.element),
    extraDimensions: values.extraDimensions.filter((d) => d !== values.dimension),
    jenis: choice(values.jenis),
    bentuk: choice(values.bentuk),
    inisiator: choice(values.inisiator),
    urusan: values.urusan.trim() === '' ? null : values.urusan,
    trialDate: null,
    implementationDate: null,
    problem: valuesToProblem(values.problem),
  };
}

/**
 * "Inovasi baru", problem first: what problem, for whom, with what evidence; then the innovation's
 * identity and IID profile. Unit roles create for their own unit; coordinators choose one.
 */
export function InnovationCreatePage({
  me,
  onCreated,
}: {
  readonly me: Me;
  readonly onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateInnovation();
  const { message } = useInnovationErrorMessage();
  // Who may create for any unit chooses the unit; a unit role creates for their own.
  const coordinator = me.capabilities.actForAnyUnit;
  const units = useQuery({ ...trpc.unit.list.queryOptions(), enabled: coordinator });
  const validate = domainValidator<unknown>(innovationCreateInputSchema, t, {
    'The element is not one of the dimension': t('innovations.form.elementMismatch'),
  });
  const form = useForm<Values>({
    initialValues: {
      unitId: coordinator ? null : me.user.unitId,
      title: '',
      summary: '',
      dimension: '',
      element: '',
      extraDimensions: [],
      jenis: '',
      bentuk: '',
      inisiator: 'unit',
      urusan: '',
      problem: problemToValues({}),
    },
    validate: (values) => validate(toInput(values)),
  });
  const create = useMutation(
    trpc.innovation.create.mutationOptions({
      onSuccess: async (innovation) => {
        notify({
          color: 'green',
          message: t('innovations.create.created', { title: innovation.title }),
        });
        await invalidate(innovation.id);
        onCreated(innovation.id);
      },
      onError: (error) => notify({ color: 'red', message: message(error) }),
    }),
  );

  const fieldProps = {
    bind: (field: keyof ProfileValues) => form.getInputProps(field),
    dimension: form.values.dimension,
    onDimensionChange: (dimension: DimensionKey | '') => {
      form.setFieldValue('dimension', dimension);
      form.setFieldValue('element', '');
      form.setFieldValue(
        'extraDimensions',
        form.values.extraDimensions.filter((d) => d !== dimension),
      );
    },
  };

  return (
    <>
      <PageHeader title={t('innovations.create.title')} intro={t('innovations.create.intro')} />
      <form
        noValidate
        aria-label={t('innovations.create.title')}
        onSubmit={form.onSubmit((values) => {
          const parsed = innovationCreateInputSchema.safeParse(toInput(values));
          if (parsed.success) create.mutate(parsed.data);
        })}
      >
        <Stack gap="lg" maw={820}>
          {coordinator ? (
            <Select
              label={t('innovations.fields.unit')}
              placeholder={t('innovations.create.unitPlaceholder')}
              required
              searchable
              nothingFoundMessage={t('innovations.list.noUnitFound')}
              data={(units.data?.items ?? [])
                .filter((u) => u.active)
                .map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps('unitId')}
            />
          ) : (
            <TextInput
              label={t('innovations.fields.unit')}
              description={t('innovations.create.unitFixed')}
              value={me.unit?.name ?? ''}
              readOnly
            />
          )}
          <Fieldset legend={t('innovations.create.problemLegend')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('innovations.create.problemIntro')}
              </Text>
              <ProblemFields
                bind={(field) => form.getInputProps(`problem.${field}`)}
                statement={form.values.problem.statement}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('innovations.create.identityLegend')}>
            <Stack gap="sm">
              <IdentityFields {...fieldProps} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('innovations.profile.iid')}>
            <IidFields {...fieldProps} />
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('innovations.create.submit')}
            </Button>
            <ButtonLink to="/inovasi" variant="default">
              {t('innovations.section.cancel')}
            </ButtonLink>
          </Group>
        </Stack>
      </form>
    </>
  );
}
