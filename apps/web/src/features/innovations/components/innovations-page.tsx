import { Button, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Me } from '@smartcity/api';
import { IconBulb, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { PageHeader } from '../../common/components/page-header';
import { ImportLink } from '../../exchange/components/import-link';
import { ExportMenu } from '../../exports/components/export-menu';
import { QueryError } from '../../common/components/query-error';
import { ButtonLink } from '../../common/components/router-links';
import {
  activeFilterCount,
  innovationListFilters,
  type InnovationsSearch,
} from '../innovations-search';
import { canCreateInnovation } from '../innovation-access';
import { InnovationFilters } from './innovation-filters';
import { InnovationList } from './innovation-list';

type Props = {
  readonly me: Me;
  readonly search: InnovationsSearch;
  readonly onSearchChange: (next: InnovationsSearch) => void;
};

/** How many innovations a page of the list holds. */
const pageSize = 25;

/** Inovasi: the register, searchable and filterable, with "load more" pages. */
export function InnovationsPage({ me, search, onSearchChange }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const queryClient = useQueryClient();
  const input = {
    ...innovationListFilters(search),
    sort: search.sort ?? 'updated_desc',
    limit: pageSize,
  } as const;
  // Pages are fetched one by one with the cursor (tRPC's infiniteQueryOptions would add a
  // `direction` key that the list's strict input schema refuses). The key stays under
  // `innovation.list`, so invalidating the lists refreshes these pages too.
  const list = useInfiniteQuery({
    queryKey: [...trpc.innovation.list.queryKey(input), 'pages'],
    queryFn: ({ pageParam }) =>
      queryClient.fetchQuery({
        ...trpc.innovation.list.queryOptions({ ...input, cursor: pageParam }),
        staleTime: 0,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const filtered = Boolean(search.q) || activeFilterCount(search) > 0;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('innovations.list.title')} intro={t('innovations.list.intro')} />
        <Group gap="xs" align="flex-start">
          {/* The file holds what the list shows: the same filters, search and order. */}
          <ExportMenu
            list="innovations"
            input={{ ...innovationListFilters(search), sort: input.sort }}
          />
          <ImportLink entity="innovations" />
          {canCreateInnovation(me) ? (
            <ButtonLink to="/inovasi/baru" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('innovations.create.button')}
            </ButtonLink>
          ) : null}
        </Group>
      </Group>
      <InnovationFilters value={search} onChange={onSearchChange} wide={wide} />
      {list.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={44} />
          ))}
        </Stack>
      ) : list.isError ? (
        <QueryError onRetry={() => void list.refetch()} />
      ) : total === 0 ? (
        <EmptyState
          icon={<IconBulb aria-hidden />}
          title={filtered ? t('innovations.list.emptyTitle') : t('innovations.list.noneTitle')}
          description={filtered ? t('innovations.list.emptyBody') : t('innovations.list.noneBody')}
        >
          {filtered ? (
            <EmptyState.Actions>
              <Button variant="light" onClick={() => onSearchChange({})}>
                {t('innovations.list.clearFilters')}
              </Button>
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite" mb="xs">
            {items.length < total
              ? t('innovations.list.countPartial', { count: total, shown: items.length })
              : t('innovations.list.count', { count: total })}
          </Text>
          <InnovationList items={items} wide={wide} />
          {list.hasNextPage ? (
            <Group justify="center" mt="md">
              <Button
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('innovations.list.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </>
  );
}
