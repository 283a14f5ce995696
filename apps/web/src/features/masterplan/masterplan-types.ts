import type { AppRouter } from '@smartcity/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['masterplan'];

/** The answer of `masterplan.overview`. */
export type OverviewDto = Outputs['overview'];

/** The masterplan itself (title, period, vision, mission, Bimtek record, statement). */
export type MasterplanDto = NonNullable<OverviewDto['masterplan']>;

/** A programme with its progress (null without action items). */
export type ProgrammeDto = OverviewDto['programmes'][number];

/** An action item with whether it is overdue. */
export type ActionDto = OverviewDto['actions'][number];

/** A unit's signature of the joint commitment (standing or withdrawn). */
export type CommitmentDto = OverviewDto['commitments']['all'][number];

/** The answer of `masterplan.grandDesign`. */
export type GrandDesignDto = Outputs['grandDesign'];
