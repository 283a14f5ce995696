import { listInbox, type InboxItem } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** `evaluation.inbox`: the evaluator's assignments in open and closed rounds, with their state. */
export const inboxProcedure = roleProcedure('evaluator').query(({ ctx }): Promise<InboxItem[]> =>
  listInbox(ctx.db, ctx.auth.user.id),
);
