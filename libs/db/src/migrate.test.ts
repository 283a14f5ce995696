import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appendEvent } from './repositories/event.repository';
import { migrateTestDatabaseAgain, testDatabaseFactories } from './testing';

describe.each(testDatabaseFactories())('migrateToLatest on $dialect', ({ open }) => {
  it('applies nothing the second time', async () => {
    const handle = await open();
    try {
      expect((await migrateTestDatabaseAgain(handle)).applied).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it('makes the event log append-only', async () => {
    const handle = await open();
    try {
      await appendEvent(handle.db, {
        occurredAt: new Date(),
        entityType: 'test',
        action: 'created',
      });
      await expect(sql`update events set action = 'changed'`.execute(handle.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from events`.execute(handle.db)).rejects.toThrow(/append-only/);
      const rows = await handle.db.selectFrom('events').select('action').execute();
      expect(rows).toEqual([{ action: 'created' }]);
    } finally {
      await handle.close();
    }
  });
});
