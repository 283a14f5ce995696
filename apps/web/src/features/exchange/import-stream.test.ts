import { describe, expect, it } from 'vitest';
import { failureOf, fileTooLarge, lineReader, overallPercent } from './import-stream';

describe('lineReader', () => {
  it('answers the complete lines of a growing text, each once, keeping a half line for later', () => {
    const read = lineReader();
    expect(read('{"type":"progress","phase":"reading","done":1,"total":4}\n{"type":"pro')).toEqual([
      { type: 'progress', phase: 'reading', done: 1, total: 4 },
    ]);
    const text =
      '{"type":"progress","phase":"reading","done":1,"total":4}\n{"type":"progress","phase":"checking","done":2,"total":4}\n';
    expect(read(text)).toEqual([{ type: 'progress', phase: 'checking', done: 2, total: 4 }]);
    expect(read(text)).toEqual([]);
  });
});

describe('failureOf', () => {
  it('reads the refusal’s reason and the file issue it carries', () => {
    const issue = { scope: 'file', problem: { code: 'unsupported_type' } };
    expect(failureOf(415, { reason: 'unsupported_type', issue })).toEqual({
      kind: 'refused',
      reason: 'unsupported_type',
      issue,
    });
    expect(failureOf(409, { reason: 'already_committed' })).toEqual({
      kind: 'refused',
      reason: 'already_committed',
      issue: null,
    });
  });

  it('falls back on the status: a proxy’s 413, other statuses, the network', () => {
    expect(failureOf(413, null)).toMatchObject({ kind: 'refused', reason: 'too_large' });
    expect(failureOf(502, { reason: 'something_else' })).toEqual({ kind: 'status', status: 502 });
    expect(failureOf(0, null)).toEqual({ kind: 'network' });
  });
});

describe('overallPercent', () => {
  it('moves forward through the upload and the server’s phases of a dry run', () => {
    const steps = [
      overallPercent({ stage: 'uploading', percent: 0 }, false),
      overallPercent({ stage: 'uploading', percent: 100 }, false),
      overallPercent(
        { stage: 'server', progress: { phase: 'reading', done: 5, total: 10 } },
        false,
      ),
      overallPercent(
        { stage: 'server', progress: { phase: 'checking', done: 0, total: 10 } },
        false,
      ),
      overallPercent(
        { stage: 'server', progress: { phase: 'checking', done: 10, total: 10 } },
        false,
      ),
    ];
    expect(steps).toEqual([0, 30, 45, 60, 100]);
  });

  it('gives a commit’s writing the second half of the bar', () => {
    expect(
      overallPercent({ stage: 'server', progress: { phase: 'writing', done: 1, total: 2 } }, true),
    ).toBe(75);
  });
});

describe('fileTooLarge', () => {
  it('refuses more than 20 MB before anything is sent', () => {
    expect(fileTooLarge({ size: 20 * 1024 * 1024 })).toBe(false);
    expect(fileTooLarge({ size: 20 * 1024 * 1024 + 1 })).toBe(true);
  });
});
