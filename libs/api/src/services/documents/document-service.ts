import { DomainError, idSchema } from '@smartcity/domain';
import { findInnovationById } from '@smartcity/db';
import type { ApiDependencies, RequestInfo } from '../../context';
import { canReadInnovation, lookupHttpSession, requireUser } from '../auth/request-access';
import { slug } from './document-format';
import { renderInnovationProfilePdf, loadInnovationProfile } from './innovation-profile-pdf';
import { loadMasterplanDocument } from './masterplan-document';
import { renderMasterplanDocx } from './masterplan-docx';
import { renderMasterplanPdf } from './masterplan-pdf';

/** A generated document, ready to send as a download. */
export type GeneratedDocument = {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
};

export const pdfContentType = 'application/pdf';
export const docxContentType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The masterplan document for download, for logged-in users (every role reads the masterplan;
 * `UNAUTHENTICATED` otherwise, checked the way evidence downloads check it). `NOT_FOUND` when
 * there is no masterplan yet. Named `rencana-induk-<region>.pdf|docx`.
 */
export async function masterplanDocument(
  deps: ApiDependencies,
  request: RequestInfo,
  format: 'pdf' | 'docx',
): Promise<GeneratedDocument> {
  await requireUser(deps, request);
  const doc = await loadMasterplanDocument(deps.db, deps.now());
  const base = `rencana-induk-${slug(doc.regionName, 'daerah')}`;
  return format === 'pdf'
    ? {
        filename: `${base}.pdf`,
        contentType: pdfContentType,
        content: await renderMasterplanPdf(doc),
      }
    : {
        filename: `${base}.docx`,
        contentType: docxContentType,
        content: await renderMasterplanDocx(doc),
      };
}

/**
 * The one-page profile of an innovation, for whoever may read it (as `innovation.byId` and
 * evidence downloads decide): every logged-in user, and the public for published innovations.
 * An id that is not an id is `VALIDATION`; an innovation the caller may not see answers
 * `NOT_FOUND`, as one that does not exist (not revealing it exists).
 */
export async function innovationProfileDocument(
  deps: ApiDependencies,
  request: RequestInfo,
  innovationId: string,
): Promise<GeneratedDocument> {
  const id = idSchema.safeParse(innovationId);
  if (!id.success) throw new DomainError('VALIDATION', 'Invalid innovation id', { field: 'id' });
  const lookup = await lookupHttpSession(deps, request);
  const innovation = await findInnovationById(deps.db, id.data);
  if (!innovation) throw new DomainError('NOT_FOUND', 'Innovation not found', { id: id.data });
  if (!canReadInnovation(lookup, innovation))
    throw new DomainError('NOT_FOUND', 'Innovation not found', { id: id.data });
  const profile = await loadInnovationProfile(deps.db, innovation, deps.now());
  return {
    filename: `profil-inovasi-${slug(innovation.title, 'inovasi')}.pdf`,
    contentType: pdfContentType,
    content: await renderInnovationProfilePdf(profile),
  };
}
