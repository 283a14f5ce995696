import type { ImportAnswer, ImportProgress, ImportStreamLine } from '@smartcity/api';
import {
  importRefusalReasons,
  maxImportBytes,
  type ImportEntity,
  type ImportIssue,
  type ImportRefusalReason,
} from '@smartcity/domain';
import { httpErrorInfo } from '../common/api-error';

/**
 * Talking to the import routes (plain HTTP: a file goes up, NDJSON progress lines come down) with
 * XMLHttpRequest, so that both the upload's progress and the server's lines are real: the upload
 * fires `upload.onprogress`, and the answer's text grows line by line while the server works.
 */

/** What an import run reports as it goes. */
export type RunProgress =
  | { readonly stage: 'uploading'; readonly percent: number }
  | { readonly stage: 'server'; readonly progress: ImportProgress | null };

/** Why a run failed, for its message. */
export type RunFailure =
  | {
      readonly kind: 'refused';
      readonly reason: ImportRefusalReason;
      readonly issue: ImportIssue | null;
    }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'network' };

/** A failed run. */
export class ImportRunError extends Error {
  constructor(readonly failure: RunFailure) {
    super(`import failed: ${failure.kind}`);
    this.name = 'ImportRunError';
  }
}

/** Splits a growing NDJSON text into its complete lines, remembering where it stopped. */
export function lineReader(): (text: string) => ImportStreamLine[] {
  let consumed = 0;
  return (text) => {
    const lines: ImportStreamLine[] = [];
    for (;;) {
      const end = text.indexOf('\n', consumed);
      if (end < 0) return lines;
      const line = text.slice(consumed, end).trim();
      consumed = end + 1;
      if (line !== '') lines.push(JSON.parse(line) as ImportStreamLine);
    }
  };
}

type ErrorDetails = { readonly reason?: unknown; readonly issue?: unknown } | null | undefined;

/** The failure a refusal's details (or its status: a proxy's 413, see `httpErrorInfo`) mean. */
export function failureOf(status: number, details: ErrorDetails): RunFailure {
  const { reason } = httpErrorInfo(status, { error: { details } }, 'too_large');
  if (reason !== null && (importRefusalReasons as readonly string[]).includes(reason)) {
    const issue = details?.issue;
    return {
      kind: 'refused',
      reason: reason as ImportRefusalReason,
      issue: typeof issue === 'object' && issue !== null ? (issue as ImportIssue) : null,
    };
  }
  return status === 0 ? { kind: 'network' } : { kind: 'status', status };
}

/** A file the browser may send (the server judges its kind by its bytes). */
export function fileTooLarge(file: Pick<File, 'size'>): boolean {
  return file.size > maxImportBytes;
}

function send({
  method,
  url,
  body,
  headers,
  onProgress,
  signal,
}: {
  readonly method: 'POST';
  readonly url: string;
  readonly body: Blob | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly onProgress: (progress: RunProgress) => void;
  readonly signal: AbortSignal;
}): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const read = lineReader();
    let answer: ImportAnswer | null = null;
    let failure: RunFailure | null = null;
    const take = () => {
      if (xhr.status !== 200) return;
      for (const line of read(xhr.responseText)) {
        if (line.type === 'progress') onProgress({ stage: 'server', progress: line });
        else if (line.type === 'report') answer = line;
        else failure = failureOf(200, line.error.details);
      }
    };
    xhr.open(method, url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (body) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable)
          onProgress({
            stage: 'uploading',
            percent: Math.round((event.loaded / event.total) * 100),
          });
      };
      xhr.upload.onload = () => onProgress({ stage: 'server', progress: null });
    }
    xhr.onprogress = take;
    xhr.onload = () => {
      take();
      if (xhr.status === 200 && answer) resolve(answer);
      else if (xhr.status === 200) reject(new ImportRunError(failure ?? { kind: 'network' }));
      else {
        let details: ErrorDetails = null;
        try {
          details = (JSON.parse(xhr.responseText) as { error?: { details?: ErrorDetails } }).error
            ?.details;
        } catch {
          // not JSON (a proxy's page): the status says enough
        }
        reject(new ImportRunError(failureOf(xhr.status, details)));
      }
    };
    xhr.onerror = () => reject(new ImportRunError({ kind: 'network' }));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** The dry run of a file: uploads it, then follows the server's progress to its report. */
export function checkFile({
  entity,
  file,
  onProgress,
  signal,
}: {
  readonly entity: ImportEntity;
  readonly file: File;
  readonly onProgress: (progress: RunProgress) => void;
  readonly signal: AbortSignal;
}): Promise<ImportAnswer> {
  onProgress({ stage: 'uploading', percent: 0 });
  return send({
    method: 'POST',
    url: `/imports/${encodeURIComponent(entity)}`,
    body: file,
    headers: {
      'x-csrf': '1',
      'X-Filename': encodeURIComponent(file.name),
      'Content-Type': 'application/octet-stream',
    },
    onProgress,
    signal,
  });
}

/** The commit of a clean dry run, following the server's progress to its report. */
export function commitChecked(
  importId: string,
  onProgress: (progress: RunProgress) => void,
  signal: AbortSignal,
): Promise<ImportAnswer> {
  onProgress({ stage: 'server', progress: null });
  return send({
    method: 'POST',
    url: `/imports/${encodeURIComponent(importId)}/commit`,
    body: null,
    headers: { 'x-csrf': '1' },
    onProgress,
    signal,
  });
}

/** The whole bar's percentage of a run: the upload first, then the server's phases in turn. */
export function overallPercent(progress: RunProgress, committing: boolean): number {
  if (progress.stage === 'uploading') return Math.round(progress.percent * 0.3);
  const p = progress.progress;
  if (!p) return committing ? 0 : 30;
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  // A dry run: upload 30 %, reading 30 %, checking 40 %. A commit: reading 20 %, checking 30 %,
  // writing 50 %.
  const phases: Readonly<Record<typeof p.phase, readonly [start: number, size: number]>> =
    committing
      ? { reading: [0, 20], checking: [20, 30], writing: [50, 50] }
      : { reading: [30, 30], checking: [60, 40], writing: [100, 0] };
  const [start, size] = phases[p.phase];
  return Math.round(start + size * share);
}
