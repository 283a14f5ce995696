import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import {
  dashboardFigureExport,
  dashboardFigures,
  DomainError,
  openDataCatalogue,
  openDatasetMetadata,
  openInnovationCells,
  openInnovationColumns,
  openRecordOf,
  rowCells,
  type OpenDataCatalogue,
  type OpenDataFormat,
  type OpenDataset,
  type Region,
} from '@smartcity/domain';
import {
  findHomeRegion,
  listInnovationsForExport,
  listUnits,
  publishedInnovationsState,
} from '@smartcity/db';
import { createContext, type ApiDependencies, type Context } from '../../context';
import { dashboardSummaryFor } from '../dashboard/dashboard-summary';
import { exportPageSize } from './export-service';
import { writeCsv } from './spreadsheet-writer';

/**
 * Open data (`/data/…`): the published innovations and the public dashboard's figures as CSV and
 * JSON, and the catalogue that describes them (`openDataCatalogue` in the domain). Only what the
 * public may read: the innovations are read with the list's filter for published innovations,
 * and each row is written by `openInnovationCells`, which refuses an unpublished one.
 */

/** An open data file ready to send: its type, its cache validator, and how to write it. */
export type OpenDataFile = {
  readonly contentType: string;
  /** A weak entity tag of the content: it changes whenever the data could have changed. */
  readonly etag: string;
  /** The latest change among the published innovations (the metadata's `modified`). */
  readonly modified: string | null;
  readonly write: (out: Writable) => Promise<void>;
};

const jsonType = 'application/json; charset=utf-8';
const csvType = 'text/csv; charset=utf-8';

/** Bumped whenever what the files carry changes shape, so that caches drop the old ones. */
const openDataFormatVersion = 2;

/** A request without a session: open data is the same for everyone. */
const noRequest = {
  clientAddress: null,
  headers: {},
  cookies: { get: () => undefined, set: () => undefined, clear: () => undefined },
};

/** The home region (the publisher), or `NOT_FOUND` before the region is set up. */
async function publisher(ctx: Context): Promise<Region> {
  const region = await findHomeRegion(ctx.db);
  if (!region) {
    throw new DomainError('NOT_FOUND', 'The region is not set up yet', { reason: 'no_region' });
  }
  return region;
}

/** Where the published data stands: its last change, and a tag of everything the files carry. */
async function dataState(ctx: Context, region: Region) {
  const state = await publishedInnovationsState(ctx.db);
  const tag = createHash('sha256')
    .update(
      JSON.stringify([
        openDataFormatVersion,
        region.id,
        region.version,
        region.name,
        region.code,
        state.count,
        state.lastPublishedChange,
        // An innovation unpublished changes only this: the files must change with it.
        state.lastChange,
      ]),
    )
    .digest('base64url')
    .slice(0, 27);
  return { modified: state.lastPublishedChange, tag };
}

const weak = (tag: string) => `W/"${tag}"`;

/** Writes text to a stream, waiting while it is full (and failing if it closes). */
async function put(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new Error('The output closed before the file was complete');
  if (!out.write(text)) {
    await Promise.race([
      once(out, 'drain'),
      once(out, 'close').then(() => {
        throw new Error('The output closed before the file was complete');
      }),
    ]);
  }
}

/** Ends a stream and waits until it has flushed. */
async function end(out: Writable): Promise<void> {
  const finished = once(out, 'finish');
  out.end();
  await finished;
}

/** The catalogue of the open data, with its metadata. */
export async function openDataCatalogueFor(deps: ApiDependencies): Promise<OpenDataCatalogue> {
  const ctx = createContext(deps, noRequest);
  const region = await publisher(ctx);
  const { modified } = await dataState(ctx, region);
  return openDataCatalogue(region, modified);
}

/** The catalogue as a file (`/data/katalog.json`). */
export async function openDataCatalogueFile(deps: ApiDependencies): Promise<OpenDataFile> {
  const ctx = createContext(deps, noRequest);
  const region = await publisher(ctx);
  const { modified, tag } = await dataState(ctx, region);
  const body = `${JSON.stringify(openDataCatalogue(region, modified), null, 2)}\n`;
  return {
    contentType: jsonType,
    etag: weak(`k-${tag}`),
    modified,
    write: async (out) => {
      await put(out, body);
      await end(out);
    },
  };
}

