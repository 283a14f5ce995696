import type { RefusalReason } from '../errors/refusal-reason';
/** The largest evidence file accepted (10 MB). */
export const maxEvidenceBytes = 10 * 1024 * 1024;

/**
 * The evidence types accepted, by the extension the content is detected as (never the name):
 * PDF, images, and office documents (OOXML, OpenDocument, and legacy Office files, which are
 * CFB containers), with the media type stored for each.
 */
export const acceptedEvidenceTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  cfb: 'application/x-cfb',
};

/**
 * The file-name extensions each accepted type goes by (legacy Office files are CFB containers).
 * The SPA's file picker offers these and checks a name against them before a long upload; the
 * API judges the bytes ({@link acceptedEvidenceTypes}, the same keys).
 */
export const evidenceFileExtensions: Readonly<Record<string, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  odp: ['odp'],
  cfb: ['doc', 'xls', 'ppt'],
};

/** Every extension of {@link evidenceFileExtensions}: PDF, images and office documents. */
export const evidenceExtensions: readonly string[] = Object.values(evidenceFileExtensions).flat();

/** A file picker's `accept` attribute for evidence (`.pdf,.png,…`). */
export const evidenceAccept = evidenceExtensions.map((ext) => `.${ext}`).join(',');

/** Why a file is refused before it is sent: the reasons the API also gives. */
export type EvidenceProblem = Extract<RefusalReason, 'empty' | 'too_large' | 'unsupported_type'>;

/**
 * What is wrong with a file chosen as evidence, judged by its name and size (the API judges the
 * bytes too), or null when it may be sent.
 */
export function evidenceProblem(file: {
  readonly name: string;
  readonly size: number;
}): EvidenceProblem | null {
  const ext = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (!evidenceExtensions.includes(ext)) return 'unsupported_type';
  if (file.size === 0) return 'empty';
  if (file.size > maxEvidenceBytes) return 'too_large';
  return null;
}

/**
 * Text a database cannot store faithfully: NUL characters (PostgreSQL refuses them) and lone
 * UTF-16 surrogates (not valid Unicode). Inputs containing them are refused as malformed.
 */
export function hasUnstorableText(value: string): boolean {
  return /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    value,
  );
}
