/**
 * `@smartcity/api`: the tRPC API. `apps/api` mounts it on Express; the SPA imports
 * `type AppRouter` for end-to-end types.
 *
 * Layout (README.md "Layout"): `routers/<area>/` holds thin procedures (input schema, access,
 * one service call; a file of procedures is at most 40 lines, and no router imports another
 * router's folder); `services/<area>/` holds the use cases, which procedures and the plain HTTP
 * routes of `apps/api` share; `trpc.ts` the procedure builders and middlewares, `context.ts` the
 * request context, `errors/error-map.ts` the one error map. `layout.test.ts` keeps it so.
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
export {
  argon2Options,
  createPasswordHasher,
  type PasswordHasher,
} from './services/auth/password-hasher';
export { sessionCookieName } from './services/auth/session-token';
export { csrfHeader } from './trpc';
export { httpErrorBody, httpStatusOf, type HttpErrorBody } from './errors/error-map';
export { attachEvidence, cleanFilename, readEvidence } from './services/evidence/evidence-service';
export {
  authorizeEmblemChange,
  emblemRefusal,
  readRegionEmblem,
  removeRegionEmblem,
  setRegionEmblemFile,
} from './services/region/emblem-service';
export {
  createRegionWithCoordinator,
  issueSetupToken,
  setupTokenIdOf,
  type SetupOrigin,
} from './services/setup/setup-service';
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
} from './services/exchange/import-service';
export {
  writeCsv,
  writeXlsx,
  type SheetSpec,
  type WrittenColumn,
} from './services/exchange/spreadsheet-writer';
export {
  docxContentType,
  innovationProfileDocument,
  masterplanDocument,
  pdfContentType,
  type GeneratedDocument,
} from './services/documents/document-service';
export {
  csvContentType,
  exportFilename,
  exportPageSize,
  prepareExport,
  xlsxContentType,
  type ExportDownload,
} from './services/exchange/export-service';
export {
  openDataCatalogueFile,
  openDataFile,
  type OpenDataFile,
} from './services/exchange/open-data-service';
export { OutputClosedError } from './services/exchange/zip-writer';
export { readSpreadsheet, type SpreadsheetRead } from './services/exchange/spreadsheet-reader';
export {
  loadMasterplanDocument,
  type MasterplanDocument,
} from './services/documents/masterplan-document';
export { renderMasterplanPdf } from './services/documents/masterplan-pdf';
export { renderMasterplanDocx } from './services/documents/masterplan-docx';
export {
  sweepStaleNotifications,
  type StaleSweepOptions,
  type StaleSweepReport,
} from './services/notifications/stale-sweep';
export type { Me } from './services/auth/me';
export type { ErrorData, FlattenedValidationError } from './errors/error-map';
export type { DimensionsResponse } from './routers/catalogue/dimensions.procedure';
export type { UnitListResponse } from './routers/unit/list.procedure';
export type { UnitByIdResponse } from './services/unit/unit-detail';
export type { UnitMergeResponse } from './services/unit/merge-unit';
export type { UserCreateResponse } from './services/user/create-user';
export type { InvitationLookup } from './routers/auth/invitation.procedure';
export type { IssuedAccountToken } from './services/auth/account-token-service';
export type { UserListItem, UserListResponse } from './services/user/user-list';
export type {
  InnovationListItem,
  InnovationListResponse,
} from './routers/innovation/list.procedure';
export type { NotificationListResponse } from './routers/notification/list.procedure';
export type { ProgressReportWithAuthor } from '@smartcity/db';
export type { InnovationDetail } from './services/innovation/innovation-detail';
export type { DataImportListResponse } from './routers/data-import/list.procedure';
export type { DataImportByIdResponse } from './routers/data-import/by-id.procedure';
