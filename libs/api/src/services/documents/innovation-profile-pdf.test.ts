import { createHash, randomUUID } from 'node:crypto';
import {
  findInnovationById,
  findRegionByName,
  findUnitByCode,
  insertInnovation,
  insertProgressReport,
  setRegionEmblem,
  storeFileContent,
  type DatabaseHandle,
} from '@smartcity/db';
import { seedDemoData } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import type { Innovation } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../testing/document-text';
import { completeSections, insertTestInnovation } from '../../testing/innovation-fixtures';
import { testPng } from '../../testing/test-images';
import { loadInnovationProfile, renderInnovationProfilePdf } from './innovation-profile-pdf';

const now = new Date('2026-03-02T09:00:00.000Z');

describe.each(testDatabaseFactories())('renderInnovationProfilePdf on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let unitId: string;

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$not-used' });
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    unitId = (await findUnitByCode(handle.db, region!.id, 'dinkes'))!.id;
  });
  afterAll(() => handle.close());

  async function profileText(innovation: Innovation) {
    const stored = (await findInnovationById(handle.db, innovation.id))!;
    const profile = await loadInnovationProfile(handle.db, stored, now);
    return { profile, pdf: await readPdf(await renderInnovationProfilePdf(profile)) };
  }

  it('prints the identity, IID profile, problem, need with KPIs, quick win and latest progress on one page', async () => {
    const innovation = await insertTestInnovation(handle.db, {
      unitId,
      createdBy: null,
      stage: 'quick_win',
    });
    await insertProgressReport(handle.db, {
      id: randomUUID(),
      innovationId: innovation.id,
      reportDate: '2026-02-20',
      progressPercent: 60,
      narrative: 'Lima puskesmas sudah melayani pendaftaran lewat WhatsApp.',
      kpiActuals: [{ name: 'Waktu tunggu', actual: 75 }],
      status: 'in_progress',
      decreaseReason: null,
      createdAt: now.toISOString(),
      createdBy: null,
    });
    const { pdf } = await profileText(innovation);
    expect(pdf.pages).toBe(1);
    for (const expected of [
      'Kabupaten Sumedang Sumedang Happy Digital Region · Kode wilayah 32.11',
      'PROFIL INOVASI',
      'Daftar Imunisasi via WhatsApp',
      'Dinas Kesehatan',
      'Smart Living – Kesehatan',
      'Tahap: Quick Win',
      'Jenis Digital',
      'Bentuk Pelayanan publik',
      'Tahapan Uji coba',
      'Antrean layanan imunisasi di puskesmas rata-rata 3 jam',
      'Ibu balita, ± 52.000 orang',
      'Waktu tunggu 180 menit 30 menit 31 Desember 2023',
      'Layanan pendaftaran imunisasi lewat WhatsApp di 5 puskesmas',
      'Rp 25.000.000 (APBD)',
      '20 Februari 2026: 60 % (Berjalan)',
      'Lima puskesmas sudah melayani pendaftaran lewat WhatsApp.',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain('Hasil evaluasi');
  });

  it('prints the recorded evaluation outcome (public on the innovation)', async () => {
    const base = await insertTestInnovation(handle.db, {
      unitId,
      createdBy: null,
      stage: 'problem',
      title: 'Inovasi yang sudah dinilai',
    });
    const sustained: Innovation = {
      ...base,
      id: randomUUID(),
      stage: 'sustained',
      sections: { ...completeSections(), evaluation: { outcome: 'impactful' } },
    };
    await insertInnovation(handle.db, sustained);
    const { pdf } = await profileText(sustained);
    expect(pdf.text).toContain('Hasil evaluasi: Berdampak');
    expect(pdf.text).toContain('Tahap: Berlanjut');
    expect(pdf.text).toContain('Belum ada laporan kemajuan.');
  });

  it('keeps an innovation with every text at its longest on one page', async () => {
    const long = (n: number) => 'Kata panjang '.repeat(Math.ceil(n / 13)).slice(0, n);
    const base = await insertTestInnovation(handle.db, { unitId, createdBy: null });
    const sections = completeSections();
    const full: Innovation = {
      ...base,
      id: randomUUID(),
      title: long(200),
      summary: long(1000),
      urusan: long(200),
      sections: {
        ...sections,
        problem: {
          ...sections.problem,
          statement: long(5000),
          affectedGroup: long(500),
          evidence: long(5000),
        },
        need: {
          statement: long(5000),
          beneficiaries: { who: long(500), estimatedCount: 1_000_000 },
          indicators: Array.from({ length: 20 }, (_, i) => ({
            name: `${long(150)} ${i}`,
            unit: 'persen',
            baseline: 1,
            target: 2,
            targetDate: '2026-12-31',
          })),
        },
        quick_win: {
          ...sections.quick_win,
          deliverable: long(2000),
          responsiblePerson: long(200),
        },
        evaluation: { outcome: 'needs_improvement' },
      },
      stage: 'quick_win',
    };
    await insertInnovation(handle.db, full);
    const { profile, pdf } = await profileText(full);
    expect(profile.need.kpis).toHaveLength(5);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Hasil evaluasi: Perlu perbaikan');
  });

  it('prints the emblem of the region beside its name, still on one page', async () => {
    const content = testPng(48, 48, { seed: 5, alpha: true });
    const sha256 = createHash('sha256').update(content).digest('hex');
    await storeFileContent(handle.db, { sha256, mimeType: 'image/png', content }, now);
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    await setRegionEmblem(handle.db, { id: region!.id, sha256, now });
    try {
      const innovation = await insertTestInnovation(handle.db, { unitId, createdBy: null });
      const stored = (await findInnovationById(handle.db, innovation.id))!;
      const profile = await loadInnovationProfile(handle.db, stored, now);
      expect(profile.region.emblem).toMatchObject({ width: 48, height: 48 });
      const bytes = await renderInnovationProfilePdf(profile);
      expect(bytes.toString('latin1')).toContain('/Subtype /Image');
      const pdf = await readPdf(bytes);
      expect(pdf.pages).toBe(1);
      expect(pdf.text).toContain('Kabupaten Sumedang Sumedang Happy Digital Region');
    } finally {
      await setRegionEmblem(handle.db, { id: region!.id, sha256: null, now });
    }
  });
});
