/** Pure views of rounds for the evaluation pages: inbox groups, evaluator choices, progress. */

type InboxLike = {
  readonly roundId: string;
  readonly roundName: string;
  readonly roundStatus: string;
  readonly status: 'draft' | 'submitted' | null;
};

/** An evaluator's inbox grouped by round, in the inbox's order, with how many are submitted. */
export function groupInbox<T extends InboxLike>(
  items: readonly T[],
): {
  readonly roundId: string;
  readonly roundName: string;
  readonly roundStatus: T['roundStatus'];
  readonly items: T[];
  readonly submitted: number;
}[] {
  const groups = new Map<
    string,
    { roundName: string; roundStatus: T['roundStatus']; items: T[] }
  >();
  for (const item of items) {
    const group = groups.get(item.roundId);
    if (group) group.items.push(item);
    else
      groups.set(item.roundId, {
        roundName: item.roundName,
        roundStatus: item.roundStatus,
        items: [item],
      });
  }
  return [...groups].map(([roundId, group]) => ({
    roundId,
    ...group,
    submitted: group.items.filter((i) => i.status === 'submitted').length,
  }));
}

/** An evaluator as the assignment picker offers them. */
export type EvaluatorChoice = {
  readonly value: string;
  readonly name: string;
  readonly unitName: string | null;
  /** Of the innovation's own unit: never assignable (conflict of interest). */
  readonly ownUnit: boolean;
};

/** The evaluators for an innovation of `unitId`, those of its own unit marked (and disabled). */
export function evaluatorChoices(
  evaluators: readonly {
    readonly id: string;
    readonly name: string;
    readonly unitId: string | null;
    readonly unitName: string | null;
  }[],
  unitId: string,
): EvaluatorChoice[] {
  return evaluators.map((e) => ({
    value: e.id,
    name: e.name,
    unitName: e.unitName,
    ownUnit: e.unitId !== null && e.unitId === unitId,
  }));
}

/** What changes between the assigned evaluators and the picker's new selection. */
export function assignmentChanges(
  before: readonly string[],
  after: readonly string[],
): { readonly added: string[]; readonly removed: string[] } {
  return {
    added: after.filter((id) => !before.includes(id)),
    removed: before.filter((id) => !after.includes(id)),
  };
}

/** How many assignments of a round's innovations are submitted, of how many. */
export function submittedOf(
  entries: readonly { readonly assignments: readonly { readonly status: string | null }[] }[],
): { readonly submitted: number; readonly assigned: number } {
  const all = entries.flatMap((e) => e.assignments);
  return { submitted: all.filter((a) => a.status === 'submitted').length, assigned: all.length };
}
