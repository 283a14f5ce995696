import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import {
  activeStages,
  discontinueInputSchema,
  isActiveStage,
  minReasonLength,
  moveBackInputSchema,
  stageIndex,
  type ActiveStage,
  type Innovation,
} from '@smartcity/domain';
import {
  IconArrowBackUp,
  IconEye,
  IconEyeOff,
  IconPlayerPlay,
  IconPlayerStop,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { domainValidator } from '../../common/form-validation';
import { useInnovationErrorMessage } from '../hooks/use-innovation-error';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useInvalidateInnovation } from '../hooks/use-invalidate-innovation';
import type { InnovationDetailDto } from '../innovation-types';
import { notify } from '../../common/notify';

type Dialog = 'none' | 'moveBack' | 'discontinue';

/** The lifecycle moves besides advancing: move back, discontinue, reopen; and publishing. */
export function LifecycleActions({ detail }: { readonly detail: InnovationDetailDto }) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const trpc = useTRPC();
  const invalidate = useInvalidateInnovation();
  const { message } = useInnovationErrorMessage();
  const [dialog, setDialog] = useState<Dialog>('none');
  const { innovation, can } = detail;
  const onError = async (error: unknown) => {
    notify({ color: 'red', message: message(error) });
    await invalidate(innovation.id);
  };

  const reopen = useMutation(
    trpc.innovation.reopen.mutationOptions({
      onSuccess: async (next) => {
        notify({
          color: 'green',
          message: t('innovations.actions.reopened', { stage: labels.stage(next.stage) }),
        });
        await invalidate(next.id);
      },
      onError,
    }),
  );
  const setPublic = useMutation(
    trpc.innovation.setPublic.mutationOptions({
      onSuccess: async (next) => {
        notify({
          color: 'green',
          message: next.isPublic
            ? t('innovations.actions.publishedDone')
            : t('innovations.actions.unpublishedDone'),
        });
        await invalidate(next.id);
      },
      onError,
    }),
  );

  if (!can.setPublic && !can.moveBack && !can.discontinue && !can.reopen) return null;
  return (
    <Group gap="xs" style={{ flex: '0 1 auto' }}>
      {can.setPublic ? (
        <Button
          variant="default"
          leftSection={
            innovation.isPublic ? (
              <IconEyeOff size={16} aria-hidden />
            ) : (
              <IconEye size={16} aria-hidden />
            )
          }
          loading={setPublic.isPending}
          onClick={() =>
            setPublic.mutate({
              id: innovation.id,
              version: innovation.version,
              isPublic: !innovation.isPublic,
            })
          }
        >
          {innovation.isPublic
            ? t('innovations.actions.unpublish')
            : t('innovations.actions.publish')}
        </Button>
      ) : null}
      {can.moveBack ? (
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => setDialog('moveBack')}
        >
          {t('innovations.actions.moveBack')}
        </Button>
      ) : null}
      {can.discontinue ? (
        <Button
          variant="default"
          color="red"
          leftSection={<IconPlayerStop size={16} aria-hidden />}
          onClick={() => setDialog('discontinue')}
        >
          {t('innovations.actions.discontinue')}
        </Button>
      ) : null}
      {can.reopen ? (
        <Button
          leftSection={<IconPlayerPlay size={16} aria-hidden />}
          loading={reopen.isPending}
          onClick={() => reopen.mutate({ id: innovation.id, version: innovation.version })}
        >
          {t('innovations.actions.reopen')}
        </Button>
      ) : null}
      {dialog === 'moveBack' ? (
        <MoveBackModal innovation={innovation} onClose={() => setDialog('none')} />
      ) : null}
      {dialog === 'discontinue' ? (
        <DiscontinueModal innovation={innovation} onClose={() => setDialog('none')} />
      ) : null}
    </Group>
  );
}

function ReasonField({ inputProps }: { readonly inputProps: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('innovations.actions.reason')}
      description={t('innovations.actions.reasonHint', { count: minReasonLength })}
      required
      autosize
      minRows={3}
      maxLength={2000}
      data-autofocus
      {...inputProps}
    />
  );
}

function MoveBackModal({
  innovation,
  onClose,
}: {
  readonly innovation: Innovation;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const trpc = useTRPC();
  const invalidate = useInvalidateInnovation();
  const { message } = useInnovationErrorMessage();
  const earlier = isActiveStage(innovation.stage)
    ? activeStages.slice(0, stageIndex(innovation.stage))
    : [];
  const validate = domainValidator<unknown>(moveBackInputSchema, t);
  const form = useForm<{ to: ActiveStage | ''; reason: string }>({
    initialValues: { to: earlier[earlier.length - 1] ?? '', reason: '' },
    validate: (values) =>
      validate({
        id: innovation.id,
        version: innovation.version,
        to: values.to || undefined,
        reason: values.reason,
      }),
  });
  const moveBack = useMutation(
    trpc.innovation.moveBack.mutationOptions({
      onSuccess: async (next) => {
        notify({
          color: 'green',
          message: t('innovations.actions.movedBack', { stage: labels.stage(next.stage) }),
        });
        onClose();
        await invalidate(next.id);
      },
      onError: async (error) => {
        notify({ color: 'red', message: message(error) });
        await invalidate(innovation.id);
      },
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('innovations.actions.moveBackTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          if (values.to === '') return;
          moveBack.mutate({
            id: innovation.id,
            version: innovation.version,
            to: values.to,
            reason: values.reason,
          });
        })}
      >
        <Stack gap="sm">
          <Text size="sm">{t('innovations.actions.moveBackBody')}</Text>
          <NativeSelect
            label={t('innovations.actions.moveBackTo')}
            required
            data={earlier.map((s) => ({ value: s, label: labels.stage(s) }))}
            {...form.getInputProps('to')}
          />
          <ReasonField inputProps={form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('innovations.section.cancel')}
            </Button>
            <Button type="submit" loading={moveBack.isPending}>
              {t('innovations.actions.moveBack')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DiscontinueModal({
  innovation,
  onClose,
}: {
  readonly innovation: Innovation;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateInnovation();
  const { message } = useInnovationErrorMessage();
  const validate = domainValidator<unknown>(discontinueInputSchema, t);
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) =>
      validate({ id: innovation.id, version: innovation.version, reason: values.reason }),
  });
  const discontinue = useMutation(
    trpc.innovation.discontinue.mutationOptions({
      onSuccess: async (next) => {
        notify({ color: 'green', message: t('innovations.actions.discontinued') });
        onClose();
        await invalidate(next.id);
      },
      onError: async (error) => {
        notify({ color: 'red', message: message(error) });
        await invalidate(innovation.id);
      },
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('innovations.actions.discontinueTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          discontinue.mutate({
            id: innovation.id,
            version: innovation.version,
            reason: values.reason,
          }),
        )}
      >
        <Stack gap="sm">
          <Text size="sm">{t('innovations.actions.discontinueBody')}</Text>
          <ReasonField inputProps={form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('innovations.section.cancel')}
            </Button>
            <Button type="submit" color="red" loading={discontinue.isPending}>
              {t('innovations.actions.discontinue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
