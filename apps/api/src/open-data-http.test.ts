import { readSpreadsheet } from '@smartcity/api';
import { testDatabaseFactories } from '@smartcity/db/testing';
import {
  cellText,
  dimensionKeys,
  openDatasets,
  openInnovationColumns,
  stages,
  type DashboardSummary,
  type Innovation,
  type OpenDataCatalogue,
  type OpenDatasetMetadata,
} from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './testing/http-server';

const testNow = new Date('2026-03-02T09:00:00.000Z');

type OpenFile = { metadata: OpenDatasetMetadata; data: Record<string, unknown>[] };

describe.each(testDatabaseFactories())('open data over HTTP on $dialect', (factory) => {
  let server: DemoServer;
  let coordinator: string;

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers, signal: AbortSignal.timeout(30_000) });

  async function json<T>(path: string): Promise<T> {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return (await response.json()) as T;
  }

  async function csvCodes(): Promise<string[]> {
    const response = await get('/data/inovasi.csv');
    expect(response.status).toBe(200);
    const read = await readSpreadsheet(new Uint8Array(await response.arrayBuffer()));
    if (!read.ok) throw new Error(read.problem.code);
    const index = read.table.headers.map((h) => cellText(h)).indexOf('Kode inovasi');
    return read.table.rows.map((row) => cellText(row[index]));
  }

  const publishedIds = async () =>
    (
      await server.handle.db
        .selectFrom('innovations')
        .select('id')
        .where('is_public', '=', true)
        .execute()
    )
      .map((r) => r.id)
      .sort();

  beforeAll(async () => {
    server = await startDemoServer(factory, testNow);
    coordinator = await server.cookieOf('koordinator@demo.test');
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('GET /data/katalog.json', () => {
    it('lists every dataset with complete metadata, the same as openData.catalogue', async () => {
      const catalogue = await json<OpenDataCatalogue>('/data/katalog.json');
      expect(catalogue).toEqual(await server.query<OpenDataCatalogue>('openData.catalogue'));
      expect(catalogue.publisher).toBe('Kabupaten Sumedang');
      expect(catalogue.regionCode).toBe('32.11');
      expect(catalogue.datasets.map((d) => d.identifier)).toEqual([...openDatasets]);
      const latest = await server.handle.db
        .selectFrom('innovations')
        .select((eb) => eb.fn.max('updated_at').as('last'))
        .where('is_public', '=', true)
        .executeTakeFirstOrThrow();
      for (const dataset of catalogue.datasets) {
        expect(dataset.publisher).toBe('Kabupaten Sumedang');
        expect(dataset.regionCode).toBe('32.11');
        expect(dataset.licence.id).toBe('CC-BY-4.0');
        expect(dataset.licence.url).toMatch(/^https:\/\/creativecommons\.org\//);
        expect(new Date(dataset.modified!).getTime()).toBe(
          new Date(latest.last as string).getTime(),
        );
        for (const text of [
          dataset.title,
          dataset.description,
          dataset.subject,
          dataset.updateFrequency,
        ]) {
          expect(text.id.length).toBeGreaterThan(3);
          expect(text.en.length).toBeGreaterThan(3);
        }
        expect(dataset.columns.length).toBeGreaterThan(3);
        for (const c of dataset.columns) {
          expect(c.title.id).not.toBe('');
          expect(c.description.id).not.toBe('');
          expect(c.description.en).not.toBe('');
        }
        expect(dataset.distributions.map((d) => d.path)).toEqual([
          `/data/${dataset.identifier}.csv`,
          `/data/${dataset.identifier}.json`,
        ]);
      }
      expect(catalogue.datasets[0]!.columns.map((c) => c.key)).toEqual(
        openInnovationColumns.map((c) => c.key),
      );
    });

    it('is public, cached briefly, readable from other sites, and revalidates with its ETag', async () => {
      const response = await get('/data/katalog.json');
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      const etag = response.headers.get('etag');
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await get('/data/katalog.json', { 'If-None-Match': etag! });
      expect(again.status).toBe(304);
    });
  });

  describe('GET /data/inovasi.json and .csv', () => {
    it('holds every published innovation and nothing else, on both files', async () => {
      const expected = await publishedIds();
      expect(expected.length).toBeGreaterThan(30);
      const file = await json<OpenFile>('/data/inovasi.json');
      expect(file.metadata.identifier).toBe('inovasi');
      expect(file.data.map((r) => r.code).sort()).toEqual(expected);
      expect((await csvCodes()).sort()).toEqual(expected);
      // Stable keys: the column keys, coded values with their labels beside them.
      expect(Object.keys(file.data[0]!)).toEqual(
        expect.arrayContaining(['code', 'title', 'dimension', 'dimension_label', 'stage_label']),
      );
      expect(dimensionKeys).toContain(file.data[0]!.dimension);
      expect(stages).toContain(file.data[0]!.stage);
    });

    it('carries no user id, no user’s name or email and no uploader', async () => {
      const users = await server.handle.db
        .selectFrom('users')
        .select(['id', 'name', 'email'])
        .execute();
      const body = await (await get('/data/inovasi.json')).text();
      const csv = await (await get('/data/inovasi.csv')).text();
      for (const user of users) {
        for (const text of [body, csv]) {
          expect(text).not.toContain(user.id);
          expect(text).not.toContain(user.email);
          expect(text).not.toContain(user.name);
        }
      }
      for (const key of ['created_by', 'updated_by', 'responsible_person', 'uploaded_by'])
        expect(body).not.toContain(`"${key}"`);
    });

    it('never holds a draft, and drops an innovation as soon as it is unpublished', async () => {
      const first = await get('/data/inovasi.json');
      const etag = first.headers.get('etag')!;
      const unit = await server.handle.db
        .selectFrom('units')
        .select('id')
        .where('code', '=', 'dinkes')
        .executeTakeFirstOrThrow();
      const draft = await server.mutate<Innovation>(
        'innovation.create',
        {
          unitId: unit.id,
          title: 'Draf rahasia belum terbit',
          summary: 'Inovasi yang masih draf dan tidak dipublikasikan.',
          dimension: 'governance',
          element: 'public_service',
          jenis: 'digital',
          bentuk: 'public_service',
          inisiator: 'unit',
        },
        coordinator,
      );
      expect(draft.isPublic).toBe(false);
      const published = (await publishedIds())[0]!;
      const current = await server.handle.db
        .selectFrom('innovations')
        .select('version')
        .where('id', '=', published)
        .executeTakeFirstOrThrow();
      await server.mutate(
        'innovation.setPublic',
        { id: published, version: current.version, isPublic: false },
        coordinator,
      );
      try {
        // The cached copy is stale: the ETag no longer matches, the files are sent again.
        const again = await get('/data/inovasi.json', { 'If-None-Match': etag });
        expect(again.status).toBe(200);
        expect(again.headers.get('etag')).not.toBe(etag);
        const file = (await again.json()) as OpenFile;
        const codes = file.data.map((r) => r.code);
        expect(codes).not.toContain(published);
        expect(codes).not.toContain(draft.id);
        expect(JSON.stringify(file)).not.toContain('Draf rahasia');
        const csv = await csvCodes();
        expect(csv).not.toContain(published);
        expect(csv).not.toContain(draft.id);
        expect(csv.sort()).toEqual(await publishedIds());
      } finally {
        const now = await server.handle.db
          .selectFrom('innovations')
          .select('version')
          .where('id', '=', published)
          .executeTakeFirstOrThrow();
        await server.mutate(
          'innovation.setPublic',
          { id: published, version: now.version, isPublic: true },
          coordinator,
        );
      }
      expect((await csvCodes()).sort()).toEqual(await publishedIds());
    });

    it('answers 304 to a cache that holds the current file', async () => {
      for (const path of ['/data/inovasi.json', '/data/inovasi.csv']) {
        const response = await get(path);
        await response.arrayBuffer();
        const etag = response.headers.get('etag')!;
        expect(response.headers.get('cache-control')).toBe('public, max-age=60');
        const again = await get(path, { 'If-None-Match': etag });
        expect(again.status).toBe(304);
        expect(await again.text()).toBe('');
      }
    });

    it('is the same for a logged-in caller: no cookie changes what open data holds', async () => {
      const anonymous = await (await get('/data/inovasi.json')).text();
      const withCookie = await (await get('/data/inovasi.json', { Cookie: coordinator })).text();
      expect(withCookie).toBe(anonymous);
    });
  });

  describe('GET /data/dasbor.json and .csv', () => {
    type Figure = { group: string; code: string; value: number | null };

    it('carries the numbers of dashboard.public', async () => {
      const summary = await server.query<DashboardSummary>('dashboard.public', {});
      const file = await json<{ metadata: OpenDatasetMetadata; data: Figure[] }>(
        '/data/dasbor.json',
      );
      expect(file.metadata.identifier).toBe('dasbor');
      const value = (group: string, code: string) =>
        file.data.find((f) => f.group === group && f.code === code)?.value;
      expect(value('summary', 'innovations')).toBe(summary.total);
      expect(value('summary', 'innovations')).toBe((await publishedIds()).length);
      expect(value('summary', 'units')).toBe(summary.units.total);
      expect(value('summary', 'units_innovating')).toBe(summary.units.innovating);
      expect(value('summary', 'stale')).toBe(summary.stale.total);
      expect(value('summary', 'overdue')).toBe(summary.overdue.total);
      for (const d of dimensionKeys)
        expect(value('dimension', d)).toBe(summary.counts.byDimension[d]);
      for (const s of stages) expect(value('stage', s)).toBe(summary.counts.byStage[s]);
      const units = file.data.filter((f) => f.group === 'unit');
      expect(units).toHaveLength(summary.coverage.length);
      expect(units.reduce((sum, f) => sum + (f.value ?? 0), 0)).toBe(
        summary.coverage.reduce((sum, row) => sum + row.total, 0),
      );
      expect(units.map((f) => f.code)).toContain('dinkes');
      expect(file.data.filter((f) => f.group === 'created_per_month')).toHaveLength(
        summary.trend.length,
      );
    });

    it('writes the same figures as CSV with Indonesian headers', async () => {
      const response = await get('/data/dasbor.csv');
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const read = await readSpreadsheet(new Uint8Array(await response.arrayBuffer()));
      if (!read.ok) throw new Error(read.problem.code);
      expect(read.table.headers).toEqual(['Kelompok', 'Kode', 'Label', 'Nilai']);
      const json = (await (await get('/data/dasbor.json')).json()) as { data: Figure[] };
      expect(read.table.rows.map((r) => cellText(r[1]))).toEqual(json.data.map((f) => f.code));
      expect(read.table.rows.map((r) => cellText(r[3]))).toEqual(
        json.data.map((f) => (f.value === null ? '' : String(f.value))),
      );
    });
  });

  it('answers 404 JSON for a dataset that does not exist', async () => {
    for (const path of ['/data/rahasia.json', '/data/inovasi.xlsx', '/data/pengguna.csv']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });
});
