import { describe, expect, it } from 'vitest';
import { actionItemExchange } from './entities/action-item-exchange';
import { innovationExchange } from './entities/innovation-exchange';
import { programmeExchange } from './entities/programme-exchange';
import { unitExchange } from './entities/unit-exchange';
import { userExchange } from './entities/user-exchange';
import type { ExchangeEntity, ExchangeRefs } from './entity';
import { describeImportIssue } from './issues';
import { planImport } from './plan';
import { readSheet, templateColumns } from './sheet';
import {
  columnChoices,
  columnFormatText,
  templateColumnWidth,
  templateExamples,
  templateGuide,
} from './template';

const entities = [
  unitExchange,
  userExchange,
  innovationExchange,
  programmeExchange,
  actionItemExchange,
] as readonly ExchangeEntity<unknown>[];

/** A region where the examples' codes exist: units, the programme and the innovation. */
const exampleRefs: ExchangeRefs = {
  unit: (code) =>
    ['dinkes', 'diskominfosanditik', 'bapppeda'].includes(code)
      ? { id: `00000000-0000-4000-8000-${code.length.toString().padStart(12, '0')}`, active: true }
      : undefined,
  programme: (code) =>
    code === 'PRG-LIV-01'
      ? { id: '00000000-0000-4000-8000-0000000000b1', startYear: 2025, endYear: 2027 }
      : undefined,
  innovation: (code) =>
    code === 'INV-001' ? { id: '00000000-0000-4000-8000-0000000000c1' } : undefined,
  period: { startYear: 2023, endYear: 2032 },
};

describe('templateGuide', () => {
  it.each(entities.map((e) => [e.entity, e] as const))(
    'lists every column of the %s template with what it accepts and an example',
    (_name, entity) => {
      const guide = templateGuide(entity);
      expect(guide.map((g) => g.key)).toEqual(templateColumns(entity.columns).map((c) => c.key));
      for (const row of guide) {
        expect(row.accepted.id.length, row.key).toBeGreaterThan(5);
        expect(row.accepted.en.length, row.key).toBeGreaterThan(5);
        if (row.required) expect(row.example, row.key).not.toBe('');
      }
    },
  );

  it.each(entities.map((e) => [e.entity, e] as const))(
    'gives examples for %s that an import reads without an issue',
    (_name, entity) => {
      const columns = templateColumns(entity.columns);
      const examples = templateExamples[entity.entity];
      const sheet = readSheet(entity.columns, {
        headers: columns.map((c) => c.header.id),
        rows: [columns.map((c) => examples[c.key] ?? '')],
      });
      const plan = planImport(entity, {
        sheet,
        refs: exampleRefs,
        stored: {
          find: () => undefined,
          unitActive: () => true,
        },
      });
      expect(plan.issues.map((i) => describeImportIssue(i, 'en'))).toEqual([]);
      expect(plan.counts.create).toBe(1);
    },
  );
});

describe('columnFormatText', () => {
  it('lists every allowed value of a coded column and explains numbers the Indonesian way', () => {
    const dimension = innovationExchange.columns.find((c) => c.key === 'dimension')!;
    expect(columnFormatText(dimension).id).toBe(
      'Salah satu dari: Smart Governance; Smart Branding; Smart Economy; Smart Living; Smart Society; Smart Environment.',
    );
    const budget = programmeExchange.columns.find((c) => c.key === 'budget')!;
    expect(columnFormatText(budget).id).toBe(
      'Bilangan bulat 0–1.000.000.000.000.000; titik sebagai pemisah ribuan boleh (1.200.000).',
    );
  });
});

describe('columnChoices', () => {
  it('offers the labels of choice and yes/no columns, and nothing for free or many-value columns', () => {
    const column = (key: string) => innovationExchange.columns.find((c) => c.key === key)!;
    expect(columnChoices(column('stage'))).toEqual([
      'Masalah',
      'Kebutuhan',
      'Proses Bisnis',
      'Quick Win',
      'Evaluasi',
      'Berlanjut',
      'Dihentikan',
    ]);
    expect(columnChoices(column('public'))).toEqual(['Ya', 'Tidak']);
    expect(columnChoices(column('extra_dimensions'))).toBeNull();
    expect(columnChoices(column('title'))).toBeNull();
  });
});

describe('templateColumnWidth', () => {
  it('fits the header and stays between 12 and 60 characters', () => {
    for (const entity of entities)
      for (const column of entity.columns) {
        const width = templateColumnWidth(column);
        expect(width).toBeGreaterThanOrEqual(Math.min(60, column.header.id.length));
        expect(width).toBeLessThanOrEqual(60);
      }
  });
});
