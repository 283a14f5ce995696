/**
 * `@smartcity/api`: the tRPC API. Procedures unpack input, check access, call the domain and the
 * repositories, and return plain data. `apps/api` mounts it on Express; the SPA imports
 * `type AppRouter` for end-to-end types.
 */
export { appRouter, createCaller, type AppRouter } from './app-router';
export {
  createContext,
  type ApiDependencies,
  type Context,
  type CookieJar,
  type CookieOptions,
  type RequestInfo,
} from './context';
export { argon2Options, createPasswordHasher, type PasswordHasher } from './auth/password-hasher';
export { sessionCookieName } from './auth/session-token';
export { csrfHeader } from './trpc';
export { httpErrorBody, httpStatusOf, type HttpErrorBody } from './errors/error-map';
export { attachEvidence, cleanFilename, readEvidence } from './evidence/evidence-service';
export {
  authorizeEmblemChange,
  emblemRefusal,
  readRegionEmblem,
  removeRegionEmblem,
  setRegionEmblemFile,
} from './region/emblem-service';
export {
  createRegionWithCoordinator,
  issueSetupToken,
  setupTokenIdOf,
  type SetupOrigin,
} from './setup/setup-service';
export {
  authorizeImport,
  checkImport,
  commitImport,
  importEntityOf,
  importTemplate,
  type ImportAnswer,
  type ImportPhase,
  type ImportProgress,
  type ImportStreamLine,
  type ImportTemplate,
} from './exchange/import-service';
export {
  writeCsv,
  writeXlsx,
  type SheetSpec,
  type WrittenColumn,
} from './exchange/spreadsheet-writer';
export {
  docxContentType,
  innovationProfileDocument,
  masterplanDocument,
  pdfContentType,
  type GeneratedDocument,
} from './documents/document-service';
export {
  csvContentType,
  exportFilename,
  exportPageSize,
  prepareExport,
  xlsxContentType,
  type ExportDownload,
} from './exchange/export-service';
export {
  openDataCatalogueFile,
  openDataFile,
  type OpenDataFile,
} from './exchange/open-data-service';
export { OutputClosedError } from './exchange/zip-writer';
export { readSpreadsheet, type SpreadsheetRead } from './exchange/spreadsheet-reader';
export { loadMasterplanDocument, type MasterplanDocument } from './documents/masterplan-document';
export { renderMasterplanPdf } from './documents/masterplan-pdf';
export { renderMasterplanDocx } from './documents/masterplan-docx';
export {
  sweepStaleNotifications,
  type StaleSweepOptions,
  type StaleSweepReport,
} from './notifications/stale-sweep';
export type { Me } from './auth/me';
export type { ErrorData, FlattenedValidationError } from './errors/error-map';
export type { DimensionsResponse } from './routers/catalogue/dimensions.procedure';
export type { UnitListResponse } from './routers/unit/list.procedure';
export type { UnitByIdResponse } from './routers/unit/by-id.procedure';
export type { UnitMergeResponse } from './routers/unit/merge.procedure';
export type { UserCreateResponse } from './routers/user/create.procedure';
export type { InvitationLookup } from './routers/auth/invitation.procedure';
export type { IssuedAccountToken } from './auth/account-token-service';
export type { UserListItem, UserListResponse } from './routers/user/list.procedure';
export type { InnovationListResponse } from './routers/innovation/list.procedure';
export type { NotificationListResponse } from './routers/notification/list.procedure';
export type { ProgressReportWithAuthor } from '@smartcity/db';
export type { InnovationDetail } from './routers/innovation/by-id.procedure';
export type { DataImportListResponse } from './routers/data-import/list.procedure';
export type { DataImportByIdResponse } from './routers/data-import/by-id.procedure';
