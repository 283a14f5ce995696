import type { Me } from '@smartcity/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/** The logged-in user (undefined while loading, null for the public). */
export function useMe(): Me | null | undefined {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions()).data;
}
