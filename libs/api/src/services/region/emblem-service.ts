import { createHash } from 'node:crypto';
import {
  DomainError,
  emblemProblem,
  hasRole,
  maxEmblemBytes,
  maxEmblemSide,
  type EmblemRefusalReason,
  type Region,
} from '@smartcity/domain';
import { findFileContent, findHomeRegion, setRegionEmblem, storeFileContent } from '@smartcity/db';
import { fileTypeFromBuffer } from 'file-type';
import type { ApiDependencies, AuthState, RequestInfo } from '../../context';
import { requireCsrfHeader, requireUser } from '../auth/request-access';
import { imageSize } from './image-size';
import { pngDecodes } from './png-check';
import { recordRegionChange } from './region-event';

const refusalMessages: Readonly<Record<EmblemRefusalReason, string>> = {
  emblem_empty: 'The file is empty',
  emblem_too_large: `The emblem is larger than ${maxEmblemBytes / (1024 * 1024)} MB`,
  emblem_unsupported_type:
    'The emblem must be a PNG, JPEG or WebP image (SVG and other files are not accepted)',
  emblem_unreadable: 'The image cannot be read (the file may be damaged)',
  emblem_dimensions: `The emblem may be at most ${maxEmblemSide} × ${maxEmblemSide} pixels`,
};

/** The refusal of an emblem file for a reason, as the upload route and the service throw it. */
export function emblemRefusal(
  reason: EmblemRefusalReason,
  details: Readonly<Record<string, unknown>> & { readonly reason?: never } = {},
): DomainError {
  return new DomainError('VALIDATION', refusalMessages[reason], {
    reason,
    ...(reason === 'emblem_too_large' ? { maxBytes: maxEmblemBytes } : {}),
    ...(reason === 'emblem_dimensions' ? { maxSide: maxEmblemSide } : {}),
    ...details,
  });
}

/**
 * Checks that a plain HTTP request may change the region's emblem: the CSRF header, a valid
 * session (`UNAUTHENTICATED` otherwise) and the coordinator role (`NOT_ALLOWED` otherwise).
 * The upload route calls it before it reads the body, so a refused caller sends no megabyte.
 */
export async function authorizeEmblemChange(
  deps: ApiDependencies,
  request: RequestInfo,
): Promise<AuthState> {
  requireCsrfHeader(request);
  const auth = await requireUser(deps, request);
  if (!hasRole(auth.actor, ['coordinator'])) {
    throw new DomainError('NOT_ALLOWED', 'Your role may not do this', {
      allowed: ['coordinator'],
    });
  }
  return auth;
}

async function homeRegion(deps: ApiDependencies): Promise<Region> {
  const region = await findHomeRegion(deps.db);
  if (!region) {
    throw new DomainError('NOT_FOUND', 'The region is not set up yet', { reason: 'not_set_up' });
  }
  return region;
}

/**
 * Makes an uploaded image the region's emblem (coordinators): a PNG, JPEG or WebP of at most
 * 1 MB judged from its bytes, readable, at most 2048 pixels wide and tall. The bytes go to the content store (once per
 * content) in one transaction with the region's change and its event. Answers the region.
 */
export async function setRegionEmblemFile(
  deps: ApiDependencies,
  request: RequestInfo,
  content: Uint8Array,
): Promise<Region> {
  const auth = await authorizeEmblemChange(deps, request);
  const region = await homeRegion(deps);
  const detected =
    content.byteLength > 0 && content.byteLength <= maxEmblemBytes
      ? await fileTypeFromBuffer(content)
      : undefined;
  const mimeType = detected?.mime ?? null;
  const size = mimeType ? imageSize(content, mimeType) : null;
  // A PNG must also decode as the PDF documents will decode it (see pngDecodes).
  const oversized = size !== null && (size.width > maxEmblemSide || size.height > maxEmblemSide);
  const dimensions =
    size && (oversized || mimeType !== 'image/png' || pngDecodes(content, maxEmblemSide))
      ? size
      : null;
  const problem = emblemProblem({ size: content.byteLength, detectedMime: mimeType, dimensions });
  if (problem || !mimeType || !dimensions) {
    throw emblemRefusal(problem ?? 'emblem_unreadable', { detected: mimeType });
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  if (region.emblem === sha256) return region;
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    await storeFileContent(trx, { sha256, mimeType, content }, now);
    const changed = await setRegionEmblem(trx, { id: region.id, sha256, now });
    await recordRegionChange(trx, {
      occurredAt: now,
      actorUserId: auth.user.id,
      actorAddress: request.clientAddress,
      action: 'region.emblem_set',
      region: changed,
      before: { emblem: region.emblem },
      after: { emblem: sha256, mimeType, size: content.byteLength, ...dimensions },
    });
    return changed;
  });
}

/** Removes the region's emblem (coordinators); without one, nothing changes. Answers the region. */
export async function removeRegionEmblem(
  deps: ApiDependencies,
  request: RequestInfo,
): Promise<Region> {
  const auth = await authorizeEmblemChange(deps, request);
  const region = await homeRegion(deps);
  if (region.emblem === null) return region;
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const changed = await setRegionEmblem(trx, { id: region.id, sha256: null, now });
    await recordRegionChange(trx, {
      occurredAt: now,
      actorUserId: auth.user.id,
      actorAddress: request.clientAddress,
      action: 'region.emblem_removed',
      region: changed,
      before: { emblem: region.emblem },
      after: { emblem: null },
    });
    return changed;
  });
}

/** The region's emblem for anyone (it is shown before login): its hash, type and bytes. */
export async function readRegionEmblem(
  deps: ApiDependencies,
): Promise<{ readonly sha256: string; readonly mimeType: string; readonly content: Uint8Array }> {
  const region = await homeRegion(deps);
  const file = region.emblem ? await findFileContent(deps.db, region.emblem) : undefined;
  if (!region.emblem || !file) {
    throw new DomainError('NOT_FOUND', 'The region has no emblem', { reason: 'no_emblem' });
  }
  return { sha256: region.emblem, mimeType: file.mimeType, content: file.content };
}
