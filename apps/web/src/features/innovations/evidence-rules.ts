import { maxEvidenceBytes, type RefusalReason } from '@smartcity/domain';

// The evidence files the API accepts (it judges the type from the bytes; the SPA checks the name
// and size first, so a wrong file is refused at once instead of after a long upload). The size
// limit is the domain's; the extensions are the names of the domain's `acceptedEvidenceTypes`.

export { maxEvidenceBytes };

/** The extensions of the accepted types: PDF, images and office documents. */
export const evidenceExtensions = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'doc',
  'xls',
  'ppt',
] as const;

/** The file picker's `accept` attribute. */
export const evidenceAccept = evidenceExtensions.map((ext) => `.${ext}`).join(',');

/** Why a file is refused before it is sent: the reasons the API also gives. */
export type EvidenceProblem = Extract<RefusalReason, 'empty' | 'too_large' | 'unsupported_type'>;

/** What is wrong with a file chosen as evidence, or null when it may be sent. */
export function evidenceProblem(file: {
  readonly name: string;
  readonly size: number;
}): EvidenceProblem | null {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  if (!(evidenceExtensions as readonly string[]).includes(ext)) return 'unsupported_type';
  if (file.size === 0) return 'empty';
  if (file.size > maxEvidenceBytes) return 'too_large';
  return null;
}
