import { describe, expect, it } from 'vitest';
import { defaultTahapan } from '../innovation/vocabulary';
import { innovationAt } from '../innovation/testing/innovation-fixtures';
import {
  changedFields,
  importedInnovation,
  innovationImportRefusal,
  userImportRefusal,
} from './apply';
import type { UserRecord } from './entities/user-exchange';
import { innovationRecordOf } from './records';

const now = new Date('2026-03-02T09:00:00.000Z');
const meta = { id: '00000000-0000-4000-8000-0000000000f1', actorUserId: 'importer', now };

describe('importedInnovation', () => {
  it('makes a new innovation at version 1 whose tahapan follows its stage', () => {
    const record = innovationRecordOf(innovationAt('quick_win'), 'INV-9');
    const created = importedInnovation(
      {
        ...record,
        profile: {
          ...record.profile,
          tahapan: null,
          extraDimensions: ['living', record.profile.dimension],
        },
      },
      null,
      meta,
    );
    expect(created).toMatchObject({
      id: meta.id,
      version: 1,
      stage: 'quick_win',
      tahapan: defaultTahapan('quick_win'),
      tahapanManual: false,
      createdBy: 'importer',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(created.extraDimensions).not.toContain(record.profile.dimension);
  });

  it('replaces a stored innovation’s content and bumps its version, keeping its id and creation', () => {
    const stored = innovationAt('need');
    const record = innovationRecordOf(innovationAt('process'), 'INV-9');
    const next = importedInnovation(
      { ...record, isPublic: true, profile: { ...record.profile, tahapan: 'implementation' } },
      stored,
      meta,
    );
    expect(next).toMatchObject({
      id: stored.id,
      version: stored.version + 1,
      createdAt: stored.createdAt,
      createdBy: stored.createdBy,
      stage: 'process',
      isPublic: true,
      tahapan: 'implementation',
      tahapanManual: true,
      updatedBy: 'importer',
    });
  });
});

describe('innovationImportRefusal', () => {
  const refusal = innovationImportRefusal((id) => (id === 'in-round' ? 'round-1' : null));
  const record = (stage: 'evaluation' | 'quick_win') =>
    innovationRecordOf(innovationAt(stage), 'INV-1');

  it('refuses to change an innovation in evaluation while its round runs (the round lock)', () => {
    expect(refusal({ id: 'in-round', record: record('evaluation') }, record('evaluation'))).toEqual(
      {
        code: 'locked_in_round',
      },
    );
  });

  it('lets other innovations change', () => {
    expect(refusal({ id: 'free', record: record('evaluation') }, record('evaluation'))).toBeNull();
    expect(
      refusal({ id: 'in-round', record: record('quick_win') }, record('quick_win')),
    ).toBeNull();
  });
});

describe('userImportRefusal', () => {
  const me: UserRecord = {
    email: 'koordinator@demo.test',
    name: 'Koordinator',
    nip: null,
    role: 'coordinator',
    unitId: null,
    active: true,
    initialPassword: null,
  };
  const refusal = userImportRefusal('me');

  it('refuses to change the importer’s own role or to deactivate them', () => {
    expect(refusal({ id: 'me', record: me }, { ...me, role: 'leader' })).toMatchObject({
      code: 'not_allowed',
    });
    expect(refusal({ id: 'me', record: me }, { ...me, active: false })).toMatchObject({
      code: 'not_allowed',
    });
  });

  it('lets the importer rename themselves, and change other users', () => {
    expect(refusal({ id: 'me', record: me }, { ...me, name: 'Tim Smart City' })).toBeNull();
    expect(refusal({ id: 'other', record: me }, { ...me, active: false })).toBeNull();
  });
});

describe('changedFields', () => {
  it('keeps only what differs, nested objects field by field', () => {
    expect(
      changedFields(
        { name: 'A', profile: { title: 'Lama', summary: 'Sama' }, tags: ['x'] },
        { name: 'A', profile: { title: 'Baru', summary: 'Sama' }, tags: ['x', 'y'], extra: 1 },
      ),
    ).toEqual({
      before: { profile: { title: 'Lama' }, tags: ['x'], extra: null },
      after: { profile: { title: 'Baru' }, tags: ['x', 'y'], extra: 1 },
    });
  });
});
