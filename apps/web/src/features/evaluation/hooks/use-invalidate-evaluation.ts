import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/** After a change in a round: refetch every evaluation query (rounds, round, inbox, sheets, history). */
export function useInvalidateEvaluation(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.evaluation.pathKey() });
}
