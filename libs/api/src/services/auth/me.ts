import type { Kysely } from 'kysely';
import type { User } from '@smartcity/domain';
import { findUnitById, type Database } from '@smartcity/db';

/** The logged-in user as the SPA sees them: the user and the name of their unit. */
export type Me = {
  readonly user: User;
  readonly unit: {
    readonly id: string;
    readonly name: string;
    readonly shortName: string | null;
  } | null;
};

/** Builds the {@link Me} answer for a user. */
export async function describeMe(db: Kysely<Database>, user: User): Promise<Me> {
  const unit = user.unitId ? await findUnitById(db, user.unitId) : undefined;
  return { user, unit: unit ? { id: unit.id, name: unit.name, shortName: unit.shortName } : null };
}
