import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/** An innovation a programme may link. */
export type InnovationOption = {
  readonly id: string;
  readonly title: string;
  readonly unitShortName: string | null;
  readonly unitName: string;
  readonly stage: string;
};

/**
 * Every innovation of the register (page by page, at most 10 pages of 100), for the programme
 * form's multi-select of linked innovations and quick wins. Fetched only when `enabled`.
 */
export function useInnovationOptions(enabled: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...trpc.innovation.list.pathKey(), 'masterplan-options'],
    enabled,
    staleTime: 60_000,
    queryFn: async (): Promise<InnovationOption[]> => {
      const all: InnovationOption[] = [];
      let cursor: string | undefined = undefined;
      for (let page = 0; page < 10; page++) {
        const result: { items: InnovationOption[]; nextCursor: string | null } =
          await queryClient.fetchQuery(
            trpc.innovation.list.queryOptions({ sort: 'title_asc', limit: 100, cursor }),
          );
        all.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor ?? undefined;
      }
      return all;
    },
  });
}
