import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';

/** An evidence file attached to a section of an innovation (without its bytes). */
export type Attachment = {
  readonly id: string;
  readonly innovationId: string;
  readonly section: string;
  readonly filename: string;
  readonly size: number;
  readonly mimeType: string;
  readonly sha256: string;
  readonly uploadedAt: string;
  readonly uploadedByName: string | null;
};

/**
 * Stores a file's bytes once per content: a second upload of the same bytes (anywhere) adds
 * nothing. Returns whether the bytes were new.
 */
export async function storeFileContent(
  db: Executor,
  file: { readonly sha256: string; readonly mimeType: string; readonly content: Uint8Array },
  now: Date,
): Promise<boolean> {
  const result = await db
    .insertInto('files')
    .values({
      sha256: file.sha256,
      size: file.content.byteLength,
      mime_type: file.mimeType,
      content: file.content,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A stored file's bytes and type by its content hash, or undefined. */
export async function findFileContent(
  db: Executor,
  sha256: string,
): Promise<{ readonly mimeType: string; readonly content: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('files')
    .select(['mime_type', 'content'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row && { mimeType: row.mime_type, content: row.content };
}

/** Links stored bytes to a section of an innovation under a file name. */
export async function insertAttachment(
  db: Executor,
  attachment: {
    readonly id: string;
    readonly innovationId: string;
    readonly section: string;
    readonly sha256: string;
    readonly filename: string;
    readonly uploadedBy: string | null;
  },
  now: Date,
): Promise<void> {
  await db
    .insertInto('innovation_files')
    .values({
      id: attachment.id,
      innovation_id: attachment.innovationId,
      section: attachment.section,
      sha256: attachment.sha256,
      filename: attachment.filename,
      uploaded_by: attachment.uploadedBy,
      uploaded_at: now.toISOString(),
    })
    .execute();
}

function attachmentQuery(db: Executor) {
  return db
    .selectFrom('innovation_files')
    .innerJoin('files', 'files.sha256', 'innovation_files.sha256')
    .leftJoin('users', 'users.id', 'innovation_files.uploaded_by')
    .select([
      'innovation_files.id',
      'innovation_files.innovation_id',
      'innovation_files.section',
      'innovation_files.filename',
      'innovation_files.sha256',
      'innovation_files.uploaded_at',
      'files.size',
      'files.mime_type',
      'users.name as uploader',
    ]);
}

type AttachmentRow = Awaited<
  ReturnType<ReturnType<typeof attachmentQuery>['executeTakeFirstOrThrow']>
>;

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    innovationId: row.innovation_id,
    section: row.section,
    filename: row.filename,
    size: Number(row.size),
    mimeType: row.mime_type,
    sha256: row.sha256,
    uploadedAt: toIsoString(row.uploaded_at),
    uploadedByName: row.uploader,
  };
}

/** The files attached to an innovation, oldest first. */
export async function listAttachments(db: Executor, innovationId: string): Promise<Attachment[]> {
  const rows = await attachmentQuery(db)
    .where('innovation_files.innovation_id', '=', innovationId)
    .orderBy('innovation_files.uploaded_at')
    .orderBy('innovation_files.id')
    .execute();
  return rows.map(toAttachment);
}

/** One attachment and its bytes, or undefined. */
export async function findAttachmentWithContent(
  db: Executor,
  id: string,
): Promise<{ attachment: Attachment; content: Uint8Array } | undefined> {
  const row = await attachmentQuery(db)
    .select('files.content')
    .where('innovation_files.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { attachment: toAttachment(row), content: row.content };
}
