import { describe, expect, it } from 'vitest';
import { httpErrorInfo } from './api-error';
import {
  failureOfInfo,
  failureOfStatus,
  filenameOfDisposition,
  readWithProgress,
  type DownloadProgress,
} from './file-download';

function streamOf(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

describe('readWithProgress', () => {
  it('reports the bytes received against the Content-Length', async () => {
    const response = new Response(streamOf(['%PDF-', '1.7', ' end']), {
      headers: { 'content-type': 'application/pdf', 'content-length': '12' },
    });
    const seen: DownloadProgress[] = [];
    const blob = await readWithProgress(response, (p) => seen.push(p));
    expect(blob.size).toBe(12);
    expect(blob.type).toBe('application/pdf');
    expect(seen[0]).toEqual({ loaded: 0, total: 12 });
    expect(seen.at(-1)).toEqual({ loaded: 12, total: 12 });
    expect(seen.map((p) => p.loaded)).toEqual([0, 5, 8, 12]);
  });

  it('says the total is unknown without a Content-Length', async () => {
    const response = new Response(streamOf(['abc']));
    const seen: DownloadProgress[] = [];
    await readWithProgress(response, (p) => seen.push(p));
    expect(seen.every((p) => p.total === null)).toBe(true);
    expect(seen.at(-1)?.loaded).toBe(3);
  });
});

describe('filenameOfDisposition', () => {
  it('reads the plain and the encoded file name', () => {
    expect(filenameOfDisposition('attachment; filename="rencana-induk.pdf"')).toBe(
      'rencana-induk.pdf',
    );
    expect(filenameOfDisposition('attachment; filename=plan.docx')).toBe('plan.docx');
    expect(
      filenameOfDisposition(
        `attachment; filename="x.pdf"; filename*=UTF-8''Rencana%20Induk%20Sumedang.pdf`,
      ),
    ).toBe('Rencana Induk Sumedang.pdf');
    expect(filenameOfDisposition(null)).toBeNull();
    expect(filenameOfDisposition('inline')).toBeNull();
  });
});

describe('failureOfStatus', () => {
  it('names the failure of a refused response', () => {
    expect(failureOfStatus(401)).toBe('unauthorized');
    expect(failureOfStatus(403)).toBe('forbidden');
    expect(failureOfStatus(404)).toBe('notFound');
    expect(failureOfStatus(503)).toBe('unavailable');
    expect(failureOfStatus(500)).toBe('failed');
  });
});

describe('failureOfInfo', () => {
  const refusal = (status: number, domainCode: string) =>
    httpErrorInfo(status, { error: { message: 'x', domainCode, reason: null, details: null } });

  it('decides on the domain code the server sent, not on the status', () => {
    expect(failureOfInfo(refusal(401, 'UNAUTHENTICATED'))).toBe('unauthorized');
    expect(failureOfInfo(refusal(403, 'NOT_ALLOWED'))).toBe('forbidden');
    expect(failureOfInfo(refusal(404, 'NOT_FOUND'))).toBe('notFound');
    expect(failureOfInfo(refusal(429, 'RATE_LIMITED'))).toBe('unavailable');
    expect(failureOfInfo(refusal(400, 'VALIDATION'))).toBe('failed');
  });

  it('falls back on the status when no JSON body came (a gateway’s page)', () => {
    expect(failureOfInfo(httpErrorInfo(502, '<html>Bad gateway</html>'))).toBe('unavailable');
    expect(failureOfInfo(httpErrorInfo(413, null))).toBe('failed');
  });
});
