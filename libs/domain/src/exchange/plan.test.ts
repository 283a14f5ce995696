import { describe, expect, it } from 'vitest';
import { unitColumns, unitExchange, type UnitRecord } from './entities/unit-exchange';
import { describeImportIssue } from './issues';
import { planImport, planImportSteps, sameRecord, type StoredLookup } from './plan';
import { readSheet } from './sheet';
import { sheetOf, testRefs } from './testing/exchange-fixtures';

const stored: UnitRecord = {
  code: 'dinkes',
  name: 'Dinas Kesehatan',
  shortName: 'Dinkes',
  type: 'dinas',
  active: true,
};
const lookup = (refusal?: StoredLookup<UnitRecord>['refusal']): StoredLookup<UnitRecord> => ({
  find: (code) => (code === 'dinkes' ? { id: 'unit-1', record: stored } : undefined),
  unitActive: () => true,
  ...(refusal ? { refusal } : {}),
});
const sheet = readSheet(
  unitColumns,
  sheetOf(unitColumns, [
    { code: 'dinkes', name: 'Dinas Kesehatan', short_name: 'Dinkes', type: 'Dinas' },
    { code: 'dinkes', name: 'Dinas Kesehatan Kabupaten', short_name: 'Dinkes', type: 'Dinas' },
    { code: 'disdik', name: 'Dinas Pendidikan', type: 'Dinas' },
  ]),
);

describe('planImport', () => {
  it('finds a stored record unchanged, and refuses the second row with its key', () => {
    const plan = planImport(unitExchange, { sheet, refs: testRefs, stored: lookup() });
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 1 });
    expect(plan.rows.map((r) => [r.row, r.action, r.existingId])).toEqual([
      [2, 'unchanged', 'unit-1'],
      [4, 'create', null],
    ]);
    expect(plan.issues.map((i) => describeImportIssue(i, 'en'))).toEqual([
      'Row 3: has the same code as row 2',
    ]);
  });

  it('asks the refusal hook about updates only, and refuses the row it names', () => {
    const asked: string[] = [];
    const single = readSheet(
      unitColumns,
      sheetOf(unitColumns, [
        { code: 'dinkes', name: 'Dinas Kesehatan Kabupaten', type: 'Dinas' },
        { code: 'disdik', name: 'Dinas Pendidikan', type: 'Dinas' },
      ]),
    );
    const plan = planImport(unitExchange, {
      sheet: single,
      refs: testRefs,
      stored: lookup((existing, record) => {
        asked.push(`${existing.id}:${record.name}`);
        return { code: 'locked_in_round' };
      }),
    });
    expect(asked).toEqual(['unit-1:Dinas Kesehatan Kabupaten']);
    expect(plan.rows.map((r) => r.record.code)).toEqual(['disdik']);
    expect(plan.issues.map((i) => describeImportIssue(i, 'id'))).toEqual([
      'Baris 2: inovasi ini sedang dinilai dalam periode penilaian yang berjalan',
    ]);
  });
});

describe('planImportSteps', () => {
  it('yields progress by rows and returns the same plan as planImport', () => {
    const steps = planImportSteps(unitExchange, {
      sheet,
      refs: testRefs,
      stored: lookup(),
      every: 2,
    });
    const progress: unknown[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    expect(progress).toEqual([
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    expect(step.value).toEqual(
      planImport(unitExchange, { sheet, refs: testRefs, stored: lookup() }),
    );
  });
});

describe('sameRecord', () => {
  it('ignores the order of keys and keys left undefined, and sees any other difference', () => {
    const a = {
      ...stored,
      extra: { list: [1, { x: 'y' }], gone: undefined },
    } as unknown as UnitRecord;
    const b = { extra: { list: [1, { x: 'y' }] }, ...stored } as unknown as UnitRecord;
    expect(sameRecord(unitExchange, a, b)).toBe(true);
    expect(sameRecord(unitExchange, a, { ...b, name: 'Lain' })).toBe(false);
    const c = { ...stored, extra: { list: [1, { x: 'z' }] } } as unknown as UnitRecord;
    expect(sameRecord(unitExchange, a, c)).toBe(false);
    expect(
      sameRecord(unitExchange, a, { ...stored, extra: { list: [1] } } as unknown as UnitRecord),
    ).toBe(false);
  });
});
