import type { CellValue } from '../cell-values';
import type { Column } from '../columns';
import type { ExchangeCodes, ExchangeEntity, ExchangeRefs, OutCell } from '../entity';
import { planImport, type ImportPlan } from '../plan';
import { exportColumns, readSheet, type SheetTable } from '../sheet';

/** Units, programmes and innovations a test region has, by code and id. */
export const testUnits = [
  { id: '00000000-0000-4000-8000-0000000000a1', code: 'dinkes', active: true },
  { id: '00000000-0000-4000-8000-0000000000a2', code: 'diskominfo', active: true },
  { id: '00000000-0000-4000-8000-0000000000a3', code: 'kec-lama', active: false },
] as const;
export const testProgrammes = [
  { id: '00000000-0000-4000-8000-0000000000b1', code: 'PRG-01', startYear: 2024, endYear: 2026 },
] as const;
export const testInnovations = [
  { id: '00000000-0000-4000-8000-0000000000c1', code: 'INV-001' },
] as const;

/** References that resolve the test region's codes. */
export const testRefs: ExchangeRefs = {
  unit: (code) => testUnits.find((u) => u.code === code),
  programme: (code) => testProgrammes.find((p) => p.code === code),
  innovation: (code) => testInnovations.find((i) => i.code === code),
  period: { startYear: 2023, endYear: 2032 },
};

/** Codes of the test region's records, for writing. */
export const testCodes: ExchangeCodes = {
  unit: (id) => testUnits.find((u) => u.id === id)?.code ?? id,
  programme: (id) => testProgrammes.find((p) => p.id === id)?.code ?? id,
  innovation: (id) => testInnovations.find((i) => i.id === id)?.code ?? id,
};

/** A written cell as a spreadsheet reader hands it back (dates as XLSX date cells). */
export function asCell(out: OutCell): CellValue {
  if (out !== null && typeof out === 'object') return new Date(`${out.date}T00:00:00.000Z`);
  return out;
}

/** A sheet as an export writes it: the export columns' Indonesian headers and the rows. */
export function writtenSheet<T>(entity: ExchangeEntity<T>, records: readonly T[]): SheetTable {
  const columns: readonly Column[] = exportColumns(entity.columns);
  return {
    headers: columns.map((c) => c.header.id),
    rows: records.map((record) => {
      const cells = entity.write(record, testCodes);
      return columns.map((c) => asCell(cells[c.key] ?? null));
    }),
  };
}

/** A sheet of rows given by column key (the template's headers, blanks where not given). */
export function sheetOf(
  columns: readonly Column[],
  rows: readonly Readonly<Record<string, CellValue>>[],
): SheetTable {
  return {
    headers: columns.map((c) => c.header.id),
    rows: rows.map((row) => columns.map((c) => row[c.key] ?? null)),
  };
}

/** Plans an import of a sheet against nothing stored. */
export function planFresh<T>(entity: ExchangeEntity<T>, sheet: SheetTable): ImportPlan<T> {
  return planImport(entity, {
    sheet: readSheet(entity.columns, sheet),
    refs: testRefs,
    stored: {
      find: () => undefined,
      unitActive: (id) => testUnits.find((u) => u.id === id)?.active ?? false,
    },
  });
}
