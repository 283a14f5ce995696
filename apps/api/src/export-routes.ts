import { prepareExport, type ApiDependencies } from '@smartcity/api';
import { DomainError, exportListOfSlug, type ExportFormat } from '@smartcity/domain';
import express, { type Request, type Router } from 'express';
import { failStream } from './http-errors';
import { requestInfo } from './request-info';

/**
 * Exports of the lists over plain HTTP: `GET /exports/<list>.xlsx|.csv?input=<JSON>`, where
 * `<list>` is a list's slug (`inovasi`, `perangkat-daerah`, `pengguna`, `program-rencana-induk`,
 * `rencana-aksi`, `laporan-kemajuan`, `hasil-penilaian`, `komitmen-bersama`) and `input` the
 * list's own input without paging (as tRPC takes it), e.g. the innovation list's filters. The
 * access is the list's. The file streams as it is read (`Cache-Control: no-store`, an ASCII file
 * name of the list, the region and the day); refusals answer JSON as the other file routes do.
 */
export function exportRouter(deps: ApiDependencies): Router {
  const router = express.Router();

  router.get('/exports/:file', async (req, res) => {
    try {
      const match = /^([a-z-]+)\.(xlsx|csv)$/.exec(String(req.params.file));
      const list = match?.[1] === undefined ? undefined : exportListOfSlug(match[1]);
      if (!match || !list) {
        throw new DomainError('NOT_FOUND', 'There is no such export', { reason: 'unknown_export' });
      }
      const download = await prepareExport(deps, requestInfo(req, res), {
        list,
        format: match[2] as ExportFormat,
        input: inputOf(req),
      });
      res.setHeader('Content-Type', download.contentType);
      // The file names are ASCII slugs; `filename*` is there for clients that prefer it.
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${download.filename}"; filename*=UTF-8''${encodeURIComponent(download.filename)}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      await download.write(res);
    } catch (error) {
      failStream(req, res, { error, what: 'export' });
    }
  });
  return router;
}

/** The `input` query parameter as JSON (absent: no input). */
function inputOf(req: Request): unknown {
  const raw = req.query.input;
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      // falls through to the refusal below
    }
  }
  throw new DomainError('VALIDATION', 'The input parameter must be JSON', {
    reason: 'invalid_export_input',
    field: 'input',
  });
}
