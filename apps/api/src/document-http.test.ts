import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPasswordHasher } from '@smartcity/api';
import { insertUser, type DatabaseHandle } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import {
  seedDemoInnovations,
  seedDemoMasterplan,
  demoPassword,
  seedDemoData,
} from '@smartcity/demo-data';
import type { Express } from 'express';
import { pino } from 'pino';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';
import { setCookies, trpcMutation } from './testing/spawn-api';

const testNow = new Date('2026-03-02T09:00:00.000Z');
const passwords = createPasswordHasher();
const pdfType = 'application/pdf';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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

async function pageCount(body: ArrayBuffer): Promise<number> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  return (await extractText(pdf, { mergePages: true })).totalPages;
}

describe.each(testDatabaseFactories())('document downloads over HTTP on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let server: { url: string; close: () => Promise<void> };
  let cookie: string;
  let publishedId: string;
  let privateId: string;

  const get = (path: string, withCookie?: string) =>
    fetch(`${server.url}${path}`, {
      headers: withCookie ? { Cookie: withCookie } : {},
      signal: AbortSignal.timeout(30_000),
    });

  /** An error answer: the status, JSON in the file routes' shape, nothing internal. */
  async function refused(response: Response, status: number): Promise<ErrorBody> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/stack|\.ts:\d+|node_modules/);
    return JSON.parse(text) as ErrorBody;
  }

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, testNow, {
      demoPasswordHash: await passwords.hash(demoPassword),
    });
    await seedDemoInnovations(handle.db, { now: testNow });
    await seedDemoMasterplan(handle.db, { now: testNow });
    const pick = async (isPublic: boolean) =>
      (
        await handle.db
          .selectFrom('innovations')
          .select('id')
          .where('is_public', '=', isPublic)
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id;
    publishedId = await pick(true);
    privateId = await pick(false);
    server = await listen(
      createHttpApp({
        db: handle.db,
        now: () => testNow,
        passwords,
        secureCookies: false,
        trustProxy: false,
        logger: pino({ level: 'silent' }),
        webDist: undefined,
        isStarted: () => true,
      }),
    );
    const login = await trpcMutation(server.url, 'auth.login', {
      input: {
        email: 'bupati@demo.test',
        password: demoPassword,
      },
    });
    expect(login.status).toBe(200);
    cookie = setCookies(login, 'sc_session')[0]!.pair;
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  describe('GET /documents/masterplan.pdf and .docx', () => {
    it.each([['pdf'], ['docx']])('refuses the public with 401 JSON (%s)', async (format) => {
      const body = await refused(await get(`/documents/masterplan.${format}`), 401);
      expect(body.error.domainCode).toBe('UNAUTHENTICATED');
    });

    it('refuses a forged session cookie with 401', async () => {
      await refused(await get('/documents/masterplan.pdf', 'sc_session=forged'), 401);
    });

    it('sends the PDF to a logged-in user as an uncached attachment named after the region', async () => {
      const response = await get('/documents/masterplan.pdf', cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(pdfType);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="rencana-induk-kabupaten-sumedang\.pdf"/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.arrayBuffer();
      expect(Buffer.from(body).subarray(0, 5).toString()).toBe('%PDF-');
      expect(Number(response.headers.get('content-length'))).toBe(body.byteLength);
      expect(await pageCount(body)).toBeGreaterThan(1);
    });

    it('sends the DOCX to a logged-in user', async () => {
      const response = await get('/documents/masterplan.docx', cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(docxType);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="rencana-induk-kabupaten-sumedang\.docx"/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 2).toString()).toBe('PK');
      expect(body.byteLength).toBeGreaterThan(1000);
    });
  });

  describe('GET /documents/innovations/:id.pdf', () => {
    it('sends a published innovation’s profile to the public', async () => {
      const response = await get(`/documents/innovations/${publishedId}.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(pdfType);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="profil-inovasi-[a-z0-9-]+\.pdf"/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await pageCount(await response.arrayBuffer())).toBe(1);
    });

    it('answers the public 404 for an unpublished innovation, as for one that does not exist', async () => {
      const hidden = await refused(await get(`/documents/innovations/${privateId}.pdf`), 404);
      const missing = await refused(await get(`/documents/innovations/${randomUUID()}.pdf`), 404);
      expect(hidden.error.message).toBe(missing.error.message);
    });

    it('sends an unpublished innovation’s profile to a logged-in user', async () => {
      const response = await get(`/documents/innovations/${privateId}.pdf`, cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(pdfType);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    });

    it('answers 404 JSON for an unknown id, logged in', async () => {
      const body = await refused(
        await get(`/documents/innovations/${randomUUID()}.pdf`, cookie),
        404,
      );
      expect(body.error.domainCode).toBe('NOT_FOUND');
    });

    it.each([['innovation-1'], ['1%20OR%201%3D1'], ['..%2F..%2Fetc%2Fpasswd']])(
      'answers 400 JSON for an id that is not one (%s)',
      async (id) => {
        const body = await refused(await get(`/documents/innovations/${id}.pdf`, cookie), 400);
        expect(body.error.domainCode).toBe('VALIDATION');
      },
    );
  });

  describe('a user whose password someone else set', () => {
    let firstCookie: string;

    beforeAll(async () => {
      const password = 'Kata-Sandi-Awal-1';
      await insertUser(
        handle.db,
        {
          name: 'Pengguna Baru',
          email: 'baru.dokumen@demo.test',
          nip: null,
          role: 'leader',
          unitId: null,
          passwordHash: await passwords.hash(password),
          temporaryCredentials: true,
        },
        testNow,
      );
      const login = await trpcMutation(server.url, 'auth.login', {
        input: {
          email: 'baru.dokumen@demo.test',
          password,
        },
      });
      expect(login.status).toBe(200);
      firstCookie = setCookies(login, 'sc_session')[0]!.pair;
    });

    it.each([
      ['/documents/masterplan.pdf'],
      ['/documents/masterplan.docx'],
      ['/documents/innovations/{published}.pdf'],
    ])('is refused %s with 403 until they choose their own', async (path) => {
      const body = await refused(
        await get(path.replace('{published}', publishedId), firstCookie),
        403,
      );
      expect(body.error).toMatchObject({
        domainCode: 'NOT_ALLOWED',
        details: { reason: 'password_change_required' },
      });
    });

    it('is refused an upload of evidence with 403', async () => {
      const response = await fetch(
        `${server.url}/files/innovations/${privateId}/sections/problem`,
        {
          method: 'POST',
          headers: { Cookie: firstCookie, 'x-csrf': '1', 'X-Filename': 'bukti.pdf' },
          body: Buffer.from('%PDF-1.4\n'),
        },
      );
      const body = await refused(response, 403);
      expect(body.error.details).toMatchObject({ reason: 'password_change_required' });
    });
  });
});
