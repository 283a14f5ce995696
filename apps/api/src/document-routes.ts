import {
  innovationProfileDocument,
  masterplanDocument,
  type ApiDependencies,
  type GeneratedDocument,
} from '@smartcity/api';
import express, { type Response, type Router } from 'express';
import { sendError } from './http-errors';
import { requestInfo } from './request-info';

/**
 * Generated documents over plain HTTP (tRPC speaks JSON, not bytes):
 * - `GET /documents/masterplan.pdf` and `GET /documents/masterplan.docx`: the masterplan
 *   document, for logged-in users (401 otherwise; 404 while there is no masterplan);
 * - `GET /documents/innovations/:id.pdf`: the one-page profile of an innovation, for whoever may
 *   read it (logged-in users; the public for published ones); 400 for an id that is not one, 404
 *   for an unknown or hidden innovation.
 * Each is generated on request from the current data and never cached. Errors answer JSON as the
 * file routes do (`sendError`).
 */
export function documentRouter(deps: ApiDependencies): Router {
  const router = express.Router();

  router.get('/documents/masterplan.pdf', async (req, res) => {
    try {
      send(res, await masterplanDocument(deps, requestInfo(req, res), 'pdf'));
    } catch (error) {
      sendError(req, res, { error, what: 'document request' });
    }
  });

  router.get('/documents/masterplan.docx', async (req, res) => {
    try {
      send(res, await masterplanDocument(deps, requestInfo(req, res), 'docx'));
    } catch (error) {
      sendError(req, res, { error, what: 'document request' });
    }
  });

  router.get('/documents/innovations/:id.pdf', async (req, res) => {
    try {
      send(
        res,
        await innovationProfileDocument(deps, requestInfo(req, res), String(req.params.id)),
      );
    } catch (error) {
      sendError(req, res, { error, what: 'document request' });
    }
  });
  return router;
}

function send(res: Response, document: GeneratedDocument): void {
  res.setHeader('Content-Type', document.contentType);
  res.setHeader('Content-Length', String(document.content.byteLength));
  // The file names are ASCII slugs; `filename*` is there for clients that prefer it.
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${document.filename}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.end(document.content);
}
