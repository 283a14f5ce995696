import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../evaluation/rubric';
import { innovationAt } from '../../innovation/testing/innovation-fixtures';
import { describeImportIssue } from '../issues';
import { innovationRecordOf } from '../records';
import { exportColumns } from '../sheet';
import { innovationExchange, innovationFactCells } from '../entities/innovation-exchange';
import { programmeColumns, programmeFactCells } from '../entities/programme-exchange';
import { actionItemColumns, actionItemFactCells } from '../entities/action-item-exchange';
import { userColumns, userFactCells } from '../entities/user-exchange';
import {
  asCell,
  planFresh,
  testCodes,
  testInnovations,
  testUnits,
} from '../testing/exchange-fixtures';
import {
  exportListOfSlug,
  exportListSlugs,
  exportLists,
  innovationExportInputSchema,
  rowCells,
  type ExportSheet,
} from './export-lists';
import { progressReportExport } from './progress-report-export';
import { roundResultExport } from './round-result-export';
import { signatureExport } from './signature-export';

describe('exportListSlugs', () => {
  it('name every list by a distinct ASCII slug that leads back to it', () => {
    const slugs = exportLists.map((list) => exportListSlugs[list]);
    expect(new Set(slugs).size).toBe(exportLists.length);
    for (const list of exportLists) {
      expect(exportListSlugs[list]).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(exportListOfSlug(exportListSlugs[list])).toBe(list);
    }
    expect(exportListOfSlug('rahasia')).toBeUndefined();
  });
});

describe('innovationExportInputSchema', () => {
  it('takes the list’s filters and order but no page', () => {
    expect(innovationExportInputSchema.parse(undefined)).toEqual({ sort: 'updated_desc' });
    expect(
      innovationExportInputSchema.parse({ stage: 'need', search: 'stunting', isPublic: true }),
    ).toEqual({ stage: 'need', search: 'stunting', isPublic: true, sort: 'updated_desc' });
    expect(innovationExportInputSchema.safeParse({ limit: 10 }).success).toBe(false);
    expect(innovationExportInputSchema.safeParse({ cursor: 'abc' }).success).toBe(false);
  });
});

describe('export-only columns of the importable sheets', () => {
  it('are written beside the record and ignored when the file is imported again', () => {
    const innovation = {
      ...innovationAt('quick_win', { unitId: testUnits[0].id }),
      isPublic: true,
    };
    const record = innovationRecordOf(innovation, 'INV-7');
    const columns = exportColumns(innovationExchange.columns);
    const cells = {
      ...innovationExchange.write(record, testCodes),
      ...innovationFactCells({
        unitName: 'Dinas Kesehatan',
        updatedAt: '2026-02-03T04:05:06.000Z',
        stale: true,
      }),
    };
    const row = rowCells(columns, cells);
    expect(row.at(-3)).toBe('Dinas Kesehatan');
    expect(row.at(-2)).toEqual({ date: '2026-02-03' });
    expect(row.at(-1)).toBe('Ya');
    const plan = planFresh(innovationExchange, {
      headers: columns.map((c) => c.header.id),
      rows: [row.map(asCell)],
    });
    expect(plan.issues.map((i) => describeImportIssue(i, 'en'))).toEqual([]);
    expect(plan.rows.map((r) => r.record)).toEqual([record]);
  });

  it('fill exactly the export-only columns of each sheet', () => {
    const keys = (columns: typeof userColumns) =>
      columns.filter((c) => c.exportOnly).map((c) => c.key);
    expect(Object.keys(userFactCells({ lastLoginAt: null }))).toEqual(keys(userColumns));
    expect(userFactCells({ lastLoginAt: '2026-01-02T23:59:00.000Z' })).toEqual({
      last_login: { date: '2026-01-02' },
    });
    expect(Object.keys(programmeFactCells({ progress: 33.333 }))).toEqual(keys(programmeColumns));
    expect(programmeFactCells({ progress: 33.333 })).toEqual({ progress: 33.3 });
    expect(programmeFactCells({ progress: null })).toEqual({ progress: null });
    expect(Object.keys(actionItemFactCells({ overdue: true }))).toEqual(keys(actionItemColumns));
  });
});

/** Every key a sheet writes is one of its columns, and every column is written. */
function expectWritesItsColumns<T>(sheet: ExportSheet<T>, record: T) {
  const cells = sheet.write(record, testCodes);
  expect(Object.keys(cells).sort()).toEqual(sheet.columns.map((c) => c.key).sort());
  expect(new Set(sheet.columns.map((c) => c.key)).size).toBe(sheet.columns.length);
  for (const column of sheet.columns) {
    expect(column.header.id.trim()).not.toBe('');
    expect(column.description.en.trim()).not.toBe('');
  }
  return cells;
}

describe('progressReportExport', () => {
  it('writes a report by its innovation’s code, with the KPI actuals as lines', () => {
    const cells = expectWritesItsColumns(progressReportExport, {
      innovationId: testInnovations[0].id,
      innovationTitle: 'SIMPATI',
      reportDate: '2026-02-01',
      progressPercent: 40,
      status: 'in_progress',
      narrative: '=Pelatihan kader selesai',
      kpiActuals: [{ name: 'Cakupan | balita', actual: 72.5 }],
      decreaseReason: null,
      reportedBy: null,
      recordedAt: '2026-02-02T10:00:00.000Z',
    });
    expect(cells).toMatchObject({
      innovation: 'INV-001',
      report_date: { date: '2026-02-01' },
      status: 'Berjalan',
      narrative: '=Pelatihan kader selesai',
      kpi_actuals: 'Cakupan \\| balita | 72.5',
      reported_by: null,
      recorded_at: { date: '2026-02-02' },
    });
  });
});

describe('signatureExport', () => {
  it('writes a withdrawn signature with its reason', () => {
    const cells = expectWritesItsColumns(signatureExport, {
      unitId: testUnits[1].id,
      unitName: 'Diskominfo',
      signerName: 'Drs. Ahmad',
      signerNip: '197503122005012004',
      signerPosition: 'Kepala Dinas',
      signedOn: '2023-11-20',
      withdrawnAt: '2024-01-05T03:00:00.000Z',
      withdrawalReason: 'Penandatangan keliru',
    });
    expect(cells).toMatchObject({
      unit: 'diskominfo',
      status: 'Ditarik',
      withdrawn_on: { date: '2024-01-05' },
    });
  });
});

describe('roundResultExport', () => {
  it('has a column per criterion of the round’s rubric and no evaluator', () => {
    const sheet = roundResultExport(defaultRubric);
    const criterionKeys = sheet.columns.filter((c) => c.key.startsWith('mean_'));
    expect(criterionKeys.map((c) => c.key)).toEqual(defaultRubric.map((c) => `mean_${c.key}`));
    expect(sheet.columns.some((c) => /evaluator_name|penilai_nama/.test(c.key))).toBe(false);
    const cells = expectWritesItsColumns(sheet, {
      rank: 1,
      innovationId: testInnovations[0].id,
      title: 'SIMPATI',
      unitId: testUnits[0].id,
      unitName: 'Dinas Kesehatan',
      stage: 'evaluation',
      assigned: 2,
      submitted: 2,
      score: 71.25,
      verdict: 'impactful',
      disagreement: false,
      criterionMeans: Object.fromEntries(defaultRubric.map((c) => [c.key, 4.333333])),
      outcome: null,
      recordedAt: null,
    });
    expect(cells).toMatchObject({ rank: 1, score: 71.25, verdict: 'Berdampak', outcome: null });
    expect(cells[`mean_${defaultRubric[0]!.key}`]).toBe(4.33);
  });
});
