import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  claimSetupTokens,
  deleteExpiredSetupTokens,
  findSetupToken,
  insertSetupToken,
} from './setup-token.repository';

const now = new Date('2026-12-03T08:00:00.000Z');
const later = new Date('2026-12-04T08:00:00.000Z');

describe.each(testDatabaseFactories())('setup token repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it('stores a token hash with its expiry and finds it by the hash', async () => {
    await insertSetupToken(handle.db, { id: 'a'.repeat(64), expiresAt: later }, now);
    expect(await findSetupToken(handle.db, 'a'.repeat(64))).toEqual({
      id: 'a'.repeat(64),
      expiresAt: later,
    });
    expect(await findSetupToken(handle.db, 'b'.repeat(64))).toBeUndefined();
  });

  it('deletes only the tokens expired by now', async () => {
    await insertSetupToken(handle.db, { id: 'c'.repeat(64), expiresAt: now }, now);
    expect(await deleteExpiredSetupTokens(handle.db, now)).toBe(1);
    expect(await findSetupToken(handle.db, 'c'.repeat(64))).toBeUndefined();
    expect(await findSetupToken(handle.db, 'a'.repeat(64))).toBeDefined();
  });

  it('claims every token at once: the second claim finds none', async () => {
    await insertSetupToken(handle.db, { id: 'd'.repeat(64), expiresAt: later }, now);
    const claimed = await claimSetupTokens(handle.db);
    expect(claimed.map((t) => t.id).sort()).toEqual(['a'.repeat(64), 'd'.repeat(64)]);
    expect(claimed.every((t) => t.expiresAt.getTime() === later.getTime())).toBe(true);
    expect(await claimSetupTokens(handle.db)).toEqual([]);
  });
});
