import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { DetailStates, PageSkeleton } from '../../common/components/detail-states';
import { AnchorLink } from '../../common/components/router-links';
import { notify } from '../../common/notify';
import { useLocale } from '../../common/hooks/use-locale';
import { useEvaluationTexts } from '../evaluation-texts';
import type { RoundDetailDto } from '../evaluation-types';
import { useEvaluationErrorMessage } from '../hooks/use-evaluation-error';
import { useInvalidateEvaluation } from '../hooks/use-invalidate-evaluation';
import { submittedOf } from '../round-views';
import { RoundStatusBadge } from './evaluation-badges';
import { ResultsTable } from './results-table';
import { RoundFormModal } from './round-form-modal';
import { RoundInnovations } from './round-innovations';
import { RubricSummary } from './rubric-summary';
import { ExportMenu } from '../../exports/components/export-menu';

/**
 * One evaluation round: status and actions (open, close), the rubric, the innovations with their
 * evaluators (coordinators manage them) and the results ranked by score. Leaders read it.
 */
export function RoundPage({
  roundId,
  canManage,
}: {
  readonly roundId: string;
  readonly canManage: boolean;
}) {
  useEvaluationTexts();
  const trpc = useTRPC();
  const detail = useQuery(trpc.evaluation.round.queryOptions({ id: roundId }));

  return (
    <DetailStates
      queries={[detail]}
      skeleton={<PageSkeleton blocks={[{ height: 32, width: '50%' }, 120, 240]} />}
    >
      {(data) => <RoundView detail={data} canManage={canManage} />}
    </DetailStates>
  );
}

function RoundView({
  detail,
  canManage,
}: {
  readonly detail: RoundDetailDto;
  readonly canManage: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useLocale();
  const errorMessage = useEvaluationErrorMessage();
  const invalidate = useInvalidateEvaluation();
  const { round, entries } = detail;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<'open' | 'close' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const progress = submittedOf(entries);
  const rubricLocked = progress.submitted > 0;

  const onSuccess = async (key: 'evaluation.round.opened' | 'evaluation.round.closed') => {
    setConfirming(null);
    setRefusal(null);
    await invalidate();
    notify({ color: 'green', message: t(key) });
  };
  const onError = async (error: unknown) => {
    setConfirming(null);
    setRefusal(errorMessage(error));
    await invalidate();
  };
  const open = useMutation(
    trpc.evaluation.openRound.mutationOptions({
      onSuccess: () => onSuccess('evaluation.round.opened'),
      onError,
    }),
  );
  const close = useMutation(
    trpc.evaluation.closeRound.mutationOptions({
      onSuccess: () => onSuccess('evaluation.round.closed'),
      onError,
    }),
  );

  return (
    <>
      <AnchorLink to="/penilaian" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('evaluation.round.back')}
        </Group>
      </AnchorLink>
      <Group justify="space-between" align="flex-start" gap="sm" mt="xs" mb="md">
        <Stack gap={6} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {round.name}
          </Title>
          <Group gap="xs">
            <RoundStatusBadge status={round.status} />
            <Text size="sm">
              {t('evaluation.period', {
                start: format.calendarDate(round.periodStart),
                end: format.calendarDate(round.periodEnd),
              })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('evaluation.round.summary', {
              count: entries.length,
              submitted: progress.submitted,
              assigned: progress.assigned,
              outcomes: entries.filter((e) => e.outcome !== null).length,
            })}
          </Text>
        </Stack>
        {canManage ? (
          <Group gap="xs">
            {round.status !== 'closed' ? (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('evaluation.round.edit')}
              </Button>
            ) : null}
            {round.status === 'draft' ? (
              <Button onClick={() => setConfirming('open')}>{t('evaluation.round.open')}</Button>
            ) : null}
            {round.status === 'open' ? (
              <Button onClick={() => setConfirming('close')}>{t('evaluation.round.close')}</Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {refusal ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          mb="md"
          title={t('evaluation.round.refusedTitle')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setRefusal(null)}
        >
          {refusal}
        </Alert>
      ) : null}
      {round.status === 'closed' ? (
        <Alert color="gray" variant="light" mb="md">
          {t('evaluation.round.closedNote')}
        </Alert>
      ) : null}

      <Stack gap="md">
        <Card withBorder component="section" aria-labelledby="results-title">
          <Group justify="space-between" align="flex-start" mb="sm">
            <Title order={3} size="h4" id="results-title">
              {t('evaluation.results.title')}
            </Title>
            <ExportMenu list="round_results" input={{ id: round.id }} />
          </Group>
          <ResultsTable round={round} entries={entries} canManage={canManage} />
        </Card>
        {canManage && round.status !== 'closed' ? (
          <Card withBorder component="section" aria-labelledby="entries-title">
            <Title order={3} size="h4" id="entries-title" mb="sm">
              {t('evaluation.entries.title')}
            </Title>
            <RoundInnovations round={round} entries={entries} />
          </Card>
        ) : null}
        <Card withBorder component="section" aria-labelledby="rubric-title">
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h4" id="rubric-title">
              {t('evaluation.rubric.title')}
            </Title>
            {canManage && round.status !== 'closed' && !rubricLocked ? (
              <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
                {t('evaluation.rubric.edit')}
              </Button>
            ) : null}
          </Group>
          {rubricLocked && round.status !== 'closed' ? (
            <Text size="sm" c="dimmed" mb="xs">
              {t('evaluation.refusals.scoresSubmitted')}
            </Text>
          ) : null}
          <RubricSummary rubric={round.rubric} thresholds={round.thresholds} />
        </Card>
      </Stack>

      {editing ? (
        <RoundFormModal
          round={round}
          rubricLocked={rubricLocked}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
      {confirming ? (
        <Modal
          opened
          onClose={() => setConfirming(null)}
          title={
            confirming === 'open'
              ? t('evaluation.round.confirmOpenTitle')
              : t('evaluation.round.confirmCloseTitle')
          }
        >
          <Text size="sm">
            {confirming === 'open'
              ? t('evaluation.round.confirmOpenBody')
              : t('evaluation.round.confirmCloseBody')}
          </Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('evaluation.form.cancel')}
            </Button>
            <Button
              loading={open.isPending || close.isPending}
              onClick={() =>
                (confirming === 'open' ? open : close).mutate({
                  id: round.id,
                  version: round.version,
                })
              }
            >
              {confirming === 'open' ? t('evaluation.round.open') : t('evaluation.round.close')}
            </Button>
          </Group>
        </Modal>
      ) : null}
    </>
  );
}
