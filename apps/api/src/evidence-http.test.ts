import { createHash, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPasswordHasher } from '@smartcity/api';
import { type DatabaseHandle } from '@smartcity/db';
import { demoPassword, seedDemoData } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import type { Express } from 'express';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';
import { setCookies, trpcMutation, trpcQuery } from './testing/spawn-api';

const testNow = new Date('2026-03-02T09:00:00.000Z');
const passwords = createPasswordHasher();
const maxBytes = 10 * 1024 * 1024;

/** The smallest file the content sniffer takes for a PDF. */
function pdf(note: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${note}\n%%EOF\n`);
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Attachment = {
  id: string;
  innovationId: string;
  section: string;
  filename: string;
  size: number;
  mimeType: string;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string | null;
};
type ErrorBody = {
  error: {
    message: string;
    domainCode: string | null;
    reason: string | null;
    details: Record<string, unknown> | null;
  };
};
type TrpcAnswer<T> = { result?: { data: T }; error?: { message: string } };

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

describe.each(testDatabaseFactories())('evidence files over HTTP on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let server: { url: string; close: () => Promise<void> };
  const cookies = {} as Record<'staff' | 'head' | 'otherStaff' | 'evaluator', string>;
  let staffName: string;
  /** At the problem stage, private. */
  let privateId: string;
  /** At the problem stage, published. */
  let publishedId: string;
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

  async function mutation<T>(path: string, input: unknown, cookie: string): Promise<T> {
    const response = await trpcMutation(server.url, path, { input: input, cookie });
    const body = (await response.json()) as TrpcAnswer<T>;
    expect(response.status, JSON.stringify(body.error)).toBe(200);
    return body.result!.data;
  }

  async function createInnovation(title: string): Promise<{ id: string; version: number }> {
    return mutation(
      'innovation.create',
      {
        unitId: (await me(cookies.staff)).unitId,
        title,
        summary: 'Inovasi untuk menguji unggah bukti dukung.',
        dimension: 'living',
        element: 'health',
        jenis: 'digital',
        bentuk: 'public_service',
        inisiator: 'unit',
      },
      cookies.staff,
    );
  }

  async function me(cookie: string): Promise<{ unitId: string; name: string }> {
    const response = await trpcQuery(server.url, 'auth.me', { cookie });
    const body = (await response.json()) as TrpcAnswer<{ user: { unitId: string; name: string } }>;
    return body.result!.data.user;
  }

  function upload(
    innovationId: string,
    section: string,
    options: {
      body?: Uint8Array | undefined;
      cookie?: string;
      csrf?: boolean;
      filename?: string;
    } = {},
  ): Promise<Response> {
    const { body } = options;
    return fetch(`${server.url}/files/innovations/${innovationId}/sections/${section}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        ...(options.csrf === false ? {} : { 'x-csrf': '1' }),
        ...(options.cookie ? { Cookie: options.cookie } : {}),
        ...(options.filename === undefined
          ? {}
          : { 'X-Filename': encodeURIComponent(options.filename) }),
      },
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(15_000),
    });
  }

  function download(attachmentId: string, cookie?: string): Promise<Response> {
    return fetch(`${server.url}/files/${attachmentId}`, {
      headers: cookie ? { Cookie: cookie } : {},
      signal: AbortSignal.timeout(15_000),
    });
  }

  async function filesOf(innovationId: string, cookie = cookies.staff): Promise<Attachment[]> {
    const response = await trpcQuery(server.url, 'innovation.byId', {
      input: { id: innovationId },
      cookie,
    });
    const body = (await response.json()) as TrpcAnswer<{ files: Attachment[] }>;
    return body.result!.data.files;
  }

  /** What an upload writes: the stored bytes (by hash), the links and the events. */
  async function evidenceState(): Promise<unknown> {
    const files = await handle.db
      .selectFrom('files')
      .select(['sha256', 'size', 'mime_type'])
      .orderBy('sha256')
      .execute();
    const links = await handle.db
      .selectFrom('innovation_files')
      .selectAll()
      .orderBy('id')
      .execute();
    const events = await handle.db.selectFrom('events').selectAll().orderBy('id').execute();
    const innovations = await handle.db
      .selectFrom('innovations')
      .select(['id', 'version', 'last_event_at'])
      .orderBy('id')
      .execute();
    return JSON.parse(JSON.stringify({ files, links, events, innovations })) as unknown;
  }

  /** Sends an upload that must be refused with `status`, and proves nothing was stored. */
  async function refusedUpload(status: number, send: () => Promise<Response>): Promise<ErrorBody> {
    const before = await evidenceState();
    const response = await send();
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(text).not.toMatch(/stack|\.ts:\d+|node_modules/);
    expect(await evidenceState()).toEqual(before);
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
    cookies.staff = await login('dinkes.staf@demo.test');
    cookies.head = await login('dinkes.kepala@demo.test');
    cookies.otherStaff = await login('kominfo.staf@demo.test');
    cookies.evaluator = await login('penilai@demo.test');
    staffName = (await me(cookies.staff)).name;
    privateId = (await createInnovation('Bukti Dukung Tertutup')).id;
    const published = await createInnovation('Bukti Dukung Terbuka');
    await mutation(
      'innovation.setPublic',
      { id: published.id, version: published.version, isPublic: true },
      cookies.head,
    );
    publishedId = published.id;
  });

  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  describe('POST /files/innovations/:innovationId/sections/:section', () => {
    it('stores a PDF with 201, and byId lists it with an event on the timeline', async () => {
      const bytes = pdf('laporan survei');
      const response = await upload(privateId, 'problem', {
        body: bytes,
        cookie: cookies.staff,
        filename: 'Laporan Survei 2022.pdf',
      });
      expect(response.status).toBe(201);
      const attachment = (await response.json()) as Attachment;
      expect(attachment).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        innovationId: privateId,
        section: 'problem',
        filename: 'Laporan Survei 2022.pdf',
        size: bytes.byteLength,
        mimeType: 'application/pdf',
        sha256: sha256(bytes),
        uploadedAt: testNow.toISOString(),
        uploadedByName: staffName,
      });
      expect(await filesOf(privateId)).toContainEqual(attachment);

      const detail = await trpcQuery(server.url, 'innovation.byId', {
        input: { id: privateId },
        cookie: cookies.staff,
      });
      const timeline = (
        (await detail.json()) as TrpcAnswer<{ timeline: { action: string; after: unknown }[] }>
      ).result!.data.timeline;
      expect(timeline[0]).toMatchObject({
        action: 'innovation.file_attached',
        after: { attachmentId: attachment.id, section: 'problem', sha256: attachment.sha256 },
      });
    });

    it('stores the same bytes once when they are uploaded again, and links them twice', async () => {
      const bytes = pdf('diunggah dua kali');
      const count = async () =>
        Number(
          (
            await handle.db
              .selectFrom('files')
              .select((eb) => eb.fn.countAll<number | string>().as('n'))
              .where('sha256', '=', sha256(bytes))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const first = await upload(privateId, 'problem', {
        body: bytes,
        cookie: cookies.staff,
        filename: 'a.pdf',
      });
      const second = await upload(privateId, 'problem', {
        body: bytes,
        cookie: cookies.head,
        filename: 'b.pdf',
      });
      expect([first.status, second.status]).toEqual([201, 201]);
      const [a, b] = [(await first.json()) as Attachment, (await second.json()) as Attachment];
      expect(a.id).not.toBe(b.id);
      expect(a.sha256).toBe(b.sha256);
      expect(await count()).toBe(1);
      const links = await handle.db
        .selectFrom('innovation_files')
        .select('filename')
        .where('sha256', '=', sha256(bytes))
        .orderBy('filename')
        .execute();
      expect(links.map((l) => l.filename)).toEqual(['a.pdf', 'b.pdf']);
    });

    it('keeps only the last part of a file name, without control characters', async () => {
      const response = await upload(privateId, 'problem', {
        body: pdf('nama berkas'),
        cookie: cookies.staff,
        filename: '../../etc/pass\u0000wd\r\n.pdf',
      });
      expect(response.status).toBe(201);
      expect(((await response.json()) as Attachment).filename).toBe('passwd.pdf');
    });

    it('accepts a file of exactly 10 MB', async () => {
      const bytes = Buffer.alloc(maxBytes, 0x20);
      pdf('sepuluh megabita').copy(bytes);
      const response = await upload(privateId, 'problem', {
        body: bytes,
        cookie: cookies.staff,
        filename: 'besar.pdf',
      });
      expect(response.status).toBe(201);
      expect(((await response.json()) as Attachment).size).toBe(maxBytes);
    });

    it('refuses a text file named .pdf with 400 unsupported_type, judging by the bytes', async () => {
      const body = await refusedUpload(400, () =>
        upload(privateId, 'problem', {
          body: Buffer.from('Ini hanya teks biasa, bukan PDF.\n'),
          cookie: cookies.staff,
          filename: 'laporan.pdf',
        }),
      );
      expect(body.error).toMatchObject({
        domainCode: 'VALIDATION',
        details: { reason: 'unsupported_type' },
      });
    });

    it('refuses an empty body with 400', async () => {
      for (const body of [undefined, new Uint8Array(0)]) {
        const answer = await refusedUpload(400, () =>
          upload(privateId, 'problem', {
            body: body,
            cookie: cookies.staff,
            filename: 'kosong.pdf',
          }),
        );
        expect(answer.error).toMatchObject({
          domainCode: 'VALIDATION',
          details: { reason: 'empty' },
        });
      }
    });

    it('refuses 10 MB and one byte with 413 and stores nothing', async () => {
      const bytes = Buffer.alloc(maxBytes + 1, 0x20);
      pdf('terlalu besar').copy(bytes);
      const before = await evidenceState();
      const response = await upload(privateId, 'problem', {
        body: bytes,
        cookie: cookies.staff,
        filename: 'raksasa.pdf',
      });
      expect(response.status).toBe(413);
      await response.arrayBuffer();
      expect(await evidenceState()).toEqual(before);
    });

    it('refuses an upload without the x-csrf header with 403', async () => {
      const body = await refusedUpload(403, () =>
        upload(privateId, 'problem', {
          body: pdf('tanpa csrf'),
          cookie: cookies.staff,
          csrf: false,
        }),
      );
      expect(body.error.details).toEqual({ reason: 'csrf' });
      expect(body.error.reason).toBe('csrf');
    });

    it('refuses the public with 401', async () => {
      const body = await refusedUpload(401, () =>
        upload(publishedId, 'problem', { body: pdf('publik') }),
      );
      expect(body.error.domainCode).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['another unit’s staff', 'otherStaff'],
      ['an evaluator', 'evaluator'],
    ] as const)('refuses %s with 403', async (_name, who) => {
      const body = await refusedUpload(403, () =>
        upload(privateId, 'problem', { body: pdf(`oleh ${who}`), cookie: cookies[who] }),
      );
      expect(body.error.domainCode).toBe('NOT_ALLOWED');
    });

    it('refuses a section that is not open yet with 422', async () => {
      const body = await refusedUpload(422, () =>
        upload(privateId, 'need', { body: pdf('terlalu dini'), cookie: cookies.staff }),
      );
      expect(body.error.domainCode).toBe('INVALID_TRANSITION');
    });

    it.for([
      ['an unknown section', (): string => privateId, 'budget', 400],
      ['an innovation id that is not a UUID', (): string => 'innovation-1', 'problem', 404],
      ['an innovation that does not exist', (): string => randomUUID(), 'problem', 404],
    ] as const)('refuses %s with %i', async ([_name, id, section, status]) => {
      await refusedUpload(status, () =>
        upload(id(), section, { body: pdf('salah alamat'), cookie: cookies.staff }),
      );
    });
  });

  describe('GET /files/:attachmentId', () => {
    let privateFile: Attachment;
    let publishedFile: Attachment;
    const privateBytes = Buffer.concat([pdf('unduhan'), Buffer.from([0, 1, 2, 253, 254, 255, 0])]);
    const publishedBytes = pdf('unduhan publik');

    beforeAll(async () => {
      const a = await upload(privateId, 'problem', {
        body: privateBytes,
        cookie: cookies.staff,
        filename: 'Bukti Dukung (final) ü.pdf',
      });
      privateFile = (await a.json()) as Attachment;
      const b = await upload(publishedId, 'problem', {
        body: publishedBytes,
        cookie: cookies.head,
        filename: 'publik.pdf',
      });
      publishedFile = (await b.json()) as Attachment;
    });

    it.each(['staff', 'otherStaff', 'evaluator'] as const)(
      'answers %s the exact bytes as an attachment with the stored type',
      async (who) => {
        const response = await download(privateFile.id, cookies[who]);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename*=UTF-8''${encodeURIComponent('Bukti Dukung (final) ü.pdf')}`,
        );
        expect(response.headers.get('etag')).toBe(`"${sha256(privateBytes)}"`);
        const body = Buffer.from(await response.arrayBuffer());
        expect(body.equals(privateBytes)).toBe(true);
      },
    );

    it('lets the public download a file of a published innovation', async () => {
      const response = await download(publishedFile.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(publishedBytes)).toBe(true);
    });

    it('answers the public 404 for a file of an unpublished innovation, as for one that does not exist', async () => {
      const hidden = await download(privateFile.id);
      const missing = await download(randomUUID());
      expect(hidden.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(await hidden.json()).toEqual(await missing.json());
    });

    it('answers 404 for an attachment id that is not a UUID', async () => {
      expect((await download('..%2F..%2Fetc%2Fpasswd', cookies.staff)).status).toBe(404);
      expect((await download('1 OR 1=1', cookies.staff)).status).toBe(404);
    });
  });

  it('keeps every stored file’s bytes intact in the database', async () => {
    const { rows } = await sql<{
      sha256: string;
      content: Uint8Array;
    }>`select sha256, content from files`.execute(handle.db);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(sha256(row.content)).toBe(row.sha256);
  });
});
