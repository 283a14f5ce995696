import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/** A unit as the masterplan pages name it. */
export type UnitOption = {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
};

/**
 * The region's active units, and a function naming a unit by id (its short name when it has one,
 * e.g. "Dinkes"; the id's unit may be inactive, then "—").
 */
export function useUnitNames() {
  const trpc = useTRPC();
  const units = useQuery(trpc.unit.list.queryOptions({}));
  const items: readonly UnitOption[] = units.data?.items ?? [];
  const byId = new Map(items.map((u) => [u.id, u]));
  return {
    query: units,
    units: items,
    unit: (id: string) => byId.get(id),
    short: (id: string) => {
      const unit = byId.get(id);
      return unit ? (unit.shortName ?? unit.name) : '—';
    },
    name: (id: string) => byId.get(id)?.name ?? '—',
  };
}
