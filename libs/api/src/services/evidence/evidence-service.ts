import { createHash, randomUUID } from 'node:crypto';
import {
  acceptedEvidenceTypes,
  activeStageSchema,
  DomainError,
  idSchema,
  maxEvidenceBytes,
  sectionEditRefusal,
} from '@smartcity/domain';
import {
  appendEvent,
  findAttachmentWithContent,
  findInnovationById,
  insertAttachment,
  storeFileContent,
  touchInnovation,
  type Attachment,
} from '@smartcity/db';
import { fileTypeFromBuffer } from 'file-type';
import type { ApiDependencies, RequestInfo } from '../../context';
import {
  canReadInnovation,
  lookupHttpSession,
  requireCsrfHeader,
  requireUser,
} from '../auth/request-access';

/** A file name safe to store and to send back in a header: no folders, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127)
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'berkas' : cleaned;
}

/**
 * Attaches an evidence file to a section of an innovation: the uploader must be logged in, send
 * the CSRF header, and be allowed to edit that section; the file must be at most 10 MB and of an
 * accepted type judged from its bytes. The bytes are stored once per content (SHA-256), in the
 * database, in one transaction with the link and the event, so a failed upload leaves nothing.
 */
export async function attachEvidence(
  deps: ApiDependencies,
  request: RequestInfo,
  params: {
    readonly innovationId: string;
    readonly section: string;
    readonly filename: string;
    readonly content: Uint8Array;
  },
): Promise<Attachment> {
  requireCsrfHeader(request);
  const auth = await requireUser(deps, request);
  const innovationId = idSchema.safeParse(params.innovationId);
  if (!innovationId.success) throw new DomainError('NOT_FOUND', 'Innovation not found');
  const section = activeStageSchema.safeParse(params.section);
  if (!section.success)
    throw new DomainError('VALIDATION', 'Unknown section', { field: 'section' });
  const innovation = await findInnovationById(deps.db, innovationId.data);
  if (!innovation) throw new DomainError('NOT_FOUND', 'Innovation not found');
  const refusal = sectionEditRefusal(innovation, section.data, auth.actor);
  if (refusal) throw refusal;
  if (params.content.byteLength === 0)
    throw new DomainError('VALIDATION', 'The file is empty', { reason: 'empty' });
  if (params.content.byteLength > maxEvidenceBytes) {
    throw new DomainError('VALIDATION', 'The file is larger than 10 MB', {
      reason: 'too_large',
      maxBytes: maxEvidenceBytes,
    });
  }
  const detected = await fileTypeFromBuffer(params.content);
  const mimeType = detected ? acceptedEvidenceTypes[detected.ext] : undefined;
  if (!detected || !mimeType) {
    throw new DomainError('VALIDATION', 'Only PDF, images and office documents are accepted', {
      reason: 'unsupported_type',
      detected: detected?.mime ?? null,
    });
  }
  const sha256 = createHash('sha256').update(params.content).digest('hex');
  const filename = cleanFilename(params.filename);
  const now = deps.now();
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await storeFileContent(trx, { sha256, mimeType: detected.mime, content: params.content }, now);
    await insertAttachment(
      trx,
      {
        id,
        innovationId: innovation.id,
        section: section.data,
        sha256,
        filename,
        uploadedBy: auth.user.id,
      },
      now,
    );
    await touchInnovation(trx, innovation.id, now);
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: auth.user.id,
      actorAddress: request.clientAddress,
      entityType: 'innovation',
      entityId: innovation.id,
      action: 'innovation.file_attached',
      after: {
        attachmentId: id,
        section: section.data,
        filename,
        size: params.content.byteLength,
        sha256,
      },
    });
  });
  return {
    id,
    innovationId: innovation.id,
    section: section.data,
    filename,
    size: params.content.byteLength,
    mimeType: detected.mime,
    sha256,
    uploadedAt: now.toISOString(),
    uploadedByName: auth.user.name,
  };
}

/**
 * An evidence file for download, for whoever may read its innovation: every logged-in user, and
 * the public for published innovations. Anything else is `NOT_FOUND` (not revealing it exists).
 */
export async function readEvidence(
  deps: ApiDependencies,
  request: RequestInfo,
  attachmentId: string,
): Promise<{ attachment: Attachment; content: Uint8Array }> {
  const id = idSchema.safeParse(attachmentId);
  if (!id.success) throw new DomainError('NOT_FOUND', 'File not found');
  const found = await findAttachmentWithContent(deps.db, id.data);
  if (!found) throw new DomainError('NOT_FOUND', 'File not found');
  const lookup = await lookupHttpSession(deps, request);
  // Logged-in users read every innovation: its record is read only for the public.
  if (lookup.status !== 'valid') {
    const innovation = await findInnovationById(deps.db, found.attachment.innovationId);
    if (!innovation || !canReadInnovation(lookup, innovation))
      throw new DomainError('NOT_FOUND', 'File not found');
  }
  return found;
}
