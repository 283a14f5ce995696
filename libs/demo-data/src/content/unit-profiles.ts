import { sumedangKecamatan } from '@smartcity/db/demo';
import type { ElementKey, UnitType } from '@smartcity/domain';
import { required } from '../required';

/**
 * What a unit typically innovates in: elements with weights, its government affair (urusan), and
 * how active it is (a relative weight; the demo spreads innovations unevenly, as in reality).
 */
export type UnitProfile = {
  readonly activity: number;
  readonly elements: readonly (readonly [ElementKey, number])[];
  readonly urusan: string;
};

/** Profiles of Sumedang's agencies, by unit code (see `sumedangUnits` in `@smartcity/db`). */
export const unitProfiles: Readonly<Record<string, UnitProfile>> = {
  setda: {
    activity: 3,
    elements: [
      ['bureaucracy', 3],
      ['public_policy', 2],
      ['public_service', 1],
    ],
    urusan: 'Administrasi Pemerintahan',
  },
  setwan: { activity: 1, elements: [['public_policy', 1]], urusan: 'Kesekretariatan DPRD' },
  inspektorat: {
    activity: 1.5,
    elements: [
      ['bureaucracy', 3],
      ['financial_transaction', 1],
    ],
    urusan: 'Pengawasan',
  },
  disdik: {
    activity: 3,
    elements: [
      ['learning_ecosystem', 4],
      ['public_service', 1],
    ],
    urusan: 'Pendidikan',
  },
  dinkes: {
    activity: 6,
    elements: [
      ['health', 6],
      ['community', 1],
    ],
    urusan: 'Kesehatan',
  },
  dpupr: {
    activity: 2.5,
    elements: [
      ['harmony', 2],
      ['mobility', 1],
      ['city_appearance', 1],
      ['protection', 1],
    ],
    urusan: 'Pekerjaan Umum dan Penataan Ruang',
  },
  disperkimtan: {
    activity: 2,
    elements: [
      ['harmony', 3],
      ['city_appearance', 2],
      ['energy', 1],
    ],
    urusan: 'Perumahan Rakyat dan Kawasan Permukiman',
  },
  'satpolpp-damkar': {
    activity: 1.5,
    elements: [
      ['security', 4],
      ['city_appearance', 1],
    ],
    urusan: 'Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat',
  },
  dinsos: {
    activity: 3,
    elements: [
      ['welfare', 4],
      ['community', 1],
    ],
    urusan: 'Sosial',
  },
  disnakertrans: {
    activity: 1.5,
    elements: [
      ['welfare', 3],
      ['industry', 1],
    ],
    urusan: 'Tenaga Kerja',
  },
  dlhk: {
    activity: 3,
    elements: [
      ['waste', 3],
      ['protection', 3],
      ['energy', 1],
    ],
    urusan: 'Lingkungan Hidup',
  },
  disdukcapil: {
    activity: 3,
    elements: [['public_service', 1]],
    urusan: 'Administrasi Kependudukan dan Pencatatan Sipil',
  },
  dpmd: {
    activity: 3.5,
    elements: [
      ['bureaucracy', 2],
      ['welfare', 2],
      ['financial_transaction', 1],
      ['community', 1],
    ],
    urusan: 'Pemberdayaan Masyarakat dan Desa',
  },
  dppkbp3a: {
    activity: 3,
    elements: [
      ['community', 3],
      ['health', 2],
      ['security', 1],
    ],
    urusan: 'Pemberdayaan Perempuan dan Pelindungan Anak',
  },
  dishub: {
    activity: 2,
    elements: [
      ['mobility', 4],
      ['city_appearance', 1],
    ],
    urusan: 'Perhubungan',
  },
  diskominfosanditik: {
    activity: 6,
    elements: [
      ['public_service', 3],
      ['bureaucracy', 2],
      ['public_policy', 2],
      ['security', 1],
      ['learning_ecosystem', 1],
    ],
    urusan: 'Komunikasi dan Informatika',
  },
  dkukmpp: {
    activity: 3,
    elements: [
      ['business', 3],
      ['industry', 2],
      ['financial_transaction', 1],
    ],
    urusan: 'Koperasi, Usaha Kecil dan Menengah',
  },
  dpmptsp: {
    activity: 2,
    elements: [
      ['business', 2],
      ['public_service', 2],
    ],
    urusan: 'Penanaman Modal',
  },
  disparbudpora: {
    activity: 2.5,
    elements: [
      ['tourism', 4],
      ['community', 1],
      ['city_appearance', 1],
    ],
    urusan: 'Pariwisata',
  },
  disarpus: {
    activity: 1.5,
    elements: [
      ['learning_ecosystem', 3],
      ['bureaucracy', 1],
    ],
    urusan: 'Perpustakaan',
  },
  distankp: {
    activity: 2,
    elements: [
      ['industry', 3],
      ['welfare', 1],
      ['protection', 1],
    ],
    urusan: 'Pertanian',
  },
  diskanak: {
    activity: 1.5,
    elements: [
      ['industry', 3],
      ['energy', 1],
    ],
    urusan: 'Kelautan dan Perikanan',
  },
  bapppeda: {
    activity: 3,
    elements: [
      ['public_policy', 4],
      ['learning_ecosystem', 1],
    ],
    urusan: 'Perencanaan Pembangunan',
  },
  bkpsdm: { activity: 2, elements: [['bureaucracy', 1]], urusan: 'Kepegawaian' },
  bpkad: {
    activity: 1.5,
    elements: [
      ['financial_transaction', 2],
      ['harmony', 1],
    ],
    urusan: 'Keuangan',
  },
  bappenda: {
    activity: 2,
    elements: [['financial_transaction', 1]],
    urusan: 'Keuangan (Pendapatan Daerah)',
  },
  bpbd: {
    activity: 1.5,
    elements: [
      ['security', 3],
      ['protection', 1],
    ],
    urusan: 'Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat',
  },
  kesbangpol: {
    activity: 1,
    elements: [
      ['community', 2],
      ['security', 1],
    ],
    urusan: 'Kesatuan Bangsa dan Politik',
  },
  rsud: {
    activity: 2,
    elements: [['health', 1]],
    urusan: 'Kesehatan',
  },
};

/** What a kecamatan innovates in: village services, community, waste, local economy. */
export const kecamatanProfile: UnitProfile = {
  activity: 0.8,
  elements: [
    ['public_service', 4],
    ['community', 2],
    ['waste', 2],
    ['welfare', 1],
    ['security', 1],
    ['tourism', 1],
  ],
  urusan: 'Pemerintahan Umum (Kewilayahan)',
};

/** A profile for a unit the demo does not know, by its type. */
export function profileOf(code: string, type: UnitType): UnitProfile {
  const known = unitProfiles[code];
  if (known) return known;
  switch (type) {
    case 'kecamatan':
      return kecamatanProfile;
    case 'sekretariat':
    case 'inspektorat':
      return required(unitProfiles.setda, 'the setda unit profile');
    case 'rsud':
      return required(unitProfiles.rsud, 'the rsud unit profile');
    case 'dinas':
    case 'badan':
    case 'other':
      return {
        activity: 1.5,
        elements: [
          ['public_service', 2],
          ['bureaucracy', 1],
        ],
        urusan: 'Urusan Pemerintahan Lainnya',
      };
  }
}

/** The 26 kecamatan of Sumedang, for places named in texts. */
export const kecamatanNames = sumedangKecamatan;
