import {
  Button,
  Card,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  progressAddInputSchema,
  quickWinStatuses,
  type ProgressAddInput,
  type QuickWinStatus,
} from '@smartcity/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { notify } from '../../common/notify';
import { ExportMenu } from '../../exports/components/export-menu';
import { useLocale } from '../../common/hooks/use-locale';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useInvalidateInnovation } from '../hooks/use-invalidate-innovation';
import type { InnovationDetailDto } from '../innovation-types';
import { NumberField } from './number-field';

type Values = {
  reportDate: string;
  progressPercent: number | string;
  status: QuickWinStatus;
  narrative: string;
  kpiActuals: Record<string, number | string>;
  decreaseReason: string;
};

function toInput(innovationId: string, values: Values): ProgressAddInput {
  return {
    innovationId,
    reportDate: values.reportDate,
    progressPercent: Number(values.progressPercent),
    status: values.status,
    narrative: values.narrative,
    kpiActuals: Object.entries(values.kpiActuals)
      .filter(([, actual]) => actual !== '' && Number.isFinite(Number(actual)))
      .map(([name, actual]) => ({ name, actual: Number(actual) })),
    decreaseReason: values.decreaseReason.trim() === '' ? null : values.decreaseReason,
  };
}

/**
 * Laporan kemajuan: the quick win's progress reports, newest first, and (for whoever may edit the
 * quick win) a form to add one. Submitting to evaluation needs at least one.
 */
export function ProgressReports({ detail }: { readonly detail: InnovationDetailDto }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const labels = useInnovationLabels();
  const format = useLocale();
  const errorMessage = useApiErrorMessage();
  const invalidate = useInvalidateInnovation();
  const { innovation } = detail;
  const reports = useQuery(trpc.progress.list.queryOptions({ innovationId: innovation.id }));
  const canAdd = innovation.stage === 'quick_win' && detail.can.edit.includes('quick_win');
  const indicators = innovation.sections.need.indicators;
  const previous = reports.data?.[0];
  const validate = domainValidator(progressAddInputSchema, t);

  const form = useForm<Values>({
    initialValues: {
      reportDate: new Date().toISOString().slice(0, 10),
      progressPercent: previous?.progressPercent ?? 0,
      status: innovation.sections.quick_win.status ?? 'in_progress',
      narrative: '',
      kpiActuals: {},
      decreaseReason: '',
    },
    validate: (values) => {
      const errors = validate(toInput(innovation.id, values));
      if (
        previous &&
        Number(values.progressPercent) < previous.progressPercent &&
        values.decreaseReason.trim().length < 10
      ) {
        errors.decreaseReason = t('innovations.progress.decreaseNeeded', {
          percent: format.percent(previous.progressPercent),
        });
      }
      return errors;
    },
  });
  const add = useMutation(
    trpc.progress.add.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await Promise.all([
          queryClient.invalidateQueries({
            queryKey: trpc.progress.list.queryKey({ innovationId: innovation.id }),
          }),
          invalidate(innovation.id),
        ]);
        notify({ color: 'green', message: t('innovations.progress.added') });
      },
      onError: (error) => {
        const field = apiErrorInfo(error).details?.field;
        if (field === 'decreaseReason')
          form.setFieldError(
            'decreaseReason',
            t('innovations.progress.decreaseNeeded', {
              percent: format.percent(previous?.progressPercent ?? 0),
            }),
          );
        else if (field === 'reportDate')
          form.setFieldError('reportDate', t('innovations.progress.futureDate'));
        else notify({ color: 'red', message: errorMessage(error) });
      },
    }),
  );
  const below =
    previous !== undefined && Number(form.values.progressPercent) < previous.progressPercent;

  return (
    <Stack gap="sm" component="section" aria-labelledby="progress-title">
      <Group justify="space-between" align="flex-start">
        <Title order={4} id="progress-title">
          {t('innovations.progress.title')}
        </Title>
        {(reports.data ?? []).length > 0 ? (
          <ExportMenu list="progress_reports" input={{ innovationId: innovation.id }} size="xs" />
        ) : null}
      </Group>
      {reports.isPending ? (
        <Skeleton height={60} />
      ) : (reports.data ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('innovations.progress.none')}
        </Text>
      ) : (
        <Stack
          gap="xs"
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('innovations.progress.title')}
        >
          {(reports.data ?? []).map((r) => (
            <Card key={r.id} component="li" withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {format.calendarDate(r.reportDate)} · {labels.quickWinStatus(r.status)}
                </Text>
                <Text size="sm" fw={600}>
                  {format.percent(r.progressPercent)}
                </Text>
              </Group>
              <Progress
                value={r.progressPercent}
                size="sm"
                my={6}
                aria-label={t('innovations.progress.percentLabel', {
                  percent: format.percent(r.progressPercent),
                })}
              />
              <Text size="sm">{r.narrative}</Text>
              {r.kpiActuals.length > 0 ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {r.kpiActuals.map((k) => `${k.name}: ${format.number(k.actual)}`).join(' · ')}
                </Text>
              ) : null}
              {r.decreaseReason ? (
                <Text size="xs" mt={4}>
                  {t('innovations.progress.decreaseReason')}: {r.decreaseReason}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed" mt={4}>
                {r.createdByName ?? t('innovations.timeline.system')} ·{' '}
                {format.dateTime(r.createdAt)}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      {canAdd ? (
        <Card withBorder padding="sm">
          <form
            noValidate
            onSubmit={form.onSubmit((values) => add.mutate(toInput(innovation.id, values)))}
          >
            <Stack gap="sm">
              <Text size="sm" fw={600}>
                {t('innovations.progress.add')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  type="date"
                  label={t('innovations.progress.date')}
                  required
                  {...form.getInputProps('reportDate')}
                />
                <NumberField
                  label={t('innovations.progress.percent')}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  suffix="%"
                  required
                  {...form.getInputProps('progressPercent')}
                />
                <Select
                  label={t('innovations.progress.status')}
                  required
                  allowDeselect={false}
                  data={quickWinStatuses.map((s) => ({
                    value: s,
                    label: labels.quickWinStatus(s),
                  }))}
                  {...form.getInputProps('status')}
                />
              </SimpleGrid>
              <Textarea
                label={t('innovations.progress.narrative')}
                required
                autosize
                minRows={2}
                maxLength={5000}
                {...form.getInputProps('narrative')}
              />
              {indicators.length > 0 ? (
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  {indicators.map((k) => (
                    <NumberField
                      key={k.name}
                      label={t('innovations.progress.kpiActual', { name: k.name, unit: k.unit })}
                      description={t('innovations.progress.kpiTarget', {
                        baseline: format.number(k.baseline),
                        target: format.number(k.target),
                      })}
                      {...form.getInputProps(`kpiActuals.${k.name}`)}
                    />
                  ))}
                </SimpleGrid>
              ) : null}
              {below ? (
                <Textarea
                  label={t('innovations.progress.decreaseReason')}
                  required
                  autosize
                  minRows={2}
                  maxLength={2000}
                  {...form.getInputProps('decreaseReason')}
                />
              ) : null}
              <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('innovations.progress.submit')}
              </Button>
            </Stack>
          </form>
        </Card>
      ) : null}
    </Stack>
  );
}
