// Exchange: the spreadsheets of every importable entity and export-only list, and open data.
// Modules listed by name keep helpers that only their tests use out of the public API.

// Cells, columns and the issues a sheet's rows can have.
export * from './cell-values';
export * from './columns';
export * from './issues';

// Reading a sheet and planning an import.
export {
  type SheetTable,
  templateColumns,
  exportColumns,
  type RowValues,
  type ReadRow,
  type SheetRead,
  cellIssue,
  rowIssue,
  type StepProgress,
  rowsPerStep,
  readSheet,
  readSheetSteps,
  drain,
  headerOf,
} from './sheet';
export * from './entity';
export {
  type RowAction,
  type PlannedRow,
  type ImportCounts,
  type ImportPlan,
  type StoredLookup,
  planImportSteps,
  type ImportReport,
  importReport,
} from './plan';
export * from './records';

// The importable entities.
export { type UnitRecord, unitExchange } from './entities/unit-exchange';
export { type UserRecord, userFactCells, userExchange } from './entities/user-exchange';
export {
  type InnovationRecord,
  innovationColumns,
  type InnovationFacts,
  innovationFactCells,
  innovationExchange,
} from './entities/innovation-exchange';
export {
  type ProgrammeRecord,
  programmeFactCells,
  programmeExchange,
} from './entities/programme-exchange';
export {
  type ActionItemRecord,
  actionItemFactCells,
  actionItemKey,
  actionItemExchange,
} from './entities/action-item-exchange';
export * from './apply';

// Templates and import inputs.
export {
  templateSheets,
  columnChoices,
  templateExamples,
  type TemplateGuideRow,
  templateGuide,
  templateColumnWidth,
} from './template';
export * from './import-inputs';

// Exports of lists, and open data.
export {
  exportLists,
  type ExportList,
  exportFormats,
  type ExportFormat,
  exportListSlugs,
  exportListLabels,
  exportListOfSlug,
  innovationExportInputSchema,
  type InnovationExportInput,
  exportInputSchemas,
  type ExportInput,
  type ExportSheet,
  rowCells,
} from './exports/export-lists';
export * from './exports/progress-report-export';
export * from './exports/round-result-export';
export * from './exports/signature-export';
export * from './open-data/dashboard-figures';
export * from './open-data/open-data';
