import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { findRoundById, insertRound } from '../repositories/evaluation-round.repository';
import { findUnitById } from '../repositories/unit.repository';
import { testDatabaseFactories } from '../testing';
import {
  buildRound,
  insertRepositoryFixture,
  type RepositoryFixture,
  rejection,
} from '../testing/repository-fixtures';
import { currentVersionOf, saveVersioned, staleVersionConflict } from './versioned-save';

const now = new Date('2026-02-02T08:00:00.000Z');
const later = new Date('2026-02-08T10:15:00.000Z');
const messages = { conflict: 'Changed meanwhile', notFound: 'Not found' };

describe('staleVersionConflict', () => {
  it('builds the one CONFLICT shape, with a fixed message or one made from the details', () => {
    const current = { currentVersion: 4, updatedAt: later.toISOString(), updatedBy: 'Dewi' };
    const fixed = staleVersionConflict({ conflict: 'Stale' }, current);
    expect(fixed.code).toBe('CONFLICT');
    expect(fixed.message).toBe('Stale');
    expect(fixed.details).toEqual({ reason: 'stale_version', ...current });
    const named = staleVersionConflict(
      { conflict: (d) => `${d.updatedBy ?? '?'} at version ${d.currentVersion}` },
      current,
    );
    expect(named.message).toBe('Dewi at version 4');
  });
});

describe.each(testDatabaseFactories())('saveVersioned on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
  });
  afterAll(async () => handle.close());

  it('writes the row at the version read, bumps the version in the same statement, and answers the row', async () => {
    const unit = (await findUnitById(handle.db, f.dinkes))!;
    const row = await saveVersioned(handle.db, {
      table: 'units',
      id: unit.id,
      expectedVersion: unit.version,
      set: { name: 'Dinas Kesehatan Daerah', updated_at: later.toISOString() },
      messages,
    });
    expect(row).toMatchObject({ id: unit.id, name: 'Dinas Kesehatan Daerah', version: 2 });
    expect(await findUnitById(handle.db, unit.id)).toEqual({
      ...unit,
      name: 'Dinas Kesehatan Daerah',
      version: 2,
    });
  });

  it('refuses a stale version with CONFLICT, with no editor for a table that records none, and changes nothing', async () => {
    const before = (await findUnitById(handle.db, f.kominfo))!;
    await saveVersioned(handle.db, {
      table: 'units',
      id: before.id,
      expectedVersion: 1,
      set: { short_name: 'Kominfo', updated_at: later.toISOString() },
      messages,
    });
    const after = await findUnitById(handle.db, before.id);
    const error = await rejection(
      saveVersioned(handle.db, {
        table: 'units',
        id: before.id,
        expectedVersion: 1,
        set: { name: 'Basi', updated_at: later.toISOString() },
        messages,
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Changed meanwhile');
    expect(error.details).toEqual({
      reason: 'stale_version',
      currentVersion: 2,
      updatedAt: later.toISOString(),
      updatedBy: null,
    });
    expect(await findUnitById(handle.db, before.id)).toEqual(after);
  });

  it('names the last editor of a table that records one, and refuses a row that fails a further condition', async () => {
    const round = buildRound({ status: 'draft' }, now);
    await insertRound(handle.db, round, f.coordinator.id);
    const refused = await rejection(
      saveVersioned(handle.db, {
        table: 'evaluation_rounds',
        id: round.id,
        expectedVersion: 1,
        set: { name: 'Tidak tersimpan' },
        where: { status: 'open' },
        messages,
      }),
    );
    expect(refused.details).toEqual({
      reason: 'stale_version',
      currentVersion: 1,
      updatedAt: now.toISOString(),
      updatedBy: f.coordinator.name,
    });
    expect(await findRoundById(handle.db, round.id)).toEqual(round);
    expect(await currentVersionOf(handle.db, 'evaluation_rounds', round.id)).toEqual({
      currentVersion: 1,
      updatedAt: now.toISOString(),
      updatedBy: f.coordinator.name,
    });
  });

  it('answers NOT_FOUND for a row that does not exist', async () => {
    const id = randomUUID();
    const error = await rejection(
      saveVersioned(handle.db, {
        table: 'programmes',
        id,
        expectedVersion: 1,
        set: { name: 'Hantu' },
        messages,
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Not found');
    expect(error.details).toEqual({ id });
    expect(await currentVersionOf(handle.db, 'programmes', id)).toBeUndefined();
  });
});
