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
 * Text a database cannot store faithfully: NUL characters (PostgreSQL refuses them) and lone
 * UTF-16 surrogates (not valid Unicode). Inputs containing them are refused as malformed.
 */
export function hasUnstorableText(value: string): boolean {
  return /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    value,
  );
}
