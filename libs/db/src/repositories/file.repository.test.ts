import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createInnovation, type Innovation } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import {
  findAttachmentWithContent,
  insertAttachment,
  listAttachments,
  storeFileContent,
} from './file.repository';
import { insertInnovation } from './innovation.repository';
import { findRegionByName } from './region.repository';
import { findUnitByCode } from './unit.repository';
import { findCredentialsByEmail } from './user.repository';

const now = new Date('2026-01-05T07:00:00.000Z');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every byte value, NULs and high bytes included, around a PDF header. */
function awkwardBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  const header = Buffer.from('%PDF-1.4\n');
  bytes.set(header);
  for (let i = header.length; i < bytes.length; i += 1) bytes[i] = (i * 37) % 256;
  bytes[bytes.length - 1] = 0;
  return bytes;
}

describe.each(testDatabaseFactories())('file repository on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let uploader: { id: string; name: string };
  let first: Innovation;
  let second: Innovation;

  async function newInnovation(unitId: string): Promise<Innovation> {
    const innovation = createInnovation(
      {
        unitId,
        title: 'Bukti dukung inovasi',
        summary: 'Inovasi untuk menguji berkas bukti dukung.',
        dimension: 'governance',
        element: 'bureaucracy',
        extraDimensions: [],
        jenis: 'digital',
        bentuk: 'governance',
        inisiator: 'unit',
        urusan: null,
        trialDate: null,
        implementationDate: null,
      },
      { id: randomUUID(), actorUserId: uploader.id, now },
    );
    await insertInnovation(handle.db, innovation);
    return innovation;
  }

  const countFiles = async () =>
    Number(
      (
        await handle.db
          .selectFrom('files')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, now, { demoPasswordHash: 'not-a-real-hash' });
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    const dinkes = (await findUnitByCode(handle.db, region!.id, 'dinkes'))!;
    uploader = (await findCredentialsByEmail(handle.db, 'dinkes.staf@demo.test'))!.user;
    first = await newInnovation(dinkes.id);
    second = await newInnovation(dinkes.id);
  });
  afterAll(async () => handle?.close());

  describe('storeFileContent and insertAttachment', () => {
    it('stores the same bytes once, says whether they were new, and links them twice', async () => {
      const content = Buffer.from('%PDF-1.4\n% same bytes twice\n%%EOF\n');
      const hash = sha256(content);
      const filesBefore = await countFiles();

      const stored = await handle.db
        .transaction()
        .execute((trx) =>
          storeFileContent(trx, { sha256: hash, mimeType: 'application/pdf', content }, now),
        );
      const again = await handle.db.transaction().execute((trx) =>
        // A second upload under another claimed type changes nothing either.
        storeFileContent(trx, { sha256: hash, mimeType: 'image/png', content }, now),
      );
      expect(stored).toBe(true);
      expect(again).toBe(false);
      expect(await countFiles()).toBe(filesBefore + 1);

      const a = randomUUID();
      const b = randomUUID();
      await insertAttachment(
        handle.db,
        {
          id: a,
          innovationId: first.id,
          section: 'problem',
          sha256: hash,
          filename: 'laporan.pdf',
          uploadedBy: uploader.id,
        },
        now,
      );
      await insertAttachment(
        handle.db,
        {
          id: b,
          innovationId: second.id,
          section: 'need',
          sha256: hash,
          filename: 'salinan.pdf',
          uploadedBy: null,
        },
        new Date(now.getTime() + 1_000),
      );
      expect(await countFiles()).toBe(filesBefore + 1);
      const links = await handle.db
        .selectFrom('innovation_files')
        .select(['id', 'sha256'])
        .where('sha256', '=', hash)
        .orderBy('id')
        .execute();
      expect(links).toEqual([a, b].sort().map((id) => ({ id, sha256: hash })));

      const fromSecond = await findAttachmentWithContent(handle.db, b);
      expect(fromSecond?.attachment).toMatchObject({
        innovationId: second.id,
        section: 'need',
        filename: 'salinan.pdf',
        mimeType: 'application/pdf',
        uploadedByName: null,
      });
      expect(Buffer.from(fromSecond!.content).equals(content)).toBe(true);
    });

    it('refuses a link to bytes that were never stored', async () => {
      await expect(
        insertAttachment(
          handle.db,
          {
            id: randomUUID(),
            innovationId: first.id,
            section: 'problem',
            sha256: 'f'.repeat(64),
            filename: 'hilang.pdf',
            uploadedBy: null,
          },
          now,
        ),
      ).rejects.toThrow();
    });
  });

  describe('listAttachments', () => {
    it('lists an innovation’s files oldest first, with size, type, hash and uploader, and no other innovation’s', async () => {
      const own = await newInnovation(first.unitId);
      const other = await newInnovation(first.unitId);
      const files = [
        { name: 'kedua.png', at: 2_000, bytes: Buffer.from('\x89PNG\r\n\x1a\n second') },
        { name: 'pertama.pdf', at: 1_000, bytes: Buffer.from('%PDF-1.4 first') },
        {
          name: 'ketiga.pdf',
          at: 3_000,
          bytes: Buffer.from('%PDF-1.4 third, longer than the rest'),
        },
      ];
      const idsByName = new Map<string, string>();
      for (const file of files) {
        const at = new Date(now.getTime() + file.at);
        const hash = sha256(file.bytes);
        const mimeType = file.name.endsWith('.png') ? 'image/png' : 'application/pdf';
        const id = randomUUID();
        idsByName.set(file.name, id);
        await handle.db.transaction().execute(async (trx) => {
          await storeFileContent(trx, { sha256: hash, mimeType, content: file.bytes }, at);
          await insertAttachment(
            trx,
            {
              id,
              innovationId: own.id,
              section: 'problem',
              sha256: hash,
              filename: file.name,
              uploadedBy: uploader.id,
            },
            at,
          );
        });
      }
      const otherBytes = Buffer.from('%PDF-1.4 other innovation');
      await storeFileContent(
        handle.db,
        { sha256: sha256(otherBytes), mimeType: 'application/pdf', content: otherBytes },
        now,
      );
      await insertAttachment(
        handle.db,
        {
          id: randomUUID(),
          innovationId: other.id,
          section: 'problem',
          sha256: sha256(otherBytes),
          filename: 'lain.pdf',
          uploadedBy: null,
        },
        now,
      );

      const listed = await listAttachments(handle.db, own.id);
      expect(listed).toEqual(
        [...files]
          .sort((x, y) => x.at - y.at)
          .map((file) => ({
            id: idsByName.get(file.name),
            innovationId: own.id,
            section: 'problem',
            filename: file.name,
            size: file.bytes.byteLength,
            mimeType: file.name.endsWith('.png') ? 'image/png' : 'application/pdf',
            sha256: sha256(file.bytes),
            uploadedAt: new Date(now.getTime() + file.at).toISOString(),
            uploadedByName: uploader.name,
          })),
      );
      expect(await listAttachments(handle.db, randomUUID())).toEqual([]);
    });

    it('breaks ties of the upload time by id', async () => {
      const own = await newInnovation(first.unitId);
      const bytes = Buffer.from('%PDF-1.4 tie');
      await storeFileContent(
        handle.db,
        { sha256: sha256(bytes), mimeType: 'application/pdf', content: bytes },
        now,
      );
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of ids) {
        await insertAttachment(
          handle.db,
          {
            id,
            innovationId: own.id,
            section: 'need',
            sha256: sha256(bytes),
            filename: `${id}.pdf`,
            uploadedBy: null,
          },
          now,
        );
      }
      expect((await listAttachments(handle.db, own.id)).map((a) => a.id)).toEqual([...ids].sort());
    });
  });

  describe('findAttachmentWithContent', () => {
    it.each([
      ['every byte value, NULs included', awkwardBytes],
      ['one megabyte of random bytes', () => new Uint8Array(randomBytes(1024 * 1024))],
      ['a single byte', () => Uint8Array.of(0)],
    ])('answers exactly the stored bytes: %s', async (_name, make) => {
      const content = make();
      const hash = sha256(content);
      const id = randomUUID();
      await handle.db.transaction().execute(async (trx) => {
        await storeFileContent(trx, { sha256: hash, mimeType: 'application/pdf', content }, now);
        await insertAttachment(
          trx,
          {
            id,
            innovationId: first.id,
            section: 'process',
            sha256: hash,
            filename: 'bukti.pdf',
            uploadedBy: uploader.id,
          },
          now,
        );
      });
      const found = await findAttachmentWithContent(handle.db, id);
      expect(found).toBeDefined();
      expect(found!.content).toBeInstanceOf(Uint8Array);
      expect(found!.content.byteLength).toBe(content.byteLength);
      expect(Buffer.from(found!.content).equals(Buffer.from(content))).toBe(true);
      // (Vitest's deep equality walks a typed array element by element: only for small files.)
      if (content.byteLength <= 4096) expect(new Uint8Array(found!.content)).toEqual(content);
      expect(sha256(found!.content)).toBe(hash);
      expect(found!.attachment).toEqual({
        id,
        innovationId: first.id,
        section: 'process',
        filename: 'bukti.pdf',
        size: content.byteLength,
        mimeType: 'application/pdf',
        sha256: hash,
        uploadedAt: now.toISOString(),
        uploadedByName: uploader.name,
      });
    });

    it('answers undefined for an unknown attachment', async () => {
      expect(await findAttachmentWithContent(handle.db, randomUUID())).toBeUndefined();
    });
  });
});
