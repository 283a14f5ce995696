import { Alert, Button, Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { activeStages, stageIndex, type ActiveStage, type MissingItem } from '@smartcity/domain';
import { IconAlertTriangle, IconArrowRight, IconCheck, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { gateChecklist, missingItemsOf } from '../gate-items';
import { useGateText } from '../hooks/use-gate-text';
import { useInnovationErrorMessage } from '../hooks/use-innovation-error';
import { useInnovationLabels } from '../hooks/use-innovation-labels';
import { useInvalidateInnovation } from '../hooks/use-invalidate-innovation';
import type { InnovationDetailDto } from '../innovation-types';
import { notify } from '../../common/notify';

/**
 * The current stage's gate as a checklist (met and still missing), and the button that moves
 * the innovation on. A refused move lists what the server says is missing.
 */
export function GatePanel({
  detail,
  stage,
  unsavedSections,
}: {
  readonly detail: InnovationDetailDto;
  readonly stage: ActiveStage;
  /** Sections with unsaved changes: the gate judges what is saved. */
  readonly unsavedSections: readonly ActiveStage[];
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const gateText = useGateText();
  const trpc = useTRPC();
  const invalidate = useInvalidateInnovation();
  const { message } = useInnovationErrorMessage();
  const [refused, setRefused] = useState<MissingItem[] | null>(null);
  const { innovation } = detail;
  const next = stage === 'evaluation' ? null : activeStages[stageIndex(stage) + 1];
  const checklist = gateChecklist(stage, detail.gate);

  const advance = useMutation(
    trpc.innovation.advance.mutationOptions({
      onSuccess: async (moved) => {
        setRefused(null);
        notify({
          color: 'green',
          message: t('innovations.gate.advanced', { stage: labels.stage(moved.stage) }),
        });
        await invalidate(moved.id);
      },
      onError: async (error) => {
        const info = apiErrorInfo(error);
        if (info.domainCode === 'STAGE_GATE_NOT_MET') setRefused(missingItemsOf(info.details));
        else notify({ color: 'red', message: message(error) });
        await invalidate(innovation.id);
      },
    }),
  );

  return (
    <Card withBorder component="section" aria-labelledby="gate-title" mb="md">
      <Title order={3} size="h4" id="gate-title" mb="xs">
        {next
          ? t('innovations.gate.titleNext', { stage: labels.stage(next) })
          : t('innovations.gate.titleEvaluation')}
      </Title>
      <List spacing={6} size="sm" center aria-label={t('innovations.gate.checklist')}>
        {checklist.map((item) => (
          <List.Item
            key={item.field}
            icon={
              <ThemeIcon
                size={20}
                radius="xl"
                color={item.missing ? 'gray.7' : 'teal.9'}
                variant={item.missing ? 'outline' : 'filled'}
              >
                {item.missing ? (
                  <IconX size={12} aria-hidden />
                ) : (
                  <IconCheck size={12} aria-hidden />
                )}
              </ThemeIcon>
            }
          >
            {item.missing ? gateText.sentence(item.missing) : gateText.fieldLabel(item.field)}
            <span className="visually-hidden">
              {' '}
              ({item.missing ? t('innovations.gate.notMet') : t('innovations.gate.met')})
            </span>
          </List.Item>
        ))}
      </List>
      {detail.gate.length === 0 ? (
        <Text size="sm" mt="xs" fw={600}>
          {t('innovations.gate.allMet')}
        </Text>
      ) : null}
      {!detail.can.advance && detail.can.edit.includes(stage) && stage === 'quick_win' ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('innovations.gate.headSubmits')}
        </Text>
      ) : null}
      {!detail.can.advance && stage === 'evaluation' ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('innovations.gate.coordinatorDecides')}
        </Text>
      ) : null}
      {detail.can.advance ? (
        <Stack gap="xs" mt="md">
          {refused ? (
            <Alert
              color="red"
              variant="light"
              role="alert"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('innovations.gate.refusedTitle')}
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setRefused(null)}
            >
              <List size="sm" spacing={2}>
                {refused.map((item) => (
                  <List.Item key={`${item.field}-${item.reason}`}>
                    {gateText.sentence(item)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {unsavedSections.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t('innovations.gate.unsaved', {
                sections: unsavedSections.map((s) => labels.stage(s)).join(', '),
              })}
            </Text>
          ) : null}
          <div>
            <Button
              rightSection={<IconArrowRight size={16} aria-hidden />}
              loading={advance.isPending}
              onClick={() => advance.mutate({ id: innovation.id, version: innovation.version })}
            >
              {t('innovations.gate.advance')}
            </Button>
          </div>
        </Stack>
      ) : null}
    </Card>
  );
}
