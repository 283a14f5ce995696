import { Button, Card, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { AnchorLink } from '../../common/components/router-links';
import { notify } from '../../common/notify';
import type { EvaluatorDto, RoundDto, RoundEntryDto } from '../evaluation-types';
import { useEvaluationErrorMessage } from '../hooks/use-evaluation-error';
import { useInvalidateEvaluation } from '../hooks/use-invalidate-evaluation';
import { assignmentChanges, evaluatorChoices } from '../round-views';

/**
 * The round's innovations for the coordinator: add one of the submitted innovations, remove one,
 * and choose its evaluators (never one of its own unit: conflict of interest).
 */
export function RoundInnovations({
  round,
  entries,
}: {
  readonly round: RoundDto;
  readonly entries: readonly RoundEntryDto[];
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const errorMessage = useEvaluationErrorMessage();
  const invalidate = useInvalidateEvaluation();
  const candidates = useQuery(trpc.evaluation.candidates.queryOptions({ id: round.id }));
  const evaluators = useQuery(trpc.evaluation.evaluators.queryOptions());
  const [candidate, setCandidate] = useState<string | null>(null);
  const onError = (error: unknown) => notify({ color: 'red', message: errorMessage(error) });

  const add = useMutation(
    trpc.evaluation.addInnovation.mutationOptions({
      onSuccess: async () => {
        setCandidate(null);
        await invalidate();
        notify({ color: 'green', message: t('evaluation.entries.added') });
      },
      onError,
    }),
  );
  const remove = useMutation(
    trpc.evaluation.removeInnovation.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        notify({ color: 'green', message: t('evaluation.entries.removed') });
      },
      onError,
    }),
  );

  const candidateItems = candidates.data ?? [];
  const evaluatorPicker = (entry: RoundEntryDto) => (
    <EvaluatorPicker
      roundId={round.id}
      entry={entry}
      evaluators={evaluators.data ?? []}
      loading={evaluators.isPending}
    />
  );
  const removeButton = (entry: RoundEntryDto) => (
    <Button
      variant="subtle"
      color="red"
      size="xs"
      leftSection={<IconTrash size={14} aria-hidden />}
      loading={remove.isPending && remove.variables.innovationId === entry.innovationId}
      disabled={entry.assignments.some((a) => a.status !== null)}
      onClick={() => remove.mutate({ roundId: round.id, innovationId: entry.innovationId })}
      aria-label={t('evaluation.entries.removeNamed', { title: entry.title })}
    >
      {t('evaluation.entries.remove')}
    </Button>
  );
  const title = (entry: RoundEntryDto) => (
    <>
      <AnchorLink
        to="/inovasi/$innovationId"
        params={{ innovationId: entry.innovationId }}
        fw={600}
        style={{ overflowWrap: 'anywhere' }}
      >
        {entry.title}
      </AnchorLink>
      <Text size="sm" c="dimmed">
        {entry.unitName}
      </Text>
    </>
  );

  return (
    <Stack gap="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (candidate) add.mutate({ roundId: round.id, innovationId: candidate });
        }}
      >
        <Group align="flex-end" gap="sm">
          <Select
            label={t('evaluation.entries.candidate')}
            description={
              candidates.isSuccess && candidateItems.length === 0
                ? t('evaluation.entries.noCandidates')
                : t('evaluation.entries.candidateHint')
            }
            placeholder={t('evaluation.entries.candidatePlaceholder')}
            searchable
            nothingFoundMessage={t('evaluation.entries.noMatch')}
            data={candidateItems.map((c) => ({
              value: c.id,
              label: `${c.title} — ${c.unitShortName ?? c.unitName}`,
            }))}
            value={candidate}
            onChange={setCandidate}
            disabled={candidateItems.length === 0}
            style={{ flex: '1 1 320px' }}
          />
          <Button
            type="submit"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={!candidate}
            loading={add.isPending}
          >
            {t('evaluation.entries.add')}
          </Button>
        </Group>
      </form>

      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evaluation.entries.none')}
        </Text>
      ) : wide ? (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('evaluation.entries.title')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('evaluation.entries.colInnovation')}</Table.Th>
                <Table.Th scope="col">{t('evaluation.entries.colEvaluators')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('evaluation.entries.colActions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.innovationId}>
                  <Table.Td maw={320}>{title(entry)}</Table.Td>
                  <Table.Td miw={280}>{evaluatorPicker(entry)}</Table.Td>
                  <Table.Td>{removeButton(entry)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => (
            <Card key={entry.innovationId} component="li" withBorder padding="sm">
              {title(entry)}
              <div style={{ marginTop: 8 }}>{evaluatorPicker(entry)}</div>
              <Group justify="flex-end" mt="xs">
                {removeButton(entry)}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** The evaluators of one innovation: a multi-select; those of its own unit cannot be chosen. */
function EvaluatorPicker({
  roundId,
  entry,
  evaluators,
  loading,
}: {
  readonly roundId: string;
  readonly entry: RoundEntryDto;
  readonly evaluators: readonly EvaluatorDto[];
  readonly loading: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useEvaluationErrorMessage();
  const invalidate = useInvalidateEvaluation();
  const assign = useMutation(trpc.evaluation.assign.mutationOptions());
  const unassign = useMutation(trpc.evaluation.unassign.mutationOptions());
  const [busy, setBusy] = useState(false);
  const assigned = entry.assignments.map((a) => a.evaluatorId);
  const choices = evaluatorChoices(evaluators, entry.unitId);
  // Assigned evaluators stay listed even if they left the evaluators' list since.
  const data = [
    ...choices.map((c) => ({
      value: c.value,
      label: c.ownUnit
        ? t('evaluation.entries.ownUnitOption', { name: c.name })
        : c.unitName
          ? `${c.name} (${c.unitName})`
          : c.name,
      disabled: c.ownUnit && !assigned.includes(c.value),
    })),
    ...entry.assignments
      .filter((a) => !choices.some((c) => c.value === a.evaluatorId))
      .map((a) => ({ value: a.evaluatorId, label: a.evaluatorName })),
  ];
  const hasOwnUnit = choices.some((c) => c.ownUnit);

  const change = async (next: string[]) => {
    const { added, removed } = assignmentChanges(assigned, next);
    setBusy(true);
    try {
      for (const evaluatorId of added)
        await assign.mutateAsync({ roundId, innovationId: entry.innovationId, evaluatorId });
      for (const evaluatorId of removed)
        await unassign.mutateAsync({ roundId, innovationId: entry.innovationId, evaluatorId });
      notify({ color: 'green', message: t('evaluation.entries.assignmentSaved') });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    } finally {
      await invalidate();
      setBusy(false);
    }
  };

  return (
    <MultiSelect
      label={t('evaluation.entries.evaluatorsFor', { title: entry.title })}
      labelProps={{ className: 'visually-hidden' }}
      description={hasOwnUnit ? t('evaluation.entries.ownUnitHint') : undefined}
      placeholder={assigned.length === 0 ? t('evaluation.entries.chooseEvaluators') : undefined}
      data={data}
      value={assigned}
      onChange={(next) => void change(next)}
      disabled={busy || loading}
      searchable
      nothingFoundMessage={t('evaluation.entries.noMatch')}
      error={assigned.length === 0 ? t('evaluation.entries.needsEvaluator') : undefined}
    />
  );
}
