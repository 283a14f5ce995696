import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import {
  consumeAccountToken,
  expireAccountTokens,
  findAccountToken,
  insertAccountToken,
  pendingAccountTokens,
} from './account-token.repository';
import { findCredentialsByEmail } from './user.repository';

const now = new Date('2026-03-02T09:00:00.000Z');
const hour = 60 * 60 * 1000;
const at = (ms: number) => new Date(now.getTime() + ms);
const newId = () => createHash('sha256').update(randomBytes(32)).digest('hex');

describe.each(testDatabaseFactories())('account token repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let userId: string;
  let otherUserId: string;

  beforeAll(async () => {
    handle = await open();
    await seedDemoData(handle.db, now, { demoPasswordHash: 'hash-demo' });
    userId = (await findCredentialsByEmail(handle.db, 'dinkes.staf@demo.test'))!.user.id;
    otherUserId = (await findCredentialsByEmail(handle.db, 'bupati@demo.test'))!.user.id;
  });
  afterAll(() => handle.close());

  const issue = (purpose: 'invitation' | 'password_reset' = 'invitation', user = userId) =>
    insertAccountToken(
      handle.db,
      { id: newId(), userId: user, purpose, expiresAt: at(72 * hour), createdBy: otherUserId },
      now,
    );

  it('stores a token and reads it back by its hash', async () => {
    const token = await issue();
    expect(await findAccountToken(handle.db, token.id)).toEqual({
      id: token.id,
      userId,
      purpose: 'invitation',
      createdAt: now.toISOString(),
      expiresAt: at(72 * hour).toISOString(),
      usedAt: null,
      createdBy: otherUserId,
    });
    expect(await findAccountToken(handle.db, newId())).toBeUndefined();
  });

  it('consumes a token once, only for its purpose and only before it expires', async () => {
    const token = await issue();
    expect(
      await consumeAccountToken(handle.db, { id: token.id, purpose: 'password_reset', now }),
    ).toBe(false);
    expect(
      await consumeAccountToken(handle.db, {
        id: token.id,
        purpose: 'invitation',
        now: at(72 * hour),
      }),
    ).toBe(false);
    expect(
      await consumeAccountToken(handle.db, { id: token.id, purpose: 'invitation', now: at(hour) }),
    ).toBe(true);
    expect(
      await consumeAccountToken(handle.db, { id: token.id, purpose: 'invitation', now: at(hour) }),
    ).toBe(false);
    expect((await findAccountToken(handle.db, token.id))?.usedAt).toBe(at(hour).toISOString());
  });

  it('lets exactly one of concurrent uses win', async () => {
    const token = await issue();
    const attempts = await Promise.all(
      Array.from({ length: 6 }, () =>
        handle.db
          .transaction()
          .execute((trx) =>
            consumeAccountToken(trx, { id: token.id, purpose: 'invitation', now: at(hour) }),
          ),
      ),
    );
    expect(attempts.filter(Boolean)).toHaveLength(1);
  });

  it("expires a user's running tokens of one purpose, and lists the pending ones", async () => {
    const first = await issue('invitation', otherUserId);
    const reset = await issue('password_reset', otherUserId);
    const pendingBefore = await pendingAccountTokens(handle.db, {
      userIds: [otherUserId, userId],
      purpose: 'invitation',
      now: at(hour),
    });
    expect(pendingBefore.get(otherUserId)).toBe(at(72 * hour).toISOString());
    expect(
      await expireAccountTokens(handle.db, {
        userId: otherUserId,
        purpose: 'invitation',
        now: at(hour),
      }),
    ).toBe(1);
    expect((await findAccountToken(handle.db, first.id))?.expiresAt).toBe(at(hour).toISOString());
    expect((await findAccountToken(handle.db, reset.id))?.expiresAt).toBe(
      at(72 * hour).toISOString(),
    );
    const pendingAfter = await pendingAccountTokens(handle.db, {
      userIds: [otherUserId],
      purpose: 'invitation',
      now: at(hour),
    });
    expect(pendingAfter.has(otherUserId)).toBe(false);
    expect(
      (await pendingAccountTokens(handle.db, { userIds: [], purpose: 'invitation', now })).size,
    ).toBe(0);
  });
});
