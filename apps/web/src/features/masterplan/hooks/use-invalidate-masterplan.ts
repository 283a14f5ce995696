import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/** After a change of the masterplan: refetch every masterplan query (overview, grand designs). */
export function useInvalidateMasterplan(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.masterplan.pathKey() });
}
