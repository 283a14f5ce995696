import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  pruneLoginAttempts,
  recentLoginFailures,
  recordLoginAttempt,
} from './login-attempt.repository';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

describe.each(testDatabaseFactories())('login attempt repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
    await recordLoginAttempt(
      handle.db,
      { email: 'A@demo.test', clientAddress: '10.0.0.1', success: false },
      at(1),
    );
    await recordLoginAttempt(
      handle.db,
      { email: 'a@demo.test', clientAddress: '10.0.0.1', success: false },
      at(2),
    );
    await recordLoginAttempt(
      handle.db,
      { email: 'a@demo.test', clientAddress: '10.0.0.2', success: true },
      at(3),
    );
    await recordLoginAttempt(
      handle.db,
      { email: 'a@demo.test', clientAddress: '10.0.0.2', success: false },
      at(4),
    );
    await recordLoginAttempt(
      handle.db,
      { email: 'b@demo.test', clientAddress: '10.0.0.1', success: false },
      at(5),
    );
  });
  afterAll(() => handle.close());

  it("counts an account's failures since its last success, newest first", async () => {
    expect(await recentLoginFailures(handle.db, { email: 'A@DEMO.TEST' }, at(0))).toEqual([at(4)]);
  });

  it("counts an address's failures for every account", async () => {
    expect(await recentLoginFailures(handle.db, { clientAddress: '10.0.0.1' }, at(0))).toEqual([
      at(5),
      at(2),
      at(1),
    ]);
  });

  it('ignores failures before the window', async () => {
    expect(await recentLoginFailures(handle.db, { clientAddress: '10.0.0.1' }, at(2))).toEqual([
      at(5),
    ]);
  });

  it('prunes old attempts', async () => {
    expect(await pruneLoginAttempts(handle.db, at(3))).toBe(2);
    expect(await recentLoginFailures(handle.db, { clientAddress: '10.0.0.1' }, at(0))).toEqual([
      at(5),
    ]);
  });
});
