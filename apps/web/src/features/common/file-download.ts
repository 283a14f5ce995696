import { httpErrorInfo, type ApiErrorInfo } from './api-error';

/** How far a download has come: bytes received and the total (null when the server does not say). */
export type DownloadProgress = { readonly loaded: number; readonly total: number | null };

/** Why a download failed (each feature words it: `masterplan.download.errors`, `exports.errors`). */
export type DownloadFailure =
  'unauthorized' | 'forbidden' | 'notFound' | 'unavailable' | 'network' | 'failed';

/** A failed download, with its reason. */
export class DownloadError extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(`Download failed: ${failure}`);
    this.name = 'DownloadError';
  }
}

/**
 * The failure a refusal means: by the domain code the server sent (`sendError`'s body), else by
 * the transport's code; a gateway's status (502-504, no JSON body: the API is down or busy) says
 * the server is unavailable.
 */
export function failureOfInfo(info: ApiErrorInfo): DownloadFailure {
  if (info.domainCode === 'UNAUTHENTICATED') return 'unauthorized';
  if (info.domainCode === 'NOT_ALLOWED') return 'forbidden';
  if (info.domainCode === 'NOT_FOUND') return 'notFound';
  if (info.domainCode === 'RATE_LIMITED') return 'unavailable';
  if (info.domainCode !== null) return 'failed';
  if (info.code === 'UNAUTHORIZED') return 'unauthorized';
  if (info.code === 'FORBIDDEN') return 'forbidden';
  if (info.code === 'NOT_FOUND') return 'notFound';
  const status = info.httpStatus;
  if (status === 503 || status === 502 || status === 504) return 'unavailable';
  return 'failed';
}

/** The failure a refused response without a body means (its status only). */
export function failureOfStatus(status: number): DownloadFailure {
  return failureOfInfo(httpErrorInfo(status, null));
}

/** The file name a Content-Disposition header gives (RFC 5987 `filename*` first), or null. */
export function filenameOfDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed encoding: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

/**
 * Reads a response's body chunk by chunk, telling `onProgress` the bytes received and the
 * Content-Length (null when absent or not a number), and answers the whole body as a Blob.
 */
export async function readWithProgress(
  response: Response,
  onProgress: (progress: DownloadProgress) => void,
): Promise<Blob> {
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  onProgress({ loaded: 0, total });
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ loaded: blob.size, total });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  return new Blob(chunks as BlobPart[], { type });
}

/**
 * Downloads a document of the API (with the session cookie) and answers it with its file name:
 * the name the server gives, or `fallbackName`. Throws a {@link DownloadError}.
 */
export async function fetchDocument({
  url,
  fallbackName,
  onProgress,
  signal,
}: {
  readonly url: string;
  readonly fallbackName: string;
  readonly onProgress: (progress: DownloadProgress) => void;
  readonly signal?: AbortSignal;
}): Promise<{ readonly blob: Blob; readonly filename: string }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DownloadError('network');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new DownloadError(failureOfInfo(httpErrorInfo(response.status, body)));
  }
  let blob: Blob;
  try {
    blob = await readWithProgress(response, onProgress);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DownloadError('network');
  }
  const filename =
    filenameOfDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  return { blob, filename };
}

/** Saves a blob as a file through a temporary object URL. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
