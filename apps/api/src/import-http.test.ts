import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPasswordHasher } from '@smartcity/api';
import { type DatabaseHandle } from '@smartcity/db';
import { demoPassword, seedDemoData } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import ExcelJS from 'exceljs';
import type { Express } from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';
import { setCookies, trpcMutation, trpcQuery } from './testing/spawn-api';

const testNow = new Date('2026-03-02T09:00:00.000Z');
const passwords = createPasswordHasher();

type Line = { type: 'progress' | 'report' | 'error'; [key: string]: unknown };
type ErrorBody = {
  error: {
    message: string;
    domainCode: string | null;
    reason: string | null;
    details: Record<string, unknown> | null;
  };
};

async function listen(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1');
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const unitHeaders = ['Kode', 'Nama', 'Nama singkat', 'Jenis', 'Aktif'];

/** A units file as Indonesian Excel saves a CSV: `;` separated, with a BOM. */
function unitsCsv(rows: readonly (readonly string[])[], headers = unitHeaders): Uint8Array {
  const text = [headers, ...rows].map((r) => r.join(';')).join('\r\n');
  return new TextEncoder().encode(`\ufeff${text}\r\n`);
}

describe.each(testDatabaseFactories())('imports over HTTP on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let server: { url: string; close: () => Promise<void> };
  const cookies = {} as Record<'coordinator' | 'staff' | 'head' | 'evaluator' | 'leader', string>;
  let addresses = 0;

  async function login(email: string): Promise<string> {
    addresses += 1;
    const response = await trpcMutation(server.url, 'auth.login', {
      input: { email, password: demoPassword },
      headers: { 'X-Forwarded-For': `198.51.100.${addresses}` },
    });
    expect(response.status).toBe(200);
    return setCookies(response, 'sc_session')[0]!.pair;
  }

  /** What an import may change: the stored files, the import records, the units, the events. */
  async function importState(): Promise<unknown> {
    const count = async (table: 'files' | 'data_imports' | 'units' | 'events') =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      files: await count('files'),
      imports: await count('data_imports'),
      units: await count('units'),
      events: await count('events'),
    };
  }

  function post(
    path: string,
    body: Uint8Array | undefined,
    options: {
      cookie?: string;
      csrf?: boolean;
      filename?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Response> {
    return fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        'Accept-Encoding': 'gzip, deflate, br',
        ...(options.csrf === false ? {} : { 'x-csrf': '1' }),
        ...(options.cookie ? { Cookie: options.cookie } : {}),
        ...(options.filename ? { 'X-Filename': encodeURIComponent(options.filename) } : {}),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(30_000),
    });
  }

  /** Reads an NDJSON answer chunk by chunk: its lines, and how many chunks brought them. */
  async function readLines(response: Response): Promise<{ lines: Line[]; chunks: string[] }> {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const chunks: string[] = [];
    for (;;) {
      const { done, value } = (await reader.read()) as
        { done: true; value?: undefined } | { done: false; value: Uint8Array };
      if (done) break;
      chunks.push(decoder.decode(value, { stream: true }));
    }
    const lines = chunks
      .join('')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Line);
    return { lines, chunks };
  }

  async function refused(status: number, send: () => Promise<Response>): Promise<ErrorBody> {
    const before = await importState();
    const response = await send();
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(text).not.toMatch(/stack|\.ts:\d+|node_modules/);
    expect(await importState()).toEqual(before);
    return JSON.parse(text) as ErrorBody;
  }

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, testNow, {
      demoPasswordHash: await passwords.hash(demoPassword),
    });
    server = await listen(
      createHttpApp({
        db: handle.db,
        now: () => testNow,
        passwords,
        secureCookies: false,
        trustProxy: true,
        logger: pino({ level: 'silent' }),
        webDist: undefined,
        isStarted: () => true,
      }),
    );
    cookies.coordinator = await login('koordinator@demo.test');
    cookies.staff = await login('dinkes.staf@demo.test');
    cookies.head = await login('dinkes.kepala@demo.test');
    cookies.evaluator = await login('penilai@demo.test');
    cookies.leader = await login('bupati@demo.test');
  });
  afterAll(async () => {
    await server.close();
    await handle.close();
  });

  describe('templates', () => {
    it('sends the XLSX template to a coordinator as a download', async () => {
      const response = await fetch(`${server.url}/imports/units/template.xlsx`, {
        headers: { Cookie: cookies.coordinator },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers.get('content-disposition')).toContain(
        'filename="templat-perangkat-daerah.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Data', 'Petunjuk', 'Pilihan']);
    });

    it('sends the CSV template, UTF-8 with a BOM', async () => {
      const response = await fetch(`${server.url}/imports/users/template.csv`, {
        headers: { Cookie: cookies.coordinator },
      });
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
        'Email,Nama,NIP,Peran,Kode perangkat daerah,Aktif,Kata sandi awal\r\n',
      );
    });

    it('refuses the public (401), other roles (403) and an unknown entity (404)', async () => {
      const get = (cookie?: string, entity = 'units') =>
        fetch(`${server.url}/imports/${entity}/template.xlsx`, {
          headers: cookie ? { Cookie: cookie } : {},
        });
      expect((await get()).status).toBe(401);
      const staff = await get(cookies.staff);
      expect(staff.status).toBe(403);
      expect(((await staff.json()) as ErrorBody).error.details).toEqual({
        reason: 'coordinators_only',
      });
      expect((await get(cookies.coordinator, 'kendaraan')).status).toBe(404);
    });
  });

  describe('the dry run and the commit', () => {
    let importId = '';

    it('streams progress lines, then the report, without compression holding them back', async () => {
      const rows = Array.from({ length: 3000 }, (_, i) => [
        `http-${i}`,
        `Unit Impor ${i}`,
        '',
        'Dinas',
        i === 0 ? 'Ya' : 'Tidak',
      ]);
      const response = await post('/imports/units', unitsCsv(rows), {
        cookie: cookies.coordinator,
        filename: 'unit baru.csv',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      expect(response.headers.get('content-encoding')).toBeNull();
      const { lines, chunks } = await readLines(response);
      const report = lines.at(-1)!;
      expect(report).toMatchObject({
        type: 'report',
        step: 'check',
        outcome: 'checked',
        filename: 'unit baru.csv',
        report: { rowCount: 3000, counts: { create: 3000, update: 0, unchanged: 0 } },
      });
      const progress = lines.slice(0, -1);
      expect(progress.length).toBeGreaterThan(5);
      expect(progress.every((l) => l.type === 'progress')).toBe(true);
      expect(progress[0]).toMatchObject({ phase: 'reading' });
      expect(progress.at(-1)).toEqual({
        type: 'progress',
        phase: 'checking',
        done: 6000,
        total: 6000,
      });
      // The lines came as they were written, not in one piece at the end.
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks[0]).not.toContain('"type":"report"');
      importId = String(report.importId);
    });

    it('commits with its own progress, and the units are there', async () => {
      const response = await post(`/imports/${importId}/commit`, undefined, {
        cookie: cookies.coordinator,
      });
      expect(response.status).toBe(200);
      const { lines } = await readLines(response);
      expect(lines.at(-1)).toMatchObject({
        type: 'report',
        step: 'commit',
        outcome: 'committed',
        status: 'committed',
      });
      expect(lines.filter((l) => l.phase === 'writing').at(-1)).toEqual({
        type: 'progress',
        phase: 'writing',
        done: 3000,
        total: 3000,
      });
      const list = await trpcQuery(server.url, 'unit.list', { input: { search: 'Unit Impor 0' } });
      const body = (await list.json()) as { result: { data: { items: { code: string }[] } } };
      expect(body.result.data.items.map((u) => u.code)).toEqual(['http-0']);
    });

    it('refuses a second commit with 409', async () => {
      const body = await refused(409, () =>
        post(`/imports/${importId}/commit`, undefined, { cookie: cookies.coordinator }),
      );
      expect(body.error).toMatchObject({
        domainCode: 'CONFLICT',
        details: { reason: 'already_committed' },
      });
    });

    it('answers a renamed column in the report (the file is kept as a refused import)', async () => {
      const file = unitsCsv(
        [['uji', 'Unit Uji', '', 'Dinas', 'Ya']],
        ['Kode', 'Nama unit', 'Nama singkat', 'Jenis', 'Aktif'],
      );
      const response = await post('/imports/units', file, { cookie: cookies.coordinator });
      const { lines } = await readLines(response);
      expect(lines.at(-1)).toMatchObject({
        type: 'report',
        outcome: 'refused',
        report: {
          issueCount: 2,
          issues: [
            { scope: 'file', problem: { code: 'unknown_column', header: 'Nama unit' } },
            { scope: 'file', problem: { code: 'missing_column', header: 'Nama' } },
          ],
        },
      });
    });
  });

  describe('refusals', () => {
    it('refuses a file that is not XLSX or CSV by its bytes, whatever its name, with 415', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
      const body = await refused(415, () =>
        post('/imports/units', png, { cookie: cookies.coordinator, filename: 'unit.xlsx' }),
      );
      expect(body.error).toMatchObject({
        domainCode: 'UNSUPPORTED_TYPE',
        details: { reason: 'unsupported_type', issue: { problem: { code: 'unsupported_type' } } },
      });
    });

    it('refuses an empty body with 400 and a broken workbook with 400', async () => {
      expect(
        (
          await refused(400, () =>
            post('/imports/units', new Uint8Array(), { cookie: cookies.coordinator }),
          )
        ).error.details,
      ).toMatchObject({ reason: 'empty_file' });
      const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
      expect(
        (await refused(400, () => post('/imports/units', broken, { cookie: cookies.coordinator })))
          .error.details,
      ).toMatchObject({ reason: 'unreadable' });
    });

    it('refuses 20 MB and one byte with 413, judged from Content-Length before the body is read', async () => {
      const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
      const before = await importState();
      const started = performance.now();
      const response = await post('/imports/units', big, { cookie: cookies.coordinator });
      expect(response.status).toBe(413);
      expect(((await response.json()) as ErrorBody).error).toMatchObject({
        domainCode: 'TOO_LARGE',
        details: { reason: 'too_large' },
      });
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(await importState()).toEqual(before);
    });

    it('refuses other roles with 403 and the public with 401, before reading the body', async () => {
      const file = unitsCsv([['akses', 'Unit Akses', '', 'Dinas', 'Ya']]);
      for (const cookie of [cookies.staff, cookies.head, cookies.evaluator, cookies.leader]) {
        const body = await refused(403, () => post('/imports/units', file, { cookie }));
        expect(body.error.details).toEqual({ reason: 'coordinators_only' });
      }
      expect((await refused(401, () => post('/imports/units', file))).error.domainCode).toBe(
        'UNAUTHENTICATED',
      );
      const body = await refused(403, () =>
        post('/imports/units', file, { cookie: cookies.coordinator, csrf: false }),
      );
      expect(body.error.details).toEqual({ reason: 'csrf' });
      expect(body.error.reason).toBe('csrf');
      // Commits too.
      expect(
        (
          await refused(403, () =>
            post(`/imports/${crypto.randomUUID()}/commit`, undefined, { cookie: cookies.staff }),
          )
        ).error.details,
      ).toEqual({ reason: 'coordinators_only' });
      expect(
        (
          await refused(404, () =>
            post(`/imports/${crypto.randomUUID()}/commit`, undefined, {
              cookie: cookies.coordinator,
            }),
          )
        ).error.details,
      ).toEqual({ reason: 'unknown_import' });
    });
  });
});
