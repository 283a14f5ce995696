import type { LocalizedText } from '../common/localized-text';
import {
  cellText,
  choiceKey,
  decodeLines,
  parseBooleanCell,
  parseDateCell,
  parseNumberCell,
  splitList,
  type CellValue,
} from './cell-values';
import type { CellProblem } from './issues';

/**
 * The columns of a spreadsheet, defined once per entity: the importer reads by them, the
 * template is generated from them, and the exporter writes them. A column has a stable key, an
 * Indonesian header (the English one is accepted too), a description for the template's
 * instructions sheet, and a format that says how its cells are read and written.
 */

/** One allowed value of a coded column: the stored value and its labels. */
export type ChoiceOption = { readonly value: string; readonly label: LocalizedText };

/** A field of a structured line (see `encodeLines`): its name and whether it is a number/date. */
export type LineField = {
  readonly key: string;
  readonly label: LocalizedText;
  readonly type: 'text' | 'number' | 'date';
  readonly required: boolean;
};

/** How a column's cells are read and written. */
export type ColumnFormat =
  | { readonly type: 'text'; readonly maxLength: number }
  | {
      readonly type: 'number';
      readonly integer: boolean;
      readonly min: number;
      readonly max: number;
    }
  | { readonly type: 'date' }
  | { readonly type: 'boolean' }
  | { readonly type: 'choice'; readonly options: readonly ChoiceOption[] }
  | { readonly type: 'choices'; readonly options: readonly ChoiceOption[] }
  /** A code of another record (a unit, a programme, an innovation), one or several. */
  | { readonly type: 'reference'; readonly to: ReferenceKind; readonly many: boolean }
  | { readonly type: 'lines'; readonly fields: readonly LineField[] };

/** What a reference column points at. */
export type ReferenceKind = 'unit' | 'programme' | 'innovation';

/** A column of a spreadsheet. */
export type Column = {
  /** Stable key, also the field name in JSON exports. */
  readonly key: string;
  readonly header: LocalizedText;
  readonly description: LocalizedText;
  /** A row must fill it. */
  readonly required: boolean;
  readonly format: ColumnFormat;
  /** Read on import but never written on export (an initial password, say). */
  readonly importOnly?: boolean;
  /** Written on export for reading (e.g. when it was last updated); ignored on import. */
  readonly exportOnly?: boolean;
};

/** A cell's value once read by its column's format. */
export type ParsedValue =
  | string
  | number
  | boolean
  | readonly string[]
  | readonly Readonly<Record<string, string | number | undefined>>[]
  | null;

/** The result of reading a cell: its value (null when empty), or what is wrong with it. */
export type CellResult =
  | { readonly ok: true; readonly value: ParsedValue }
  | { readonly ok: false; readonly problem: CellProblem };

const ok = (value: ParsedValue): CellResult => ({ ok: true, value });
const fail = (problem: CellProblem): CellResult => ({ ok: false, problem });

/** The options of each choice column by the keys they accept (computed once per list). */
const optionIndexes = new WeakMap<readonly ChoiceOption[], ReadonlyMap<string, ChoiceOption>>();

/** The labels a choice column accepts: each option's key and its Indonesian and English label. */
function findOption(options: readonly ChoiceOption[], text: string): ChoiceOption | undefined {
  let index = optionIndexes.get(options);
  if (!index) {
    const byKey = new Map<string, ChoiceOption>();
    // The first option that accepts a key wins, as a search in order would find it.
    for (const o of options)
      for (const accepted of [o.value, o.label.id, o.label.en]) {
        const key = choiceKey(accepted);
        if (!byKey.has(key)) byKey.set(key, o);
      }
    index = byKey;
    optionIndexes.set(options, index);
  }
  return index.get(choiceKey(text));
}

/** The Indonesian labels of the options, as a refusal lists them. */
export function optionLabels(options: readonly ChoiceOption[]): string[] {
  return options.map((o) => o.label.id);
}

/**
 * Reads one cell by its column. Empty cells are null (a required column reports `required`);
 * references stay codes here (the entity resolves them against what exists).
 */
export function readCell(column: Column, cell: CellValue): CellResult {
  const text = cellText(cell);
  if (text === '') return column.required ? fail({ code: 'required' }) : ok(null);
  const format = column.format;
  switch (format.type) {
    case 'text':
      return text.length > format.maxLength
        ? fail({ code: 'too_long', max: format.maxLength })
        : ok(text);
    case 'number': {
      const value = parseNumberCell(typeof cell === 'number' ? cell : text);
      if (value === null) return fail({ code: 'not_a_number' });
      if (format.integer && !Number.isInteger(value)) return fail({ code: 'not_an_integer' });
      if (value < format.min || value > format.max)
        return fail({ code: 'out_of_range', min: format.min, max: format.max });
      return ok(value);
    }
    case 'date': {
      const value = parseDateCell(cell instanceof Date || typeof cell === 'number' ? cell : text);
      return value === null ? fail({ code: 'not_a_date' }) : ok(value);
    }
    case 'boolean': {
      const value = parseBooleanCell(cell);
      return value === null ? fail({ code: 'not_a_boolean' }) : ok(value);
    }
    case 'choice': {
      const option = findOption(format.options, text);
      return option
        ? ok(option.value)
        : fail({ code: 'unknown_choice', allowed: optionLabels(format.options) });
    }
    case 'choices': {
      const values: string[] = [];
      for (const item of splitList(text)) {
        const option = findOption(format.options, item);
        if (!option)
          return fail({
            code: 'unknown_choice',
            value: item,
            allowed: optionLabels(format.options),
          });
        if (!values.includes(option.value)) values.push(option.value);
      }
      return ok(values);
    }
    case 'reference':
      return format.many ? ok(splitList(text)) : ok(text);
    case 'lines':
      return readLines(format.fields, text);
  }
}

function readLines(fields: readonly LineField[], text: string): CellResult {
  const records: Record<string, string | number | undefined>[] = [];
  const lines = decodeLines(text);
  for (const [index, parts] of lines.entries()) {
    const line = index + 1;
    if (parts.length > fields.length)
      return fail({ code: 'bad_line', line, expected: fields.length });
    const record: Record<string, string | number | undefined> = {};
    for (const [i, field] of fields.entries()) {
      const part = parts[i]?.trim() ?? '';
      if (part === '') {
        if (field.required) return fail({ code: 'line_field_required', line, field: field.key });
        continue;
      }
      if (field.type === 'number') {
        const value = parseNumberCell(part);
        if (value === null) return fail({ code: 'line_not_a_number', line, field: field.key });
        record[field.key] = value;
      } else if (field.type === 'date') {
        const value = parseDateCell(part);
        if (value === null) return fail({ code: 'line_not_a_date', line, field: field.key });
        record[field.key] = value;
      } else {
        record[field.key] = part;
      }
    }
    records.push(record);
  }
  return ok(records);
}

/** A "yes/no" column's options, for templates' validation lists. */
export const booleanOptions: readonly ChoiceOption[] = [
  { value: 'true', label: { id: 'Ya', en: 'Yes' } },
  { value: 'false', label: { id: 'Tidak', en: 'No' } },
];

/** Builds choice options from a list of values and their labels. */
export function choiceOptions<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, LocalizedText>>,
): readonly ChoiceOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
