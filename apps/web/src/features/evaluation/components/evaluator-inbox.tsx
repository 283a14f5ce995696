import { Card, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { AnchorLink } from '../../common/components/router-links';
import { groupInbox } from '../round-views';
import { RoundStatusBadge, SheetStatusBadge } from './evaluation-badges';

/** The evaluator's inbox: the innovations assigned to them, by round, with their sheet's state. */
export function EvaluatorInbox() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const inbox = useQuery(trpc.evaluation.inbox.queryOptions());

  return (
    <>
      <PageHeader title={t('evaluation.title')} intro={t('evaluation.inbox.intro')} />
      {inbox.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} height={56} />
          ))}
        </Stack>
      ) : inbox.isError ? (
        <QueryError onRetry={() => void inbox.refetch()} />
      ) : inbox.data.length === 0 ? (
        <EmptyState
          icon={<IconCircleCheck aria-hidden />}
          title={t('evaluation.inbox.emptyTitle')}
          description={t('evaluation.inbox.emptyBody')}
        />
      ) : (
        <Stack gap="lg">
          {groupInbox(inbox.data).map((group) => (
            <Stack
              key={group.roundId}
              gap="xs"
              component="section"
              aria-labelledby={`inbox-${group.roundId}`}
            >
              <Group justify="space-between" gap="xs">
                <Group gap="xs">
                  <Title order={3} size="h4" id={`inbox-${group.roundId}`}>
                    {group.roundName}
                  </Title>
                  <RoundStatusBadge status={group.roundStatus} />
                </Group>
                <Text size="sm" c="dimmed">
                  {t('evaluation.inbox.progress', {
                    submitted: group.submitted,
                    total: group.items.length,
                  })}
                </Text>
              </Group>
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {group.items.map((item) => (
                  <Card key={item.innovationId} component="li" withBorder padding="sm">
                    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                      <div style={{ minWidth: 0 }}>
                        <AnchorLink
                          to="/penilaian/$roundId/inovasi/$innovationId"
                          params={{ roundId: item.roundId, innovationId: item.innovationId }}
                          fw={600}
                          style={{ overflowWrap: 'anywhere' }}
                        >
                          {item.title}
                        </AnchorLink>
                        <Text size="sm" c="dimmed">
                          {item.unitName}
                        </Text>
                      </div>
                      <SheetStatusBadge status={item.status} />
                    </Group>
                  </Card>
                ))}
              </Stack>
            </Stack>
          ))}
        </Stack>
      )}
    </>
  );
}
