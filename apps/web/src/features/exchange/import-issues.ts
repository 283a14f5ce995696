import { describeImportIssue, type ImportIssue, type Language } from '@smartcity/domain';

/** An issue as the report lists it: where (row and column) and what, in the user's language. */
export type IssueRow = {
  readonly key: string;
  /** The row number, or null for the file as a whole. */
  readonly row: number | null;
  /** The column's header, or null for the whole row (or file). */
  readonly column: string | null;
  readonly message: string;
};

/** The report's issues as rows, messages written by the domain (`describeImportIssue`). */
export function issueRows(issues: readonly ImportIssue[], language: Language): IssueRow[] {
  return issues.map((issue, index) => ({
    key: `${index}`,
    row: issue.scope === 'file' ? null : issue.row,
    column: issue.scope === 'cell' ? issue.header[language] : null,
    message: describeImportIssue(issue, language),
  }));
}
