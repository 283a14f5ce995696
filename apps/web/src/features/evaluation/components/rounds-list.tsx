import { Button, Card, EmptyState, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { AnchorLink } from '../../common/components/router-links';
import { useLocale } from '../../common/hooks/use-locale';
import type { RoundSummaryDto } from '../evaluation-types';
import { RoundStatusBadge } from './evaluation-badges';
import { RoundFormModal } from './round-form-modal';

/** The evaluation rounds with their progress; coordinators create new ones. */
export function RoundsList({
  canManage,
  onCreated,
}: {
  readonly canManage: boolean;
  readonly onCreated: (roundId: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useLocale();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const rounds = useQuery(trpc.evaluation.rounds.queryOptions());
  const [creating, setCreating] = useState(false);

  const period = (r: RoundSummaryDto) =>
    t('evaluation.period', {
      start: format.calendarDate(r.periodStart),
      end: format.calendarDate(r.periodEnd),
    });
  const name = (r: RoundSummaryDto) => (
    <AnchorLink
      to="/penilaian/$roundId"
      params={{ roundId: r.id }}
      fw={600}
      style={{ overflowWrap: 'anywhere' }}
    >
      {r.name}
    </AnchorLink>
  );
  const progress = (r: RoundSummaryDto) => [
    t('evaluation.rounds.innovations', { count: r.innovations }),
    t('evaluation.rounds.submitted', { submitted: r.submitted, assigned: r.assignments }),
    t('evaluation.rounds.outcomes', { outcomes: r.outcomes, total: r.innovations }),
  ];

  const list = (items: readonly RoundSummaryDto[]) =>
    wide ? (
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover aria-label={t('evaluation.rounds.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluation.rounds.colName')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.rounds.colStatus')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.rounds.colPeriod')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.rounds.colInnovations')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.rounds.colSubmitted')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.rounds.colOutcomes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td maw={360}>{name(r)}</Table.Td>
                <Table.Td>
                  <RoundStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{period(r)}</Table.Td>
                <Table.Td>{r.innovations}</Table.Td>
                <Table.Td>
                  {r.submitted}/{r.assignments}
                </Table.Td>
                <Table.Td>
                  {r.outcomes}/{r.innovations}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    ) : (
      <Stack
        gap="xs"
        component="ul"
        aria-label={t('evaluation.rounds.label')}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {items.map((r) => (
          <Card key={r.id} component="li" withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>{name(r)}</div>
              <RoundStatusBadge status={r.status} />
            </Group>
            <Text size="sm">{period(r)}</Text>
            <Text size="sm" c="dimmed">
              {progress(r).join(' · ')}
            </Text>
          </Card>
        ))}
      </Stack>
    );

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('evaluation.title')} intro={t('evaluation.rounds.intro')} />
        {canManage ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('evaluation.rounds.create')}
          </Button>
        ) : null}
      </Group>
      {rounds.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} height={44} />
          ))}
        </Stack>
      ) : rounds.isError ? (
        <QueryError onRetry={() => void rounds.refetch()} />
      ) : rounds.data.length === 0 ? (
        <EmptyState
          icon={<IconCircleCheck aria-hidden />}
          title={t('evaluation.rounds.emptyTitle')}
          description={
            canManage ? t('evaluation.rounds.emptyBodyManage') : t('evaluation.rounds.emptyBody')
          }
        />
      ) : (
        list(rounds.data)
      )}
      {creating ? (
        <RoundFormModal
          round={null}
          rubricLocked={false}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            onCreated(id);
          }}
        />
      ) : null}
    </>
  );
}
