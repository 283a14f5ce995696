import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPasswordHasher } from '@smartcity/api';
import {
  testJpegHeader,
  testPng,
  testSvg,
  testWebpHeader,
} from '@smartcity/api/testing/test-images';
import { listEvents, type DatabaseHandle } from '@smartcity/db';
import { demoPassword, seedDemoData } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { maxEmblemBytes } from '@smartcity/domain';
import type { Express } from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';
import { setCookies, trpcMutation, trpcQuery } from './testing/spawn-api';

const testNow = new Date('2026-03-02T09:00:00.000Z');
const passwords = createPasswordHasher();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type ErrorBody = {
  error: {
    message: string;
    domainCode: string | null;
    reason: string | null;
    details: Record<string, unknown> | null;
  };
};
type RegionAnswer = { emblem: string | null; version: number; name: string };

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

describe.each(testDatabaseFactories())('the region emblem over HTTP on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let server: { url: string; close: () => Promise<void> };
  let coordinator: string;
  let staff: string;
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

  function send(
    method: 'PUT' | 'DELETE',
    body: Uint8Array | undefined,
    options: { cookie?: string; csrf?: boolean; contentType?: string } = {},
  ): Promise<Response> {
    return fetch(`${server.url}/region/emblem`, {
      method,
      headers: {
        'Content-Type': options.contentType ?? 'application/octet-stream',
        ...(options.csrf === false ? {} : { 'x-csrf': '1' }),
        ...(options.cookie ? { Cookie: options.cookie } : {}),
      },
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(15_000),
    });
  }

  async function region(): Promise<RegionAnswer> {
    const response = await trpcQuery(server.url, 'region.get');
    return ((await response.json()) as { result: { data: RegionAnswer } }).result.data;
  }

  /** What an emblem change writes: the region row, the stored files and the events. */
  async function emblemState(): Promise<unknown> {
    const regions = await handle.db.selectFrom('regions').selectAll().execute();
    const files = await handle.db
      .selectFrom('files')
      .select(['sha256', 'size', 'mime_type'])
      .orderBy('sha256')
      .execute();
    const events = await handle.db.selectFrom('events').selectAll().orderBy('id').execute();
    return JSON.parse(JSON.stringify({ regions, files, events })) as unknown;
  }

  /** Sends a change that must be refused with `status`, and proves nothing was stored. */
  async function refused(status: number, request: () => Promise<Response>): Promise<ErrorBody> {
    const before = await emblemState();
    const response = await request();
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/stack|\.ts:\d+|node_modules/);
    expect(await emblemState()).toEqual(before);
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
    coordinator = await login('koordinator@demo.test');
    staff = await login('dinkes.staf@demo.test');
  });
  afterAll(async () => {
    await server.close();
    await handle.close();
  });

  it('answers 404 (no_emblem) while the region has none', async () => {
    const response = await fetch(`${server.url}/region/emblem`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.details).toEqual({ reason: 'no_emblem' });
  });

  it('takes a PNG from a coordinator, and serves it to anyone with its type, ETag and caching', async () => {
    const png = testPng(40, 48);
    const before = await region();
    const response = await send('PUT', png, { cookie: coordinator, contentType: 'image/png' });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as RegionAnswer;
    expect(answer).toMatchObject({ emblem: sha256(png), version: before.version + 1 });
    expect(await region()).toMatchObject({ emblem: sha256(png) });

    const image = await fetch(`${server.url}/region/emblem`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('etag')).toBe(`"${sha256(png)}"`);
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('cache-control')).toBe('public, no-cache');
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);

    const versioned = await fetch(`${server.url}/region/emblem?v=${sha256(png)}`);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    await versioned.arrayBuffer();
    const revalidated = await fetch(`${server.url}/region/emblem`, {
      headers: { 'If-None-Match': `"${sha256(png)}"` },
    });
    expect(revalidated.status).toBe(304);

    const last = (await listEvents(handle.db, { entityType: 'region' })).at(-1);
    expect(last).toMatchObject({
      action: 'region.emblem_set',
      before: { emblem: null },
      after: { emblem: sha256(png), mimeType: 'image/png', width: 40, height: 48 },
    });
  });

  it('takes a JPEG and a WebP too, judged from the bytes whatever the declared type', async () => {
    for (const image of [testJpegHeader(120, 160), testWebpHeader(64, 64)]) {
      const response = await send('PUT', image, { cookie: coordinator, contentType: 'text/plain' });
      expect(response.status, await response.clone().text()).toBe(200);
      expect(((await response.json()) as RegionAnswer).emblem).toBe(sha256(image));
    }
    const served = await fetch(`${server.url}/region/emblem`);
    expect(served.headers.get('content-type')).toBe('image/webp');
    await served.arrayBuffer();
  });

  it('refuses an SVG even when named a PNG (400 emblem_unsupported_type), changing nothing', async () => {
    const body = await refused(400, () =>
      send('PUT', testSvg, { cookie: coordinator, contentType: 'image/png' }),
    );
    expect(body.error.domainCode).toBe('VALIDATION');
    expect(body.error.details).toMatchObject({ reason: 'emblem_unsupported_type' });
    expect(body.error.message).toMatch(/PNG, JPEG or WebP/);
  });

  it('refuses an empty body, a damaged PNG and one over 2048 pixels with their reasons', async () => {
    expect(
      (await refused(400, () => send('PUT', new Uint8Array(), { cookie: coordinator }))).error
        .details,
    ).toMatchObject({ reason: 'emblem_empty' });
    const cut = testPng().subarray(0, 20);
    // A transparent PNG whose pixels the PDF library could not decode (it would end the server).
    const badPixels = testPng(16, 16, { seed: 3, alpha: true, filter: 90 });
    for (const damaged of [cut, badPixels]) {
      expect(
        (await refused(400, () => send('PUT', damaged, { cookie: coordinator }))).error.details,
      ).toMatchObject({ reason: 'emblem_unreadable' });
    }
    expect(
      (await refused(400, () => send('PUT', testPng(3000, 4), { cookie: coordinator }))).error
        .details,
    ).toMatchObject({ reason: 'emblem_dimensions', maxSide: 2048 });
  });

  it('refuses an image over 1 MB with 413 as JSON, changing nothing', async () => {
    const big = Buffer.concat([testPng(), Buffer.alloc(maxEmblemBytes)]);
    const body = await refused(413, () => send('PUT', big, { cookie: coordinator }));
    expect(body.error).toMatchObject({
      domainCode: 'VALIDATION',
      reason: 'emblem_too_large',
      details: { reason: 'emblem_too_large', maxBytes: maxEmblemBytes },
    });
  });

  it('refuses the public (401), unit staff (403) and a request without x-csrf (403), before reading the body', async () => {
    const png = testPng(8, 8, { seed: 7 });
    expect((await refused(401, () => send('PUT', png))).error.domainCode).toBe('UNAUTHENTICATED');
    expect((await refused(403, () => send('PUT', png, { cookie: staff }))).error.domainCode).toBe(
      'NOT_ALLOWED',
    );
    expect(
      (await refused(403, () => send('PUT', png, { cookie: coordinator, csrf: false }))).error
        .details,
    ).toMatchObject({ reason: 'csrf' });
    // Even an oversized body is refused as unauthorised, not as too large.
    const big = Buffer.alloc(maxEmblemBytes + 10);
    expect((await refused(401, () => send('PUT', big))).error.domainCode).toBe('UNAUTHENTICATED');
    expect(
      (await refused(403, () => send('DELETE', undefined, { cookie: staff }))).error,
    ).toMatchObject({
      domainCode: 'NOT_ALLOWED',
    });
    expect((await refused(401, () => send('DELETE', undefined))).error.domainCode).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('removes the emblem (coordinators), with an event; then the image is gone', async () => {
    const before = await region();
    expect(before.emblem).not.toBeNull();
    const response = await send('DELETE', undefined, { cookie: coordinator });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ emblem: null, version: before.version + 1 });
    expect((await fetch(`${server.url}/region/emblem`)).status).toBe(404);
    const last = await handle.db
      .selectFrom('events')
      .select('action')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.action).toBe('region.emblem_removed');
    // Removing again changes nothing.
    const state = await emblemState();
    expect((await send('DELETE', undefined, { cookie: coordinator })).status).toBe(200);
    expect(await emblemState()).toEqual(state);
  });
});
