import type { MetricInnovation } from '../metrics';

/**
 * A metric innovation for tests: unit `u1`, governance / public service, stage problem, created
 * and last active on 2026-01-15, no quick win and no outcome, unless overridden.
 */
export function metricInnovation(
  id: string,
  over: Partial<MetricInnovation> = {},
): MetricInnovation {
  return {
    id,
    title: `Inovasi ${id}`,
    unitId: 'u1',
    dimension: 'governance',
    element: 'public_service',
    stage: 'problem',
    createdAt: '2026-01-15T00:00:00.000Z',
    lastEventAt: '2026-01-15T00:00:00.000Z',
    quickWinTargetDate: null,
    quickWinStatus: null,
    quickWinProgress: null,
    outcome: null,
    ...over,
  };
}
