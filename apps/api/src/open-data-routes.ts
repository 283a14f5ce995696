import {
  openDataCatalogueFile,
  openDataFile,
  type ApiDependencies,
  type OpenDataFile,
} from '@smartcity/api';
import {
  DomainError,
  openDatasets,
  type OpenDataFormat,
  type OpenDataset,
} from '@smartcity/domain';
import express, { type Request, type Response, type Router } from 'express';
import { failStream } from './http-errors';

/**
 * Open data at stable public URLs, for anyone (no login, no cookie read):
 * - `GET /data/katalog.json`: the catalogue, every dataset's metadata (title, description,
 *   publisher, region code, subject, update frequency, licence, last modified, columns);
 * - `GET /data/inovasi.csv|.json`: the published innovations;
 * - `GET /data/dasbor.csv|.json`: the public dashboard's figures.
 * A short public cache (`max-age=60`) with a weak ETag (`If-None-Match` answers 304); readable
 * from other sites (CORS `*`, cross-origin resource policy).
 */
export function openDataRouter(deps: ApiDependencies): Router {
  const router = express.Router();

  router.get('/data/katalog.json', async (req, res) => {
    try {
      await send(req, res, { file: await openDataCatalogueFile(deps), download: null });
    } catch (error) {
      failStream(req, res, { error, what: 'open data' });
    }
  });

  router.get('/data/:file', async (req, res) => {
    try {
      const match = /^([a-z]+)\.(csv|json)$/.exec(String(req.params.file));
      const dataset = openDatasets.find((d) => d === match?.[1]);
      if (!match || !dataset) {
        throw new DomainError('NOT_FOUND', 'There is no such dataset', {
          reason: 'unknown_dataset',
        });
      }
      const format = match[2] as OpenDataFormat;
      await send(req, res, {
        file: await openDataFile(deps, dataset, format),
        download: { dataset, format },
      });
    } catch (error) {
      failStream(req, res, { error, what: 'open data' });
    }
  });
  return router;
}

async function send(
  req: Request,
  res: Response,
  answer: {
    readonly file: OpenDataFile;
    readonly download: { readonly dataset: OpenDataset; readonly format: OpenDataFormat } | null;
  },
): Promise<void> {
  const { file, download } = answer;
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', 'public, max-age=60');
  res.setHeader('ETag', file.etag);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Link', '</data/katalog.json>; rel="describedby"');
  if (download?.format === 'csv') {
    res.setHeader('Content-Disposition', `inline; filename="${download.dataset}.csv"`);
  }
  if (matchesETag(req.headers['if-none-match'], file.etag)) {
    res.status(304).end();
    return;
  }
  await file.write(res);
}

/**
 * Whether `If-None-Match` names the current entity tag (the weak comparison of RFC 9110 13.1.2;
 * `*` matches). Checked here rather than with `req.fresh`, which ignores the header when the
 * request says `Cache-Control: no-cache` — as browsers' revalidations do — though an origin
 * server may and should still answer 304.
 */
export function matchesETag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const current = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === current);
}
