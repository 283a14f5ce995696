import { describe, expect, it } from 'vitest';
import { innovationAt } from '../../innovation/testing/innovation-fixtures';
import { summarizeDashboard } from '../../monitoring/dashboard';
import type { MetricInnovation } from '../../monitoring/metrics';
import { testCodes, testUnits } from '../testing/exchange-fixtures';
import { dashboardFigureExport, dashboardFigures } from './dashboard-figures';
import {
  openDataCatalogue,
  openDatasetMetadata,
  openDatasets,
  openInnovationCells,
  openInnovationColumns,
  openRecordOf,
} from './open-data';

const region = { name: 'Kabupaten Sumedang', code: '32.11' };
const facts = { unitName: 'Dinas Kesehatan', updatedAt: '2026-02-03T04:05:06.000Z', stale: false };

describe('openInnovationColumns', () => {
  it('carry no user, no person’s name and no evaluator’s notes', () => {
    const keys = openInnovationColumns.map((c) => c.key);
    for (const hidden of [
      'responsible_person',
      'evaluation_notes',
      'lessons_learned',
      'problem_evidence',
      'public',
      'stale',
    ])
      expect(keys).not.toContain(hidden);
    expect(keys).toEqual(expect.arrayContaining(['code', 'unit', 'title', 'stage', 'outcome']));
    expect(openInnovationColumns.every((c) => c.exportOnly === undefined)).toBe(true);
  });
});

describe('openInnovationCells', () => {
  it('refuses an innovation that is not published', () => {
    const draft = innovationAt('need', { unitId: testUnits[0].id });
    expect(() =>
      openInnovationCells(draft, { externalCode: null, facts, codes: testCodes }),
    ).toThrow(/not published/);
  });

  it('writes a published one with the tahapan that applies', () => {
    const published = { ...innovationAt('quick_win', { unitId: testUnits[0].id }), isPublic: true };
    const cells = openInnovationCells(published, {
      externalCode: 'INV-1',
      facts,
      codes: testCodes,
    });
    expect(cells).toMatchObject({ code: 'INV-1', unit: 'dinkes', tahapan: 'Uji coba' });
    const record = openRecordOf(openInnovationColumns, cells);
    expect(Object.keys(record)).not.toContain('responsible_person');
    expect(record).toMatchObject({
      code: 'INV-1',
      unit: 'dinkes',
      unit_name: 'Dinas Kesehatan',
      dimension: 'governance',
      dimension_label: 'Smart Governance',
      extra_dimensions: ['society'],
      extra_dimensions_label: ['Smart Society'],
      stage: 'quick_win',
      stage_label: 'Quick Win',
      tahapan: 'trial',
      updated_at: '2026-02-03',
    });
  });
});

describe('openRecordOf', () => {
  it('writes yes/no as booleans, empty cells as null and numbers as numbers', () => {
    const record = openRecordOf(openInnovationColumns, {
      beneficiary_count: 1200,
      outcome: null,
    });
    expect(record.beneficiary_count).toBe(1200);
    expect(record.outcome).toBeNull();
    expect(record.outcome_label).toBeNull();
  });
});

describe('openDatasetMetadata', () => {
  it.each(openDatasets)('describes %s completely, its columns from their definitions', (id) => {
    const metadata = openDatasetMetadata(id, region, '2026-02-03T04:05:06.000Z');
    expect(metadata).toMatchObject({
      identifier: id,
      publisher: 'Kabupaten Sumedang',
      regionCode: '32.11',
      licence: { id: 'CC-BY-4.0' },
      modified: '2026-02-03T04:05:06.000Z',
    });
    for (const text of [
      metadata.title,
      metadata.description,
      metadata.subject,
      metadata.updateFrequency,
    ]) {
      expect(text.id.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(metadata.columns.length).toBeGreaterThan(3);
    for (const column of metadata.columns) {
      expect(column.description.id.trim()).not.toBe('');
      expect(column.description.en.trim()).not.toBe('');
      if (column.type === 'code') expect(column.codes?.length).toBeGreaterThan(0);
    }
    expect(metadata.distributions.map((d) => d.path)).toEqual([
      `/data/${id}.csv`,
      `/data/${id}.json`,
    ]);
  });

  it('put every dataset in the catalogue', () => {
    const catalogue = openDataCatalogue(region, null);
    expect(catalogue.datasets.map((d) => d.identifier)).toEqual([...openDatasets]);
    expect(catalogue.publisher).toBe('Kabupaten Sumedang');
  });
});

describe('dashboardFigures', () => {
  const innovation = (id: string, overrides: Partial<MetricInnovation>): MetricInnovation => ({
    id,
    title: id,
    unitId: testUnits[0].id,
    dimension: 'governance',
    element: 'public_service',
    stage: 'need',
    createdAt: '2026-01-10T00:00:00.000Z',
    lastEventAt: '2026-01-10T00:00:00.000Z',
    quickWinTargetDate: null,
    quickWinStatus: null,
    quickWinProgress: null,
    outcome: null,
    ...overrides,
  });
  const summary = summarizeDashboard({
    innovations: [
      innovation('a', {}),
      innovation('b', { dimension: 'living', element: 'health', stage: 'quick_win' }),
      innovation('c', { unitId: testUnits[1].id, stage: 'sustained', outcome: 'impactful' }),
    ],
    events: [],
    units: testUnits.map((u) => ({ id: u.id, name: u.code, shortName: u.code })),
    filter: {},
    now: new Date('2026-03-02T09:00:00.000Z'),
  });
  const figures = dashboardFigures(summary, testCodes.unit);
  const value = (group: string, code: string) =>
    figures.find((f) => f.group === group && f.code === code)?.value;

  it('carry the summary’s numbers, units by code', () => {
    expect(value('summary', 'innovations')).toBe(3);
    expect(value('dimension', 'governance')).toBe(2);
    expect(value('dimension', 'living')).toBe(1);
    expect(value('element', 'health')).toBe(1);
    expect(value('stage', 'sustained')).toBe(1);
    expect(value('outcome', 'impactful')).toBe(1);
    expect(value('outcome', 'none')).toBe(2);
    expect(value('unit', 'dinkes')).toBe(2);
    expect(value('unit', 'diskominfo')).toBe(1);
    expect(value('summary', 'quick_win_mean_progress')).toBeNull();
    const groupSum = (group: string) =>
      figures.filter((f) => f.group === group).reduce((s, f) => s + (f.value ?? 0), 0);
    for (const group of ['dimension', 'element', 'stage', 'outcome'])
      expect(groupSum(group)).toBe(3);
    expect(figures.filter((f) => f.group === 'created_per_month')).toHaveLength(12);
  });

  it('are written as rows of group, code, label and value', () => {
    const cells = dashboardFigureExport.write(figures[0]!, testCodes);
    expect(cells).toEqual({
      group: 'Ringkasan',
      code: 'innovations',
      label: 'Inovasi dipublikasikan',
      value: 3,
    });
    expect(openRecordOf(dashboardFigureExport.columns, cells)).toEqual({
      group: 'summary',
      group_label: 'Ringkasan',
      code: 'innovations',
      label: 'Inovasi dipublikasikan',
      value: 3,
    });
  });
});
