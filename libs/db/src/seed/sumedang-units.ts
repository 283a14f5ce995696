import type { RegionInput, UnitInput } from '@smartcity/domain';

/** The demo region. */
export const sumedangRegion: RegionInput = {
  name: 'Kabupaten Sumedang',
  kind: 'kabupaten',
  province: 'Jawa Barat',
  code: '32.11',
  branding: 'Sumedang Happy Digital Region',
};

/** The 26 kecamatan (districts) of Kabupaten Sumedang. */
export const sumedangKecamatan = [
  'Buahdua',
  'Cibugel',
  'Cimalaka',
  'Cimanggung',
  'Cisarua',
  'Cisitu',
  'Conggeang',
  'Darmaraja',
  'Ganeas',
  'Jatigede',
  'Jatinangor',
  'Jatinunggal',
  'Pamulihan',
  'Paseh',
  'Rancakalong',
  'Situraja',
  'Sukasari',
  'Sumedang Selatan',
  'Sumedang Utara',
  'Surian',
  'Tanjungkerta',
  'Tanjungmedar',
  'Tanjungsari',
  'Tomo',
  'Ujungjaya',
  'Wado',
] as const;

/**
 * Kabupaten Sumedang's 55 work units as listed in DOMAIN.md: 29 secretariats, inspectorate,
 * agencies, boards and the hospital, and the 26 kecamatan. Confirm against the current regional
 * structure regulation before live use. Codes are this product's own stable keys, not official
 * SKPD codes.
 */
export const sumedangUnits: readonly UnitInput[] = [
  { code: 'setda', name: 'Sekretariat Daerah', shortName: 'Setda', type: 'sekretariat' },
  { code: 'setwan', name: 'Sekretariat DPRD', shortName: 'Setwan', type: 'sekretariat' },
  {
    code: 'inspektorat',
    name: 'Inspektorat Daerah',
    shortName: 'Inspektorat',
    type: 'inspektorat',
  },
  { code: 'disdik', name: 'Dinas Pendidikan', shortName: 'Disdik', type: 'dinas' },
  { code: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas' },
  {
    code: 'dpupr',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'DPUPR',
    type: 'dinas',
  },
  {
    code: 'disperkimtan',
    name: 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan',
    shortName: 'Disperkimtan',
    type: 'dinas',
  },
  {
    code: 'satpolpp-damkar',
    name: 'Satuan Polisi Pamong Praja dan Pemadam Kebakaran',
    shortName: 'Satpol PP dan Damkar',
    type: 'dinas',
  },
  { code: 'dinsos', name: 'Dinas Sosial', shortName: 'Dinsos', type: 'dinas' },
  {
    code: 'disnakertrans',
    name: 'Dinas Tenaga Kerja dan Transmigrasi',
    shortName: 'Disnakertrans',
    type: 'dinas',
  },
  {
    code: 'dlhk',
    name: 'Dinas Lingkungan Hidup dan Kehutanan',
    shortName: 'DLHK',
    type: 'dinas',
  },
  {
    code: 'disdukcapil',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Disdukcapil',
    type: 'dinas',
  },
  {
    code: 'dpmd',
    name: 'Dinas Pemberdayaan Masyarakat dan Desa',
    shortName: 'DPMD',
    type: 'dinas',
  },
  {
    code: 'dppkbp3a',
    name: 'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
    shortName: 'DPPKBP3A',
    type: 'dinas',
  },
  { code: 'dishub', name: 'Dinas Perhubungan', shortName: 'Dishub', type: 'dinas' },
  {
    code: 'diskominfosanditik',
    name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
    shortName: 'Diskominfosanditik',
    type: 'dinas',
  },
  {
    code: 'dkukmpp',
    name: 'Dinas Koperasi, UKM, Perdagangan dan Perindustrian',
    shortName: 'DKUKMPP',
    type: 'dinas',
  },
  {
    code: 'dpmptsp',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    type: 'dinas',
  },
  {
    code: 'disparbudpora',
    name: 'Dinas Pariwisata, Kebudayaan, Pemuda dan Olahraga',
    shortName: 'Disparbudpora',
    type: 'dinas',
  },
  { code: 'disarpus', name: 'Dinas Arsip dan Perpustakaan', shortName: 'Disarpus', type: 'dinas' },
  {
    code: 'distankp',
    name: 'Dinas Pertanian dan Ketahanan Pangan',
    shortName: 'Distan KP',
    type: 'dinas',
  },
  {
    code: 'diskanak',
    name: 'Dinas Perikanan dan Peternakan',
    shortName: 'Diskanak',
    type: 'dinas',
  },
  {
    code: 'bapppeda',
    name: 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah',
    shortName: 'Bapppeda',
    type: 'badan',
  },
  {
    code: 'bkpsdm',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    shortName: 'BKPSDM',
    type: 'badan',
  },
  {
    code: 'bpkad',
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    shortName: 'BPKAD',
    type: 'badan',
  },
  {
    code: 'bappenda',
    name: 'Badan Pengelolaan Pendapatan Daerah',
    shortName: 'Bappenda',
    type: 'badan',
  },
  {
    code: 'bpbd',
    name: 'Badan Penanggulangan Bencana Daerah',
    shortName: 'BPBD',
    type: 'badan',
  },
  {
    code: 'kesbangpol',
    name: 'Badan Kesatuan Bangsa dan Politik',
    shortName: 'Kesbangpol',
    type: 'badan',
  },
  { code: 'rsud', name: 'RSUD Sumedang', shortName: 'RSUD', type: 'rsud' },
  ...sumedangKecamatan.map((name): UnitInput => ({
    code: `kec-${name.toLowerCase().replace(/\s+/g, '-')}`,
    name: `Kecamatan ${name}`,
    shortName: null,
    type: 'kecamatan',
  })),
];
