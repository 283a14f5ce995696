import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/**
 * The region this deployment serves (`region.get`): data is undefined while loading and null
 * before the setup. It changes rarely, so it is kept fresh for five minutes; a change made in
 * the app invalidates it at once.
 */
export function useRegion() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.region.get.queryOptions(), staleTime: 5 * 60_000 });
}
