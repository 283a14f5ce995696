import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/** After a change: refetch the innovation's page, every innovation list and the dashboards. */
export function useInvalidateInnovation(): (id: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (id) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.innovation.byId.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.innovation.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
    ]);
  };
}
