import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';

/** A unit as the masterplan pages name it. */
export type UnitOption = {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
};

/**
 * The region's active units (the ones to choose from), and a function naming any unit by id, an
 * inactive or merged one too — a signature stays with a merged unit (its short name when it has
 * one, e.g. "Dinkes"; "—" for an unknown id).
 */
export function useUnitNames() {
  const trpc = useTRPC();
  const units = useQuery(trpc.unit.list.queryOptions({ includeInactive: true }));
  const all = units.data?.items ?? [];
  const items: readonly UnitOption[] = all.filter((u) => u.active);
  const byId = new Map<string, UnitOption>(all.map((u) => [u.id, u]));
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
