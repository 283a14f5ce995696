import { Button, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import {
  CardTitleRow,
  ResponsiveList,
  type ListColumn,
} from '../../common/components/responsive-list';
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

  const columns: readonly ListColumn<RoundSummaryDto>[] = [
    { key: 'name', header: t('evaluation.rounds.colName'), cellProps: { maw: 360 }, cell: name },
    {
      key: 'status',
      header: t('evaluation.rounds.colStatus'),
      cell: (r) => <RoundStatusBadge status={r.status} />,
    },
    { key: 'period', header: t('evaluation.rounds.colPeriod'), cell: period },
    {
      key: 'innovations',
      header: t('evaluation.rounds.colInnovations'),
      cell: (r) => r.innovations,
    },
    {
      key: 'submitted',
      header: t('evaluation.rounds.colSubmitted'),
      cell: (r) => `${r.submitted}/${r.assignments}`,
    },
    {
      key: 'outcomes',
      header: t('evaluation.rounds.colOutcomes'),
      cell: (r) => `${r.outcomes}/${r.innovations}`,
    },
  ];
  const list = (items: readonly RoundSummaryDto[]) => (
    <ResponsiveList
      items={items}
      itemKey={(r) => r.id}
      columns={columns}
      label={t('evaluation.rounds.label')}
      minWidth={760}
      card={(r, cell) => (
        <>
          <CardTitleRow title={name(r)} aside={cell('status')} />
          <Text size="sm">{period(r)}</Text>
          <Text size="sm" c="dimmed">
            {progress(r).join(' · ')}
          </Text>
        </>
      )}
    />
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
