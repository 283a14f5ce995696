import { describe, expect, it } from 'vitest';
import { issueRows } from './import-issues';

describe('issueRows', () => {
  it('lists issues by row and column with the domain’s messages in the user’s language', () => {
    const issues = [
      { scope: 'file' as const, problem: { code: 'empty_file' as const } },
      { scope: 'row' as const, row: 3, problem: { code: 'duplicate_key' as const, firstRow: 2 } },
      {
        scope: 'cell' as const,
        row: 4,
        column: 'dimension',
        header: { id: 'Dimensi', en: 'Dimension' },
        value: 'Smart Gov',
        problem: { code: 'unknown_choice' as const, allowed: ['Smart Governance'] },
      },
    ];
    expect(issueRows(issues, 'id')).toEqual([
      { key: '0', row: null, column: null, message: 'Berkas tidak berisi baris data.' },
      { key: '1', row: 3, column: null, message: 'Baris 3: kodenya sama dengan baris 2' },
      {
        key: '2',
        row: 4,
        column: 'Dimensi',
        message: "Baris 4, kolom Dimensi: 'Smart Gov' tidak dikenal; pilihan: Smart Governance",
      },
    ]);
    expect(issueRows(issues, 'en')[2]?.column).toBe('Dimension');
  });
});
