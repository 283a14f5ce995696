import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import {
  findHomeRegion,
  findMasterplan,
  listActions,
  listCommitments,
  listProgrammes,
  listUnits,
  setRegionEmblem,
  storeFileContent,
  type DatabaseHandle,
} from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { seedDemoInnovations, seedDemoMasterplan, seedDemoData } from '@smartcity/demo-data';
import { dimensions, isDomainError, programmeProgress } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatten, readDocx, readPdf } from '../../testing/document-text';
import { seedTestMasterplan } from '../../testing/masterplan-fixtures';
import { testPng, testWebpHeader } from '../../testing/test-images';
import { loadMasterplanDocument, type MasterplanDocument } from './masterplan-document';
import { renderMasterplanDocx } from './masterplan-docx';
import { renderMasterplanPdf } from './masterplan-pdf';

const now = new Date('2026-03-02T09:00:00.000Z');

describe.each(testDatabaseFactories())('loadMasterplanDocument on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let doc: MasterplanDocument;
  let pdf: { pages: number; text: string };
  let docx: Awaited<ReturnType<typeof readDocx>>;
  let programmeNames: string[];
  let signed: number;
  let active: number;

  beforeAll(async () => {
    handle = await factory.open();
    // The demo data as start-up seeds it: units, 119 innovations, the demo masterplan.
    await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$not-used' });
    await seedDemoInnovations(handle.db, { now });
    await seedDemoMasterplan(handle.db, { now });
    doc = await loadMasterplanDocument(handle.db, now);
    pdf = await readPdf(await renderMasterplanPdf(doc));
    docx = await readDocx(await renderMasterplanDocx(doc));

    const plan = (await findMasterplan(handle.db))!;
    programmeNames = (await listProgrammes(handle.db, plan.id)).map((p) => p.name);
    const units = await listUnits(handle.db, plan.regionId, {
      search: null,
      type: null,
      includeInactive: false,
    });
    active = units.total;
    signed = new Set(
      (await listCommitments(handle.db, plan.id))
        .filter((c) => c.withdrawnAt === null)
        .map((c) => c.unitId),
    ).size;
  });
  afterAll(() => handle.close());

  it('answers NOT_FOUND when the region has no masterplan yet', async () => {
    const empty = await factory.open();
    try {
      await seedDemoData(empty.db, now, { demoPasswordHash: '$argon2id$not-used' });
      const error: unknown = await loadMasterplanDocument(empty.db, now).catch((e: unknown) => e);
      expect(isDomainError(error) && error.code).toBe('NOT_FOUND');
    } finally {
      await empty.close();
    }
  });

  it('assembles the chapters from the stored masterplan, labelled in Indonesian', async () => {
    const plan = (await findMasterplan(handle.db))!;
    expect(doc.title).toBe(plan.title);
    expect(doc.regionName).toBe('Kabupaten Sumedang');
    expect(doc.region).toEqual({
      name: 'Kabupaten Sumedang',
      province: 'Jawa Barat',
      code: '32.11',
      branding: 'Sumedang Happy Digital Region',
      emblem: null,
    });
    expect(doc.periodText).toBe(`${plan.startYear}–${plan.endYear}`);
    expect(doc.generatedNote).toBe('Dokumen ini dihasilkan dari data aplikasi pada 2 Maret 2026.');
    expect(doc.dimensions.map((d) => d.label)).toEqual(dimensions.map((d) => d.label.id));
    expect(doc.dimensions.flatMap((d) => d.programmes.map((p) => p.name)).sort()).toEqual(
      [...programmeNames].sort(),
    );
    // A programme's progress is the budget-weighted mean of its action items (the domain's rule).
    const actions = await listActions(handle.db, plan.id);
    const programmes = await listProgrammes(handle.db, plan.id);
    for (const p of programmes.slice(0, 10)) {
      const row = doc.dimensions.flatMap((d) => d.programmes).find((r) => r.id === p.id)!;
      const expected = programmeProgress(
        actions
          .filter((a) => a.programmeId === p.id)
          .map((a) => ({
            programmeId: a.programmeId,
            progressPercent: a.progressPercent,
            weight: a.budget,
            status: a.status,
          })),
      );
      expect(row.progress).toBe(expected);
    }
    // Every action item appears once, in the roadmap year it is due.
    const roadmapActions = doc.dimensions.flatMap((d) => d.roadmap.flatMap((y) => y.actions));
    expect(roadmapActions).toHaveLength(actions.length);
    // Quick wins: quick-win programmes, and innovations at the quick-win stage or past it.
    for (const chapter of doc.dimensions) {
      expect(chapter.quickWins.programmes.every((p) => p.horizonKey === 'quick_win')).toBe(true);
      expect(
        chapter.quickWins.innovations.every((i) =>
          ['Quick Win', 'Evaluasi', 'Berlanjut'].includes(i.stage),
        ),
      ).toBe(true);
    }
    expect(doc.appendix).toHaveLength(doc.totals.innovations);
    expect(doc.totals.innovations).toBeGreaterThan(0);
    expect(doc.commitment.signedCount).toBe(signed);
    expect(doc.commitment.unitCount).toBe(active);
    expect(doc.commitment.unsignedUnits).toHaveLength(active - signed);
    expect(doc.commitment.signatories).toHaveLength(signed);
  });

  it('renders a PDF that opens, with every dimension, programme, the signatory count and the appendix', () => {
    expect(pdf.pages).toBeGreaterThan(1);
    for (const chapter of doc.dimensions) expect(pdf.text).toContain(chapter.label);
    for (const name of programmeNames) expect(pdf.text).toContain(flatten(name));
    expect(pdf.text).toContain(`${signed} dari ${active} perangkat daerah`);
    for (const heading of ['Pendahuluan', 'Visi dan Misi', 'Komitmen Bersama', 'Lampiran']) {
      expect(pdf.text).toContain(heading);
    }
    expect(pdf.text).toContain('Dokumen ini dihasilkan dari data aplikasi pada 2 Maret 2026.');
    expect(pdf.text).toContain(`Halaman 2 dari ${pdf.pages}`);
    expect(pdf.text).toContain(
      'Kabupaten Sumedang Sumedang Happy Digital Region Provinsi Jawa Barat · Kode wilayah 32.11',
    );
    for (const innovation of doc.appendix.slice(0, 20)) {
      expect(pdf.text).toContain(flatten(innovation.title));
    }
  });

  it('renders a DOCX whose document.xml parses, with the same content, repeated header rows and page numbers', () => {
    expect(docx.elements[0]).toBe('w:document');
    expect(docx.text).toContain(
      'Kabupaten Sumedang Sumedang Happy Digital Region Provinsi Jawa Barat · Kode wilayah 32.11',
    );
    for (const chapter of doc.dimensions) expect(docx.text).toContain(chapter.label);
    for (const name of programmeNames) expect(docx.text).toContain(flatten(name));
    expect(docx.text).toContain(`${signed} dari ${active} perangkat daerah`);
    for (const innovation of doc.appendix) expect(docx.text).toContain(flatten(innovation.title));
    expect(docx.elements.filter((e) => e === 'w:tblHeader').length).toBeGreaterThan(6);
    expect(docx.footers.some((f) => f.includes('PAGE') && f.includes('Halaman'))).toBe(true);
  });

  it('prints a masterplan with empty dimensions and no signatures without failing', async () => {
    const other = await factory.open();
    try {
      await seedDemoData(other.db, now, { demoPasswordHash: '$argon2id$not-used' });
      const seeded = await seedTestMasterplan(other.db, now, {
        programmes: 2,
        actions: 3,
        signatures: 0,
      });
      const small = await loadMasterplanDocument(other.db, now);
      expect(small.dimensions.filter((d) => d.programmes.length > 0)).toHaveLength(2);
      expect(small.commitment.countText).toBe(
        `0 dari ${seeded.unitCount} perangkat daerah telah menandatangani komitmen bersama.`,
      );
      const text = (await readPdf(await renderMasterplanPdf(small))).text;
      expect(text).toContain('Belum ada program pada dimensi ini.');
      expect(text).toContain('Belum ada perangkat daerah yang menandatangani.');
      const word = await readDocx(await renderMasterplanDocx(small));
      expect(word.text).toContain('Belum ada program pada dimensi ini.');
    } finally {
      await other.close();
    }
  });

  describe('with an emblem', () => {
    let other: DatabaseHandle;
    let regionId: string;

    beforeAll(async () => {
      other = await factory.open();
      await seedDemoData(other.db, now, { demoPasswordHash: '$argon2id$not-used' });
      await seedTestMasterplan(other.db, now, { programmes: 2, actions: 3, signatures: 1 });
      regionId = (await findHomeRegion(other.db))!.id;
    });
    afterAll(() => other.close());

    async function useEmblem(content: Buffer, mimeType: string): Promise<void> {
      const sha256 = createHash('sha256').update(content).digest('hex');
      await storeFileContent(other.db, { sha256, mimeType, content }, now);
      await setRegionEmblem(other.db, { id: regionId, sha256, now });
    }

    it('prints a transparent PNG emblem on the cover of the PDF and the DOCX, with the region', async () => {
      await useEmblem(testPng(60, 80, { seed: 2, alpha: true }), 'image/png');
      const withEmblem = await loadMasterplanDocument(other.db, now);
      expect(withEmblem.region.emblem).toMatchObject({
        mimeType: 'image/png',
        width: 60,
        height: 80,
      });
      const content = await renderMasterplanPdf(withEmblem);
      expect(content.toString('latin1')).toContain('/Subtype /Image');
      const text = (await readPdf(content)).text;
      expect(text).toContain('Kabupaten Sumedang Sumedang Happy Digital Region');
      expect(text).toContain('Kode wilayah 32.11');

      const word = await renderMasterplanDocx(withEmblem);
      const zip = await JSZip.loadAsync(word);
      expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
      const read = await readDocx(word);
      expect(read.xml).toContain('descr="Lambang Kabupaten Sumedang"');
      expect(read.text).toContain('Sumedang Happy Digital Region');
    });

    it('leaves out an emblem the documents cannot embed (WebP, or a damaged PNG), and still renders', async () => {
      for (const [content, mimeType] of [
        [testWebpHeader(40, 40), 'image/webp'],
        [testPng(16, 16, { seed: 4, alpha: true, filter: 90 }), 'image/png'],
      ] as const) {
        await useEmblem(content, mimeType);
        const doc = await loadMasterplanDocument(other.db, now);
        expect(doc.region.emblem).toBeNull();
        const pdf = await renderMasterplanPdf(doc);
        expect(pdf.toString('latin1')).not.toContain('/Subtype /Image');
        expect((await readPdf(pdf)).text).toContain('Sumedang Happy Digital Region');
        expect((await readDocx(await renderMasterplanDocx(doc))).text).toContain(
          'Sumedang Happy Digital Region',
        );
      }
    });

    it('renders without the emblem when the PDF library cannot read an image handed to it', async () => {
      const doc = await loadMasterplanDocument(other.db, now);
      const broken = {
        ...doc,
        region: {
          ...doc.region,
          emblem: {
            mimeType: 'image/jpeg' as const,
            content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 1, 2]),
            width: 10,
            height: 10,
          },
        },
      };
      expect((await readPdf(await renderMasterplanPdf(broken))).text).toContain(
        'Sumedang Happy Digital Region',
      );
    });
  });
});
