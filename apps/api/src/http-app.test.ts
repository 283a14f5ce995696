import { createPasswordHasher } from '@smartcity/api';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type DatabaseHandle } from '@smartcity/db';
import { seedDemoData } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import type { Express } from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';

const testNow = new Date('2026-03-02T09:00:00.000Z');
const silent = pino({ level: 'silent' });
const indexHtml = '<!doctype html><html><body><div id="root"></div>smartcity-index</body></html>';
const assetJs = 'console.log("smartcity-asset");';

/** A listening server on a free port of 127.0.0.1. */
type Listening = { readonly url: string; readonly close: () => Promise<void> };

async function listen(app: Express): Promise<Listening> {
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
        // fetch keeps connections alive: without this `close` waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** GET with a bounded wait: a hanging server fails the test instead of the whole run. */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers, signal: AbortSignal.timeout(5_000) });
}

/** `GET /trpc/<path>?input=<json>`, as the SPA's tRPC client sends a query without batching. */
function query(base: string, path: string, input?: unknown): Promise<Response> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return get(`${base}/trpc/${path}${search}`);
}

/** The raw bytes of an answer, undecoded (fetch would gunzip them out of sight). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

type TrpcError = {
  error?: {
    message?: string;
    code?: number;
    data?: {
      code?: string;
      httpStatus?: number;
      path?: string;
      validation?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> };
    };
  };
};

const passwords = createPasswordHasher();

describe.each(testDatabaseFactories())('createHttpApp on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let webRoot: string;
  let webDist: string;
  let started = true;
  let server: Listening;

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, testNow, { demoPasswordHash: 'not-used-here' });
    // A file beside the SPA's folder: path traversal must never reach it.
    webRoot = mkdtempSync(join(tmpdir(), 'smartcity-web-'));
    writeFileSync(join(webRoot, 'secret.txt'), 'smartcity-secret');
    webDist = join(webRoot, 'dist');
    mkdirSync(join(webDist, 'assets'), { recursive: true });
    writeFileSync(join(webDist, 'index.html'), indexHtml);
    writeFileSync(join(webDist, 'assets', 'app-abc123.js'), assetJs);
    server = await listen(
      createHttpApp({
        db: handle.db,
        now: () => testNow,
        passwords,
        secureCookies: false,
        trustProxy: false,
        logger: silent,
        webDist,
        isStarted: () => started,
      }),
    );
  });

  afterAll(async () => {
    await server?.close();
    await handle?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  describe('health and readiness', () => {
    it('answers /healthz with 200 and no caching', async () => {
      const response = await get(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('answers /readyz with 503 until started, then 200', async () => {
      started = false;
      try {
        const starting = await get(`${server.url}/readyz`);
        expect(starting.status).toBe(503);
        expect(await starting.json()).toEqual({ status: 'starting' });
        // /healthz answers while the app is still starting.
        expect((await get(`${server.url}/healthz`)).status).toBe(200);
      } finally {
        started = true;
      }
      const ready = await get(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    });

    it('answers /readyz with 503 once the database is closed', async () => {
      // A database of its own: closing the shared one would break the other tests.
      const own = await factory.open();
      const app = await listen(
        createHttpApp({
          db: own.db,
          now: () => testNow,
          passwords,
          secureCookies: false,
          trustProxy: false,
          logger: silent,
          webDist: undefined,
          isStarted: () => true,
        }),
      );
      try {
        expect((await get(`${app.url}/readyz`)).status).toBe(200);
        await own.close();
        const unavailable = await get(`${app.url}/readyz`);
        expect(unavailable.status).toBe(503);
        expect(await unavailable.json()).toEqual({
          status: 'unavailable',
          reason: 'database unreachable',
        });
        expect((await get(`${app.url}/healthz`)).status).toBe(200);
      } finally {
        await app.close();
      }
    });
  });

  describe('tRPC at /trpc', () => {
    it('answers a query through real HTTP as plain JSON', async () => {
      const response = await query(server.url, 'unit.list', { search: 'kesehatan' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as {
        result: { data: { items: { name: string; shortName: string }[]; total: number } };
      };
      expect(body.result.data.total).toBe(1);
      expect(body.result.data.items.map((u) => u.name)).toEqual(['Dinas Kesehatan']);
    });

    it('refuses malformed input with 400, the flattened zod errors and no stack', async () => {
      const response = await query(server.url, 'unit.list', { type: 'ministry', search: 42 });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/stack/i);
      expect(text).not.toMatch(/\.ts:\d+/);
      const body = JSON.parse(text) as TrpcError;
      expect(body.error?.data).toMatchObject({
        code: 'BAD_REQUEST',
        httpStatus: 400,
        path: 'unit.list',
      });
      const fieldErrors = body.error?.data?.validation?.fieldErrors;
      expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(['search', 'type']);
      expect(fieldErrors?.type?.length).toBeGreaterThan(0);
    });

    it('answers 404 "Unit not found" for an unknown unit id', async () => {
      const response = await query(server.url, 'unit.byId', {
        id: '3f1c7a52-6a0e-4b8f-9d1e-2a7c5b9e0f11',
      });
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).not.toMatch(/stack/i);
      const body = JSON.parse(text) as TrpcError;
      expect(body.error?.message).toBe('Unit not found');
      expect(body.error?.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
    });

    it('answers a known unit by id', async () => {
      const list = (await (
        await query(server.url, 'unit.list', { search: 'kesehatan' })
      ).json()) as {
        result: { data: { items: { id: string }[] } };
      };
      const id = list.result.data.items[0]?.id;
      expect(id).toBeDefined();
      const response = await query(server.url, 'unit.byId', { id });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        result: { data: { name: 'Dinas Kesehatan', region: { name: 'Kabupaten Sumedang' } } },
      });
    });

    it('answers 404 JSON, not the SPA, for an unknown procedure asked as a page', async () => {
      const response = await get(`${server.url}/trpc/nope`, { Accept: 'text/html' });
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).not.toContain('smartcity-index');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('answers 400, not 500, to input that is not JSON', async () => {
      const response = await get(`${server.url}/trpc/unit.list?input=%7Bbad`);
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/stack|\.ts:\d+/i);
      expect((JSON.parse(text) as TrpcError).error?.data?.code).toBe('BAD_REQUEST');
    });

    it('does not answer 500 to a malformed JSON body', async () => {
      const response = await fetch(`${server.url}/trpc/unit.list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"search": ',
        signal: AbortSignal.timeout(5_000),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      expect(text).not.toMatch(/stack|\.ts:\d+/i);
      expect((JSON.parse(text) as TrpcError).error?.data?.httpStatus).toBe(response.status);
    });
  });

  describe('security headers and compression', () => {
    it('sets helmet headers and hides X-Powered-By', async () => {
      for (const path of ['/healthz', '/', '/trpc/unit.list']) {
        const response = await get(`${server.url}${path}`, { Accept: 'text/html' });
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp, path).toContain("script-src 'self'");
        expect(csp, path).toContain("object-src 'none'");
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp, path).not.toContain('unsafe-eval');
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.has('x-powered-by'), path).toBe(false);
        await response.arrayBuffer();
      }
    });

    it('gzips a large answer when the client accepts gzip', async () => {
      const url = `${server.url}/trpc/unit.list`;
      const gzipped = await rawGet(url, { 'Accept-Encoding': 'gzip' });
      expect(gzipped.status).toBe(200);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.body.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      const json = gunzipSync(gzipped.body).toString('utf8');
      const body = JSON.parse(json) as { result: { data: { items: unknown[]; total: number } } };
      expect(body.result.data.total).toBe(55);
      expect(body.result.data.items).toHaveLength(55);
      expect(gzipped.body.length).toBeLessThan(Buffer.byteLength(json) / 2);

      const plain = await rawGet(url, { 'Accept-Encoding': 'identity' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(json);
    });
  });

  describe('the SPA', () => {
    it.each(['/', '/perangkat-daerah', '/perangkat-daerah/3f1c7a52'])(
      'answers %s with index.html and revalidation',
      async (path) => {
        const response = await get(`${server.url}${path}`, {
          Accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(await response.text()).toBe(indexHtml);
      },
    );

    it('answers a hashed asset with a one-year immutable cache', async () => {
      const response = await get(`${server.url}/assets/app-abc123.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      const cacheControl = response.headers.get('cache-control') ?? '';
      expect(cacheControl).toContain('immutable');
      expect(cacheControl).toContain('max-age=31536000');
      expect(await response.text()).toBe(assetJs);
    });

    it('answers 404, not the page, for a missing asset', async () => {
      const response = await get(`${server.url}/assets/missing.js`, { Accept: '*/*' });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('smartcity-index');
    });

    it.each(['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt'])(
      'never serves a file outside the SPA folder for %s',
      async (path) => {
        const response = await get(`${server.url}${path}`, { Accept: '*/*' });
        expect(response.status).not.toBe(500);
        expect(await response.text()).not.toContain('smartcity-secret');
      },
    );

    it('answers 404 JSON to a non-page request for an unknown path', async () => {
      const response = await get(`${server.url}/nope`, { Accept: 'application/json' });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'Not found' });
    });

    it('answers pages with 503 and how to build when the SPA is not built', async () => {
      const app = await listen(
        createHttpApp({
          db: handle.db,
          now: () => testNow,
          passwords,
          secureCookies: false,
          trustProxy: false,
          logger: silent,
          webDist: undefined,
          isStarted: () => true,
        }),
      );
      try {
        const page = await get(`${app.url}/perangkat-daerah`, { Accept: 'text/html' });
        expect(page.status).toBe(503);
        expect(await page.text()).toContain('npm run build');
        // The API still serves.
        expect((await query(app.url, 'unit.list', { search: 'kesehatan' })).status).toBe(200);
      } finally {
        await app.close();
      }
    });
  });
});
