import { attachEvidence, readEvidence, type ApiDependencies } from '@smartcity/api';
import { maxEvidenceBytes } from '@smartcity/domain';
import express, { type Router } from 'express';
import { sendError } from './http-errors';
import { requestInfo } from './request-info';

/**
 * Evidence files over plain HTTP (tRPC speaks JSON, not bytes):
 * - `POST /files/innovations/:innovationId/sections/:section` with the file as the raw body, its
 *   name in `X-Filename` (URL-encoded) and `x-csrf: 1`; answers 201 with the attachment;
 * - `GET /files/:attachmentId` answers the file as a download.
 * Errors answer JSON `{ error: { message, domainCode, details } }` with the status the API's
 * error map gives the domain code.
 */
export function evidenceRouter(deps: ApiDependencies): Router {
  const router = express.Router();

  router.post(
    '/files/innovations/:innovationId/sections/:section',
    express.raw({ type: () => true, limit: maxEvidenceBytes }),
    async (req, res) => {
      try {
        const header = req.headers['x-filename'];
        const filename = decodeFilename(typeof header === 'string' ? header : 'berkas');
        const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const attachment = await attachEvidence(deps, requestInfo(req, res), {
          innovationId: String(req.params.innovationId),
          section: String(req.params.section),
          filename,
          content,
        });
        res.status(201).json(attachment);
      } catch (error) {
        sendError(req, res, { error });
      }
    },
  );

  router.get('/files/:attachmentId', async (req, res) => {
    try {
      const { attachment, content } = await readEvidence(
        deps,
        requestInfo(req, res),
        String(req.params.attachmentId),
      );
      res.setHeader('Content-Type', attachment.mimeType);
      res.setHeader('Content-Length', String(content.byteLength));
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      );
      res.setHeader('Cache-Control', 'private, max-age=0, must-revalidate');
      res.setHeader('ETag', `"${attachment.sha256}"`);
      res.end(Buffer.from(content));
    } catch (error) {
      sendError(req, res, { error });
    }
  });
  return router;
}

function decodeFilename(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
