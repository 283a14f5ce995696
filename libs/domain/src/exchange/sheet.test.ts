import { describe, expect, it } from 'vitest';
import { unitColumns } from './entities/unit-exchange';
import { describeImportIssue, maxImportRows } from './issues';
import { matchHeaders, readSheet, readSheetSteps } from './sheet';

const headers = ['Kode', 'Nama', 'Nama singkat', 'Jenis', 'Aktif'];

describe('matchHeaders', () => {
  it('finds each column under its Indonesian or English header, in any order and case', () => {
    const result = matchHeaders(unitColumns, ['type', 'NAMA', 'Kode', 'Short name', ' aktif ']);
    expect(result.ok && Object.fromEntries(result.indexOf)).toEqual({
      type: 0,
      name: 1,
      code: 2,
      short_name: 3,
      active: 4,
    });
  });

  it('refuses a renamed, a missing and a repeated column', () => {
    const result = matchHeaders(unitColumns, [
      'Kode',
      'Nama unit',
      'Nama singkat',
      'Jenis',
      'Jenis',
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { code: 'unknown_column', header: 'Nama unit' },
      { code: 'duplicate_column', header: 'Jenis' },
      { code: 'missing_column', header: 'Nama' },
      { code: 'missing_column', header: 'Aktif' },
    ]);
    expect(describeImportIssue({ scope: 'file', problem: result.problems[2]! }, 'id')).toBe(
      "Kolom 'Nama' tidak ada (mungkin diganti namanya). Gunakan judul kolom dari templat.",
    );
  });
});

describe('readSheet', () => {
  it('reads rows by their columns, skips blank rows and numbers rows as a spreadsheet does', () => {
    const read = readSheet(unitColumns, {
      headers,
      rows: [
        ['dinkes', 'Dinas Kesehatan', 'Dinkes', 'Dinas', 'Ya'],
        [null, '', '  ', null, null],
        ['kec-wado', 'Kecamatan Wado', null, 'kecamatan', ''],
      ],
    });
    expect(read.issues).toEqual([]);
    expect(read.rowCount).toBe(2);
    expect(read.rows).toEqual([
      {
        row: 2,
        values: {
          code: 'dinkes',
          name: 'Dinas Kesehatan',
          short_name: 'Dinkes',
          type: 'dinas',
          active: true,
        },
      },
      {
        row: 4,
        values: {
          code: 'kec-wado',
          name: 'Kecamatan Wado',
          short_name: null,
          type: 'kecamatan',
          active: null,
        },
      },
    ]);
  });

  it('reports every unreadable cell by row and column, in the user’s language', () => {
    const read = readSheet(unitColumns, {
      headers,
      rows: [['dinkes', '', null, 'Kementerian', 'mungkin']],
    });
    expect(read.rows).toEqual([]);
    expect(read.issues.map((issue) => describeImportIssue(issue, 'id'))).toEqual([
      'Baris 2, kolom Nama: wajib diisi',
      "Baris 2, kolom Jenis: 'Kementerian' tidak dikenal; pilihan: Sekretariat, Inspektorat, Dinas, Badan, Rumah sakit daerah, Kecamatan, Lainnya",
      "Baris 2, kolom Aktif: 'mungkin' harus Ya atau Tidak",
    ]);
    expect(describeImportIssue(read.issues[0]!, 'en')).toBe('Row 2, column Name: is required');
  });

  it('refuses an empty file and one with too many rows', () => {
    expect(readSheet(unitColumns, { headers, rows: [[null, '']] }).issues).toEqual([
      { scope: 'file', problem: { code: 'empty_file' } },
    ]);
    const many = Array.from({ length: maxImportRows + 1 }, (_, i) => [
      `u${i}`,
      'Unit',
      null,
      'dinas',
      'Ya',
    ]);
    expect(readSheet(unitColumns, { headers, rows: many }).issues).toEqual([
      { scope: 'file', problem: { code: 'too_many_rows', max: maxImportRows } },
    ]);
  });
});

describe('readSheetSteps', () => {
  it('yields its progress every few rows and returns what readSheet answers', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`u${i}`, 'Unit', null, 'dinas', 'Ya']);
    const steps = readSheetSteps(unitColumns, { headers, rows }, 3);
    const progress: unknown[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    expect(progress).toEqual([
      { done: 3, total: 7 },
      { done: 6, total: 7 },
      { done: 7, total: 7 },
    ]);
    expect(step.value).toEqual(readSheet(unitColumns, { headers, rows }));
  });
});
