import { Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFoundError } from '../not-found-error';
import { NotFoundPage } from './not-found-page';
import { QueryError } from './query-error';

/** A block of a loading skeleton: its height, or its height and (narrower) width. */
export type SkeletonBlock = number | { readonly height: number; readonly width: string };

/** The shape of a page while it loads, announced as "loading" to screen readers. */
export function PageSkeleton({ blocks }: { readonly blocks: readonly SkeletonBlock[] }) {
  const { t } = useTranslation();
  return (
    <Stack aria-busy="true" aria-label={t('common.loading')}>
      {blocks.map((block, index) =>
        typeof block === 'number' ? (
          <Skeleton key={index} height={block} />
        ) : (
          <Skeleton key={index} height={block.height} width={block.width} />
        ),
      )}
    </Stack>
  );
}

type AnyQuery = UseQueryResult<unknown, unknown>;
type DataOf<Q> = Q extends UseQueryResult<infer D, unknown> ? D : never;

/**
 * The states of a detail page before its data is there, in one place: a skeleton while any of
 * its queries loads, "not found" when a record is missing ({@link isNotFoundError}), and an
 * error with a retry (of every query) otherwise. When all have data, `children` renders it.
 *
 * `children` is called during this component's render: return elements (e.g. the page's view
 * component), never call hooks in it.
 */
export function DetailStates<const Q extends readonly AnyQuery[]>({
  queries,
  skeleton,
  forbiddenIsNotFound = false,
  children,
}: {
  readonly queries: Q;
  /** What shows while loading; a title and two blocks when not given. */
  readonly skeleton?: ReactNode;
  readonly forbiddenIsNotFound?: boolean;
  readonly children: (...data: { -readonly [K in keyof Q]: DataOf<Q[K]> }) => ReactNode;
}) {
  if (queries.some((q) => q.isPending)) {
    return skeleton ?? <PageSkeleton blocks={[{ height: 32, width: '60%' }, 120, 240]} />;
  }
  const failed = queries.find((q) => q.isError);
  if (failed) {
    return isNotFoundError(failed.error, forbiddenIsNotFound) ? (
      <NotFoundPage />
    ) : (
      <QueryError
        onRetry={() => {
          for (const q of queries) void q.refetch();
        }}
      />
    );
  }
  // Every query has succeeded here, so each one's data is there.
  const data = queries.map((q) => q.data) as { -readonly [K in keyof Q]: DataOf<Q[K]> };
  return children(...data);
}
