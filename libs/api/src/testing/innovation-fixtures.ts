import { randomUUID } from 'node:crypto';
import {
  createInnovation,
  defaultTahapan,
  type Innovation,
  type Sections,
  type Stage,
} from '@smartcity/domain';
import { insertInnovation, type Database } from '@smartcity/db';
import type { Kysely } from 'kysely';

/** Sections that pass every gate but the quick win's progress report and the evaluation outcome. */
export function completeSections(): Sections {
  return {
    problem: {
      statement:
        'Antrean layanan imunisasi di puskesmas rata-rata 3 jam sehingga banyak ibu membatalkan kunjungan.',
      affectedGroup: 'Ibu dan balita di 35 puskesmas',
      evidence: 'Data SIMPUS 2022: 41% kunjungan batal; survei kepuasan 58/100',
      source: 'survey',
    },
    need: {
      statement: 'Pendaftaran imunisasi yang dapat dijadwalkan dari rumah',
      beneficiaries: { who: 'Ibu balita', estimatedCount: 52_000 },
      indicators: [
        {
          name: 'Waktu tunggu',
          unit: 'menit',
          baseline: 180,
          target: 30,
          targetDate: '2023-12-31',
        },
      ],
    },
    process: {
      asIs: [{ actor: 'Ibu', activity: 'Datang dan mengambil nomor antrean' }],
      toBe: [{ actor: 'Ibu', activity: 'Memesan jadwal lewat WhatsApp', tool: 'Chatbot' }],
      needsApplication: false,
    },
    quick_win: {
      deliverable: 'Layanan pendaftaran imunisasi lewat WhatsApp di 5 puskesmas',
      responsiblePerson: 'Kepala Bidang Kesehatan Masyarakat',
      startDate: '2023-01-02',
      targetDate: '2023-09-30',
      budget: 25_000_000,
      fundingSource: 'apbd',
      status: 'in_progress',
    },
    evaluation: {},
  };
}

/** Inserts an innovation of the unit at the given stage, with complete sections. */
export async function insertTestInnovation(
  db: Kysely<Database>,
  options: {
    readonly unitId: string;
    readonly createdBy: string | null;
    readonly stage?: Stage;
    readonly isPublic?: boolean;
    readonly title?: string;
    readonly now?: Date;
  },
): Promise<Innovation> {
  const now = options.now ?? new Date('2026-03-01T08:00:00.000Z');
  const stage = options.stage ?? 'problem';
  const base = createInnovation(
    {
      unitId: options.unitId,
      title: options.title ?? 'Daftar Imunisasi via WhatsApp',
      summary: 'Pendaftaran imunisasi dari rumah untuk memangkas antrean di puskesmas.',
      dimension: 'living',
      element: 'health',
      extraDimensions: [],
      jenis: 'digital',
      bentuk: 'public_service',
      inisiator: 'unit',
      urusan: 'Kesehatan',
      trialDate: null,
      implementationDate: null,
    },
    { id: randomUUID(), actorUserId: options.createdBy ?? randomUUID(), now },
  );
  const innovation: Innovation = {
    ...base,
    createdBy: options.createdBy,
    updatedBy: options.createdBy,
    stage,
    tahapan: defaultTahapan(stage),
    discontinuedFrom: stage === 'discontinued' ? 'need' : null,
    isPublic: options.isPublic ?? false,
    sections: completeSections(),
  };
  await insertInnovation(db, innovation);
  return innovation;
}
