import type { Actor } from '../../auth/actor';
import type { Role } from '../../auth/roles';
import type { GateContext } from '../gates';
import type { Innovation } from '../innovation';
import { emptySections, type Sections } from '../sections';
import { defaultTahapan, type ActiveStage, type Stage } from '../vocabulary';

// Builders for tests of the innovation lifecycle: an innovation at any stage with complete or
// empty sections, and actors of every role in a given unit. Every builder returns fresh objects.

/** The unit the fixture innovation belongs to. */
export const unitId = '00000000-0000-4000-8000-00000000000a';
/** Another unit, whose users may not touch the fixture innovation. */
export const otherUnitId = '00000000-0000-4000-8000-00000000000b';
/** The fixture innovation's id. */
export const innovationId = '00000000-0000-4000-8000-000000000101';
/** When the fixture innovation was created (and last updated). */
export const createdAt = '2025-01-02T03:04:05.000Z';
/** The `now` the tests pass to transitions. */
export const now = new Date('2025-06-15T08:30:00.000Z');

/** A gate context with `count` progress reports on the quick win (one by default). */
export function gateContext(count = 1): GateContext {
  return { progressReportCount: count };
}

/** A problem statement of exactly `length` characters (no surrounding spaces). */
export function statementOfLength(length: number): string {
  return 'x'.repeat(length);
}

/** Five sections that pass every gate (the evaluation outcome is `impactful`). */
export function completeSections(): Sections {
  return {
    problem: {
      statement:
        'Parents wait more than two weeks for a birth certificate and travel to the office three times.',
      affectedGroup: 'Parents of newborns',
      evidence: 'LAPOR! complaints: 214 in 2024; average processing time 14 days',
      source: 'complaint',
    },
    need: {
      statement: 'Birth certificates issued within three days without visiting the office',
      beneficiaries: { who: 'Parents of newborns', estimatedCount: 12000 },
      indicators: [
        {
          name: 'Average processing time',
          unit: 'days',
          baseline: 14,
          target: 3,
          targetDate: '2026-06-30',
        },
      ],
    },
    process: {
      asIs: [
        { actor: 'Parent', activity: 'Queues at the office with paper forms' },
        { actor: 'Clerk', activity: 'Types the forms into the registry' },
      ],
      toBe: [{ actor: 'Parent', activity: 'Applies online', tool: 'Web form' }],
      needsApplication: true,
      applicationJustification: 'The online form needs a small application linked to the registry',
      legalBasis: 'Perbup 12/2024',
    },
    quick_win: {
      deliverable: 'Online birth certificate requests in two sub-districts',
      responsiblePerson: 'Head of civil registry',
      startDate: '2025-02-01',
      targetDate: '2025-11-30',
      budget: 150_000_000,
      fundingSource: 'apbd',
      status: 'in_progress',
    },
    evaluation: {
      outcome: 'impactful',
      notes: 'Processing time fell to four days',
      lessonsLearned: 'Start with the sub-districts that have the most births',
    },
  };
}

/** How the sections of a built innovation are filled. */
export type SectionFill = 'complete' | 'empty';

/** Sections filled as asked: all complete, or all empty (as a new innovation has them). */
export function sectionsOf(fill: SectionFill): Sections {
  return fill === 'complete' ? completeSections() : emptySections();
}

/** Options of {@link innovationAt}: any field of the innovation, sections as a fill or a value. */
export type InnovationOptions = Partial<Omit<Innovation, 'sections'>> & {
  readonly sections?: SectionFill | Sections;
};

/**
 * An innovation of {@link unitId} at `stage`, complete sections by default, its tahapan following
 * the stage (not chosen by a user), version 3. A discontinued one was discontinued from `process`
 * unless `discontinuedFrom` says otherwise.
 */
export function innovationAt(stage: Stage, options: InnovationOptions = {}): Innovation {
  const { sections = 'complete', ...overrides } = options;
  return {
    id: innovationId,
    unitId,
    title: 'Online birth certificates',
    summary: 'Parents request birth certificates online instead of at the office.',
    dimension: 'governance',
    element: 'public_service',
    extraDimensions: ['society'],
    isPublic: false,
    jenis: 'digital',
    bentuk: 'public_service',
    inisiator: 'unit',
    tahapan: defaultTahapan(stage),
    tahapanManual: false,
    urusan: 'Kependudukan',
    trialDate: null,
    implementationDate: null,
    stage,
    discontinuedFrom: stage === 'discontinued' ? 'process' : null,
    sections: typeof sections === 'string' ? sectionsOf(sections) : sections,
    version: 3,
    createdAt,
    createdBy: 'creator',
    updatedAt: createdAt,
    updatedBy: 'creator',
    ...overrides,
  };
}

/** The innovation with one section replaced. */
export function withSection<S extends ActiveStage>(
  innovation: Innovation,
  section: S,
  data: Sections[S],
): Innovation {
  return { ...innovation, sections: { ...innovation.sections, [section]: data } };
}

/**
 * An actor of `role` in `unit`: unit roles belong to {@link unitId} by default, the other roles
 * to no unit. The user id names the role and the unit.
 */
export function actorOf(role: Role, unit?: string | null): Actor {
  const actorUnit =
    unit !== undefined ? unit : role === 'unit_staff' || role === 'unit_head' ? unitId : null;
  return { userId: `${role}@${actorUnit ?? 'region'}`, role, unitId: actorUnit };
}

/** One actor of each role, for the fixture innovation's unit and for another unit. */
export const actors = {
  staff: actorOf('unit_staff', unitId),
  head: actorOf('unit_head', unitId),
  coordinator: actorOf('coordinator', null),
  /** An evaluator who comes from the innovation's own unit. */
  evaluator: actorOf('evaluator', unitId),
  leader: actorOf('leader', null),
  otherStaff: actorOf('unit_staff', otherUnitId),
  otherHead: actorOf('unit_head', otherUnitId),
} as const satisfies Record<string, Actor>;
