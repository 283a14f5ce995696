import { maxEmblemSide, type Region } from '@smartcity/domain';
import { findFileContent, type Database } from '@smartcity/db';
import type { Kysely } from 'kysely';
import { imageSize } from '../region/image-size';
import { pngDecodes } from '../region/png-check';

/**
 * The region as a document prints it: its name, province, Kemendagri code, branding line and,
 * when there is one the document formats can embed, its emblem.
 */
export type DocumentRegion = {
  readonly name: string;
  readonly province: string;
  readonly code: string | null;
  readonly branding: string | null;
  readonly emblem: DocumentEmblem | null;
};

/**
 * An emblem image ready to embed. PDF (pdfkit) and DOCX embed PNG and JPEG only: a WebP emblem,
 * which the app shows, is left out of the documents (they print the region's name without it).
 */
export type DocumentEmblem = {
  readonly mimeType: 'image/png' | 'image/jpeg';
  readonly content: Uint8Array;
  readonly width: number;
  readonly height: number;
};

/** The printed line of a region's code: "Kode wilayah 32.11". */
export function regionCodeText(code: string): string {
  return `Kode wilayah ${code}`;
}

/** The region of a document, with its emblem's bytes when it has an embeddable one. */
export async function loadDocumentRegion(
  db: Kysely<Database>,
  region: Region | undefined,
): Promise<DocumentRegion> {
  return {
    name: region?.name ?? '',
    province: region?.province ?? '',
    code: region?.code ?? null,
    branding: region?.branding ?? null,
    emblem: region?.emblem ? await loadEmblem(db, region.emblem) : null,
  };
}

async function loadEmblem(db: Kysely<Database>, sha256: string): Promise<DocumentEmblem | null> {
  const file = await findFileContent(db, sha256);
  if (!file || (file.mimeType !== 'image/png' && file.mimeType !== 'image/jpeg')) return null;
  const size = imageSize(file.content, file.mimeType);
  if (!size || size.width > maxEmblemSide || size.height > maxEmblemSide) return null;
  // However the file came in, a PNG the PDF library cannot decode is never handed to it.
  if (file.mimeType === 'image/png' && !pngDecodes(file.content, maxEmblemSide)) return null;
  return { mimeType: file.mimeType, content: file.content, ...size };
}

/** The emblem scaled to fit a box (points or pixels), keeping its proportions. */
export function fitEmblem(
  emblem: DocumentEmblem,
  box: number,
): { readonly width: number; readonly height: number } {
  const scale = box / Math.max(emblem.width, emblem.height);
  return {
    width: Math.max(1, Math.round(emblem.width * scale)),
    height: Math.max(1, Math.round(emblem.height * scale)),
  };
}

/** The emblem as a data URL (pdfmake reads images from data URLs; no file or URL is opened). */
export function emblemDataUrl(emblem: DocumentEmblem): string {
  return `data:${emblem.mimeType};base64,${Buffer.from(emblem.content).toString('base64')}`;
}

/**
 * Renders with the emblem, and again without it when the renderer cannot read the image (a file
 * the upload check took but the PDF library does not): a document never fails for its emblem.
 */
export async function withEmblemFallback<T extends { readonly region: DocumentRegion }, R>(
  doc: T,
  render: (doc: T) => Promise<R>,
): Promise<R> {
  if (!doc.region.emblem) return render(doc);
  try {
    return await render(doc);
  } catch {
    return render({ ...doc, region: { ...doc.region, emblem: null } });
  }
}