/** The published innovations as CSV (Indonesian headers) or JSON (column keys, with metadata). */
async function innovationsFile(ctx: Context, format: OpenDataFormat): Promise<OpenDataFile> {
  const region = await publisher(ctx);
  const { modified, tag } = await dataState(ctx, region);
  const units = await listUnits(ctx.db, null, { search: null, type: null, includeInactive: true });
  const unitCode = new Map(units.items.map((u) => [u.id, u.code]));
  const codes = {
    unit: (id: string) => unitCode.get(id) ?? id,
    programme: (id: string) => id,
    innovation: (id: string) => id,
  };
  const columns = openInnovationColumns;
  /** Every published innovation's cells, page by page, by title. */
  async function* records() {
    let cursor: string | undefined;
    do {
      const page = await listInnovationsForExport(
        ctx.db,
        { isPublic: true },
        { sort: 'title_asc', limit: exportPageSize, cursor },
      );
      for (const item of page.items) {
        yield openInnovationCells(item.innovation, {
          externalCode: item.externalCode,
          facts: { unitName: item.unitName, updatedAt: item.innovation.updatedAt, stale: false },
          codes,
        });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
  if (format === 'csv') {
    return {
      contentType: csvType,
      etag: weak(`i-csv-${tag}`),
      modified,
      write: async (out) => {
        async function* rows() {
          for await (const cells of records()) yield rowCells(columns, cells);
        }
        await writeCsv(out, {
          name: 'inovasi',
          columns: columns.map((c) => ({ header: c.header.id })),
          rows: rows(),
        });
      },
    };
  }
  const metadata = openDatasetMetadata('inovasi', region, modified);
  return {
    contentType: jsonType,
    etag: weak(`i-json-${tag}`),
    modified,
    write: async (out) => {
      await put(out, `{"metadata":${JSON.stringify(metadata)},"data":[`);
      let first = true;
      let pending = '';
      for await (const cells of records()) {
        pending += `${first ? '\n' : ',\n'}${JSON.stringify(openRecordOf(columns, cells))}`;
        first = false;
        if (pending.length >= 64 * 1024) {
          await put(out, pending);
          pending = '';
        }
      }
      await put(out, `${pending}\n]}\n`);
      await end(out);
    },
  };
}

/** The public dashboard's figures (exactly `dashboard.public` without a filter). */
async function dashboardFile(ctx: Context, format: OpenDataFormat): Promise<OpenDataFile> {
  const region = await publisher(ctx);
  const [{ modified }, summary, units] = await Promise.all([
    dataState(ctx, region),
    dashboardSummaryFor(ctx, {}, true),
    listUnits(ctx.db, null, { search: null, type: null, includeInactive: true }),
  ]);
  const unitCode = new Map(units.items.map((u) => [u.id, u.code]));
  const figures = dashboardFigures(summary, (id) => unitCode.get(id) ?? id);
  const sheet = dashboardFigureExport;
  const codes = {
    unit: (id: string) => id,
    programme: (id: string) => id,
    innovation: (id: string) => id,
  };
  const cells = figures.map((figure) => sheet.write(figure, codes));
  // The figures depend on the time too (stale, overdue, the trend's months): the tag is of the
  // content itself.
  const etagOf = (content: string) =>
    weak(`d-${format}-${createHash('sha256').update(content).digest('base64url').slice(0, 27)}`);
  if (format === 'json') {
    const metadata = openDatasetMetadata('dasbor', region, modified);
    const body = `${JSON.stringify({
      metadata,
      data: cells.map((row) => openRecordOf(sheet.columns, row)),
    })}\n`;
    return {
      contentType: jsonType,
      etag: etagOf(body),
      modified,
      write: async (out) => {
        await put(out, body);
        await end(out);
      },
    };
  }
  const rows = cells.map((row) => rowCells(sheet.columns, row));
  return {
    contentType: csvType,
    etag: etagOf(JSON.stringify(rows)),
    modified,
    write: (out) =>
      writeCsv(out, {
        name: 'dasbor',
        columns: sheet.columns.map((c) => ({ header: c.header.id })),
        rows,
      }),
  };
}

/** An open dataset's file in a format. */
export async function openDataFile(
  deps: ApiDependencies,
  dataset: OpenDataset,
  format: OpenDataFormat,
): Promise<OpenDataFile> {
  // Open data never depends on who asks: no session is read, whatever cookie comes along.
  const ctx = createContext(deps, noRequest);
  switch (dataset) {
    case 'inovasi':
      return innovationsFile(ctx, format);
    case 'dasbor':
      return dashboardFile(ctx, format);
  }
}
