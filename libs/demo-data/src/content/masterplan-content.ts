import type {
  BimtekStage,
  DimensionKey,
  ElementKey,
  Horizon,
  MasterplanFundingSource,
} from '@smartcity/domain';

/**
 * The demo masterplan of Kabupaten Sumedang: the texts and the programmes, written by hand so that
 * they read like a regency's rencana induk. Unit codes are those of `sumedangUnits`; innovation
 * titles name `namedInnovations`. Everything here is illustrative (labelled in the vision):
 * programme names, budgets, references and dates are not the regency's records.
 */

export const demoMasterplanTitle = 'Masterplan Smart City Kabupaten Sumedang 2023–2032';

export const demoMasterplanPeriod = { startYear: 2023, endYear: 2032 } as const;

export const demoVision =
  'Terwujudnya Sumedang Kabupaten Cerdas 2032: pemerintahan digital yang bersih dan melayani, ' +
  'ekonomi yang tumbuh inklusif, serta masyarakat yang sehat, berbudaya Sunda dan tangguh ' +
  'menghadapi perubahan. (Data demo ilustratif)';

export const demoMissions: readonly string[] = [
  'Mewujudkan tata kelola pemerintahan berbasis elektronik yang bersih, terpadu dan melayani warga hingga tingkat desa.',
  'Memperkuat citra Sumedang sebagai puseur budaya Sunda serta tujuan wisata dan investasi di Jawa Barat.',
  'Menumbuhkan ekonomi lokal yang inklusif melalui UMKM, pertanian modern dan transaksi nontunai.',
  'Meningkatkan kualitas hidup warga melalui layanan kesehatan, penataan ruang dan mobilitas yang cerdas.',
  'Membangun masyarakat yang terhubung, literat digital, berketahanan keluarga dan aman.',
  'Menjaga kelestarian lingkungan hidup dan ketangguhan daerah terhadap bencana secara berkelanjutan.',
];

/** The dates each Bimtek round was held (illustrative). */
export const demoBimtekDates: Readonly<Record<BimtekStage, string>> = {
  I: '2022-06-14',
  II: '2022-08-23',
  III: '2022-10-25',
  IV: '2023-02-15',
};

export const demoCommitmentStatement =
  'Kami, kepala perangkat daerah dan camat di lingkungan Pemerintah Kabupaten Sumedang, ' +
  'dengan ini menyatakan berkomitmen melaksanakan Masterplan Smart City Kabupaten Sumedang ' +
  '2023–2032 sesuai dengan tugas dan fungsi perangkat daerah yang kami pimpin, yaitu: ' +
  'mengintegrasikan program dan rencana aksi masterplan ke dalam Rencana Strategis dan Rencana ' +
  'Kerja perangkat daerah; mengalokasikan sumber daya yang diperlukan sesuai dengan kemampuan ' +
  'keuangan daerah; mengembangkan dan menjaga keberlanjutan inovasi pelayanan publik; serta ' +
  'melaporkan kemajuan pelaksanaannya secara berkala kepada Bupati Sumedang melalui Tim ' +
  'Pelaksana Kota Cerdas Kabupaten Sumedang.';

export const demoStrategies: Readonly<Record<DimensionKey, string>> = {
  governance:
    'Pemerintahan cerdas Sumedang dibangun di atas Sistem Pemerintahan Berbasis Elektronik yang terpadu: satu arsitektur, satu data dan layanan bersama yang dipakai seluruh perangkat daerah. ' +
    'Layanan publik disederhanakan lebih dulu, baru kemudian didigitalkan, dengan kanal pengaduan yang dijawab dalam hitungan jam. ' +
    'Akuntabilitas kinerja diperluas hingga pemerintah desa agar anggaran selalu terkait dengan hasil yang dirasakan warga.',
  branding:
    'Sumedang diposisikan sebagai puseur budaya Sunda dengan destinasi unggulan Waduk Jatigede, kuliner tahu dan ubi Cilembu, serta kalender budaya yang terjadwal. ' +
    'Promosi wisata dan investasi dilakukan satu pintu dengan data peluang yang mutakhir. ' +
    'Wajah kota ditata agar ruang publik bersih, tertib dan ramah bagi warga maupun wisatawan.',
  economy:
    'Ekonomi cerdas diarahkan pada UMKM dan industri kecil yang naik kelas melalui pemasaran digital, sertifikasi dan akses pembiayaan. ' +
    'Transaksi pemerintah daerah, pajak dan retribusi dialihkan ke kanal nontunai untuk menutup kebocoran pendapatan. ' +
    'Bantuan sosial disalurkan berdasarkan satu data kesejahteraan yang dimutakhirkan desa dan layanan rujukan terpadu.',
  living:
    'Kualitas hidup warga ditingkatkan dengan menempatkan penurunan stunting dan layanan kesehatan terintegrasi sebagai prioritas utama. ' +
    'Rekam medis elektronik, layanan gawat darurat dan rujukan dihubungkan antarfasilitas kesehatan. ' +
    'Penataan ruang dan perizinan bangunan dilayani secara daring, sementara lalu lintas dan angkutan umum dikelola berbasis data.',
  society:
    'Masyarakat cerdas dibangun melalui ekosistem belajar yang terbuka: sekolah dan perpustakaan digital, literasi digital warga desa, serta laboratorium layanan digital tempat warga ikut merancang layanan. ' +
    'Ketahanan keluarga dan perlindungan anak diperkuat lewat layanan konseling yang mudah dijangkau. ' +
    'Keamanan lingkungan dijaga dengan pemantauan terpadu yang melibatkan aparat dan warga.',
  environment:
    'Lingkungan cerdas dimulai dari pengurangan sampah di sumbernya: pemilahan di rumah tangga dan kantor, bank sampah desa dan pencatatan yang terukur. ' +
    'Ketangguhan bencana diperkuat dengan sistem peringatan dini di daerah rawan longsor dan banjir. ' +
    'Kualitas air dan udara dipantau secara daring, dan penggunaan energi gedung serta penerangan jalan dibuat lebih hemat.',
};

/** An action item of a programme, before the years, budgets and statuses are drawn. */
export type DemoActionContent = { readonly activity: string; readonly output: string };

/** A programme of the demo masterplan (units by code, innovations by title prefix). */
export type DemoProgrammeContent = {
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  readonly name: string;
  readonly description: string;
  readonly horizon: Horizon;
  readonly startYear: number;
  readonly endYear: number;
  readonly lead: string;
  readonly supporting: readonly string[];
  /** IDR, the whole programme. */
  readonly budget: number;
  readonly fundingSource: MasterplanFundingSource;
  readonly reference: string;
  /** Named demo innovations linked to it, by the start of their title. */
  readonly innovations: readonly string[];
  /** In the order they are carried out (2–5); their years spread over the programme's. */
  readonly actions: readonly DemoActionContent[];
};

const juta = 1_000_000;

export const demoProgrammes: readonly DemoProgrammeContent[] = [
  // ── Smart Governance ─────────────────────────────────────────────────────────────────────
  {
    dimension: 'governance',
    element: 'bureaucracy',
    name: 'Penguatan Sistem Pemerintahan Berbasis Elektronik (SPBE) Terpadu',
    description:
      'Satu arsitektur SPBE kabupaten, naskah dinas elektronik dan tanda tangan elektronik di seluruh perangkat daerah, serta interoperabilitas aplikasi melalui layanan bersama.',
    horizon: 'long',
    startYear: 2023,
    endYear: 2032,
    lead: 'diskominfosanditik',
    supporting: ['setda', 'bapppeda', 'bkpsdm'],
    budget: 18_500 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 1; Renstra Diskominfosanditik: Program Aplikasi Informatika (Peraturan Presiden 95/2018 tentang SPBE)',
    innovations: ['e-Office:'],
    actions: [
      {
        activity: 'Reviu dan penetapan arsitektur serta peta rencana SPBE kabupaten',
        output: 'Peraturan Bupati Arsitektur SPBE ditetapkan',
      },
      {
        activity: 'Perluasan e-Office dan tanda tangan elektronik ke seluruh perangkat daerah',
        output: '55 perangkat daerah memakai naskah dinas elektronik',
      },
      {
        activity: 'Pembangunan layanan interoperabilitas antaraplikasi (API gateway)',
        output: '20 aplikasi terhubung melalui layanan bersama',
      },
      {
        activity: 'Evaluasi mandiri dan perbaikan indeks SPBE',
        output: 'Indeks SPBE ≥ 3,5 (predikat sangat baik)',
      },
      {
        activity: 'Migrasi aplikasi perangkat daerah ke pusat data nasional',
        output: 'Seluruh aplikasi layanan berjalan di PDN',
      },
    ],
  },
  {
    dimension: 'governance',
    element: 'public_service',
    name: 'Mal Pelayanan Publik Digital dan Layanan Perizinan Daring',
    description:
      'Layanan perizinan dan nonperizinan serta administrasi kependudukan yang dapat diajukan dari rumah atau kecamatan, dengan antrean dan status berkas yang terpantau.',
    horizon: 'medium',
    startYear: 2023,
    endYear: 2027,
    lead: 'dpmptsp',
    supporting: ['disdukcapil', 'diskominfosanditik'],
    budget: 6_750 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 1; Renstra DPMPTSP: Program Pelayanan Penanaman Modal; Renstra Disdukcapil: Program Pendaftaran Penduduk',
    innovations: [],
    actions: [
      {
        activity: 'Penyusunan standar pelayanan dan penyederhanaan persyaratan izin',
        output: '120 jenis layanan dengan SOP baru',
      },
      {
        activity: 'Pengoperasian antrean daring dan pelacakan berkas Mal Pelayanan Publik',
        output: 'Antrean daring untuk seluruh gerai MPP',
      },
      {
        activity: 'Layanan adminduk di 26 kecamatan terhubung ke Disdukcapil',
        output: '26 kecamatan melayani KTP-el dan KK secara daring',
      },
      {
        activity: 'Survei kepuasan masyarakat terhadap layanan MPP',
        output: 'Indeks kepuasan masyarakat ≥ 85',
      },
    ],
  },
  {
    dimension: 'governance',
    element: 'public_policy',
    name: 'Command Center dan Satu Data Sumedang',
    description:
      'Ruang kendali yang menyajikan data lintas perangkat daerah untuk pimpinan, dengan tata kelola Satu Data: wali data, standar data dan portal data terbuka.',
    horizon: 'medium',
    startYear: 2024,
    endYear: 2028,
    lead: 'diskominfosanditik',
    supporting: ['bapppeda', 'setda'],
    budget: 9_200 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 1; Renstra Diskominfosanditik: Program Penyelenggaraan Statistik Sektoral (Perpres 39/2019 Satu Data Indonesia)',
    innovations: ['Command Center Sumedang:'],
    actions: [
      {
        activity: 'Penetapan forum Satu Data dan wali data perangkat daerah',
        output: 'SK Bupati forum Satu Data; 55 wali data',
      },
      {
        activity: 'Integrasi dasbor kesehatan, kependudukan dan keuangan ke Command Center',
        output: '12 dasbor pimpinan terintegrasi',
      },
      {
        activity: 'Pembukaan portal data terbuka kabupaten',
        output: '300 set data terbit di portal',
      },
      {
        activity: 'Rapat pimpinan berbasis data Command Center setiap bulan',
        output: '12 rapat pimpinan berbasis data per tahun',
      },
    ],
  },
  {
    dimension: 'governance',
    element: 'bureaucracy',
    name: 'Akuntabilitas Kinerja dan Zona Integritas hingga Desa',
    description:
      'Perluasan SAKIP ke pemerintah desa dan pembangunan zona integritas di desa dan perangkat daerah pelayanan.',
    horizon: 'short',
    startYear: 2023,
    endYear: 2025,
    lead: 'inspektorat',
    supporting: ['dpmd', 'bapppeda'],
    budget: 2_400 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 1; Renstra Inspektorat: Program Penyelenggaraan Pengawasan',
    innovations: ['SAKIP Desa:', 'Zona Integritas Desa:'],
    actions: [
      {
        activity: 'Pendampingan penyusunan perjanjian kinerja desa',
        output: '270 desa menyusun perjanjian kinerja',
      },
      {
        activity: 'Evaluasi SAKIP Desa dan pemeringkatan kinerja desa',
        output: 'Laporan evaluasi SAKIP 270 desa',
      },
      {
        activity: 'Pembangunan zona integritas di desa percontohan',
        output: '10 desa berpredikat zona integritas',
      },
    ],
  },
  {
    dimension: 'governance',
    element: 'public_service',
    name: 'Quick Win Kanal Pengaduan Terpadu WAKEPO–SP4N LAPOR!',
    description:
      'Satu kanal pengaduan dan informasi lewat WhatsApp yang terhubung ke SP4N LAPOR!, dengan batas waktu tindak lanjut bagi perangkat daerah.',
    horizon: 'quick_win',
    startYear: 2023,
    endYear: 2023,
    lead: 'diskominfosanditik',
    supporting: ['setda'],
    budget: 350 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 1; Renstra Diskominfosanditik: Program Informasi dan Komunikasi Publik',
    innovations: ['WAKEPO:'],
    actions: [
      {
        activity: 'Integrasi WAKEPO dengan SP4N LAPOR!',
        output: 'Aduan WAKEPO tercatat otomatis di LAPOR!',
      },
      {
        activity: 'Penetapan admin pengaduan dan batas waktu tindak lanjut',
        output: 'Admin di 55 perangkat daerah; tindak lanjut ≤ 5 hari kerja',
      },
    ],
  },

  // ── Smart Branding ───────────────────────────────────────────────────────────────────────
  {
    dimension: 'branding',
    element: 'tourism',
    name: 'Sumedang Puseur Budaya Sunda: Digitalisasi Destinasi dan Kalender Budaya',
    description:
      'Informasi destinasi, tiket dan kalender budaya dalam satu kanal digital, serta pelatihan pengelola destinasi dan pelaku budaya.',
    horizon: 'medium',
    startYear: 2023,
    endYear: 2027,
    lead: 'disparbudpora',
    supporting: ['diskominfosanditik', 'dkukmpp'],
    budget: 4_300 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 2; Renstra Disparbudpora: Program Pemasaran Pariwisata dan Program Pengembangan Kebudayaan',
    innovations: [],
    actions: [
      {
        activity: 'Pendataan dan pemetaan digital destinasi wisata dan cagar budaya',
        output: '150 destinasi dan cagar budaya terpetakan',
      },
      {
        activity: 'Peluncuran kanal informasi wisata dan tiket daring',
        output: 'Kanal wisata daring dengan 40 destinasi bertiket',
      },
      {
        activity: 'Penyelenggaraan kalender budaya tahunan',
        output: '12 agenda budaya terjadwal per tahun',
      },
      {
        activity: 'Pelatihan pemasaran digital bagi pengelola destinasi',
        output: '200 pengelola destinasi terlatih',
      },
    ],
  },
  {
    dimension: 'branding',
    element: 'tourism',
    name: 'Pengembangan Kawasan Wisata Terpadu Waduk Jatigede',
    description:
      'Penataan kawasan sabuk hijau Jatigede sebagai destinasi unggulan: akses, fasilitas, atraksi dan pemberdayaan desa wisata di sekitarnya.',
    horizon: 'long',
    startYear: 2023,
    endYear: 2032,
    lead: 'disparbudpora',
    supporting: ['dpupr', 'bapppeda', 'kec-jatigede'],
    budget: 42_000 * juta,
    fundingSource: 'apbn',
    reference:
      'RPJMD Misi 2; Renstra Disparbudpora: Program Peningkatan Daya Tarik Destinasi Pariwisata',
    innovations: [],
    actions: [
      {
        activity: 'Penyusunan rencana induk kawasan wisata Jatigede',
        output: 'Dokumen rencana induk kawasan ditetapkan',
      },
      {
        activity: 'Pembangunan akses dan fasilitas dasar kawasan',
        output: 'Jalan akses 8 km dan 3 titik fasilitas umum',
      },
      {
        activity: 'Pendampingan desa wisata di sekitar waduk',
        output: '6 desa wisata berklasifikasi berkembang',
      },
      {
        activity: 'Promosi investasi atraksi wisata air',
        output: '3 mitra investasi atraksi wisata',
      },
    ],
  },
  {
    dimension: 'branding',
    element: 'business',
    name: 'Sistem Informasi Peluang Investasi Sumedang',
    description:
      'Profil peluang investasi yang siap ditawarkan, dengan data lahan, tata ruang dan insentif, dipromosikan bersama kawasan industri di koridor tol Cisumdawu.',
    horizon: 'short',
    startYear: 2024,
    endYear: 2026,
    lead: 'dpmptsp',
    supporting: ['bapppeda', 'dkukmpp'],
    budget: 1_850 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 3; Renstra DPMPTSP: Program Promosi Penanaman Modal',
    innovations: [],
    actions: [
      {
        activity: 'Penyusunan profil proyek investasi siap tawar',
        output: '10 profil proyek investasi',
      },
      {
        activity: 'Peluncuran peta peluang investasi daring',
        output: 'Peta investasi daring terhubung data tata ruang',
      },
      {
        activity: 'Forum bisnis dan temu investor koridor Cisumdawu',
        output: '2 forum investor per tahun',
      },
    ],
  },
  {
    dimension: 'branding',
    element: 'city_appearance',
    name: 'Penataan Wajah Kota dan Ruang Terbuka Publik Pusat Kota',
    description:
      'Penataan kawasan alun-alun, pusat pemerintahan dan koridor jalan utama: trotoar, penerangan, papan informasi dan ketertiban pedagang.',
    horizon: 'medium',
    startYear: 2023,
    endYear: 2027,
    lead: 'disperkimtan',
    supporting: ['dpupr', 'satpolpp-damkar'],
    budget: 12_600 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 4; Renstra Disperkimtan: Program Kawasan Permukiman',
    innovations: [],
    actions: [
      {
        activity: 'Desain penataan kawasan alun-alun dan pusat pemerintahan',
        output: 'Detail engineering design kawasan pusat kota',
      },
      {
        activity: 'Revitalisasi trotoar dan ruang terbuka publik',
        output: '4 km trotoar dan 2 taman kota ditata',
      },
      {
        activity: 'Penataan pedagang kaki lima di koridor utama',
        output: '300 PKL direlokasi ke sentra kuliner',
      },
      {
        activity: 'Pemasangan papan informasi dan penunjuk arah digital',
        output: '25 papan informasi terpasang',
      },
    ],
  },
  {
    dimension: 'branding',
    element: 'business',
    name: 'Quick Win Branding Produk Unggulan Tahu Sumedang dan Ubi Cilembu',
    description:
      'Merek kolektif, kemasan dan katalog digital produk unggulan daerah untuk pemasaran di lokapasar dan rest area tol.',
    horizon: 'quick_win',
    startYear: 2023,
    endYear: 2023,
    lead: 'dkukmpp',
    supporting: ['disparbudpora'],
    budget: 450 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 3; Renstra DKUKMPP: Program Pengembangan UMKM',
    innovations: [],
    actions: [
      {
        activity: 'Desain merek kolektif dan kemasan produk unggulan',
        output: 'Merek kolektif terdaftar; 50 UMKM memakai kemasan baru',
      },
      {
        activity: 'Penyusunan katalog digital produk unggulan',
        output: 'Katalog digital 120 produk',
      },
    ],
  },

  // ── Smart Economy ────────────────────────────────────────────────────────────────────────
  {
    dimension: 'economy',
    element: 'financial_transaction',
    name: 'Transformasi Digital Pajak dan Retribusi Daerah',
    description:
      'Pendaftaran, penetapan dan pembayaran pajak daerah secara daring dan nontunai, dengan pemutakhiran basis data objek pajak.',
    horizon: 'short',
    startYear: 2023,
    endYear: 2025,
    lead: 'bappenda',
    supporting: ['bpkad', 'diskominfosanditik'],
    budget: 3_100 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 3; Renstra Bappenda: Program Pengelolaan Pendapatan Daerah',
    innovations: ['Sipajakdadi:'],
    actions: [
      {
        activity: 'Pemutakhiran basis data objek PBB-P2 berbasis peta bidang',
        output: '80 % objek pajak termutakhirkan',
      },
      {
        activity: 'Pembayaran pajak daerah melalui kanal nontunai (QRIS, bank, ritel)',
        output: '10 kanal pembayaran nontunai',
      },
      {
        activity: 'Perekaman transaksi usaha hotel dan restoran (tapping box)',
        output: '150 wajib pajak terpasang alat perekam',
      },
    ],
  },
  {
    dimension: 'economy',
    element: 'financial_transaction',
    name: 'Elektronifikasi Transaksi Pemerintah Daerah (ETPD)',
    description:
      'Belanja dan pendapatan pemerintah daerah sepenuhnya nontunai, terhubung antara sistem keuangan daerah, bank daerah dan kanal pembayaran.',
    horizon: 'medium',
    startYear: 2024,
    endYear: 2028,
    lead: 'bpkad',
    supporting: ['bappenda', 'setda'],
    budget: 2_250 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 1; Renstra BPKAD: Program Pengelolaan Keuangan Daerah (Keppres 3/2021 Satgas P2DD)',
    innovations: [],
    actions: [
      {
        activity: 'Integrasi SIPD dengan layanan perbankan daerah (cash management system)',
        output: 'Seluruh belanja langsung nontunai',
      },
      {
        activity: 'Penerapan kartu kredit pemerintah daerah',
        output: 'Kartu kredit pemerintah di 30 perangkat daerah',
      },
      {
        activity: 'Penilaian indeks ETPD oleh TP2DD',
        output: 'Indeks ETPD kategori digital',
      },
    ],
  },
  {
    dimension: 'economy',
    element: 'welfare',
    name: 'Satu Data Kesejahteraan Sosial dan Layanan Rujukan Terpadu',
    description:
      'Data terpadu kesejahteraan sosial yang dimutakhirkan desa setiap bulan dan layanan rujukan terpadu agar bantuan sampai ke keluarga yang berhak.',
    horizon: 'long',
    startYear: 2023,
    endYear: 2032,
    lead: 'dinsos',
    supporting: ['dpmd', 'disdukcapil', 'bapppeda'],
    budget: 8_900 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 3; Renstra Dinsos: Program Perlindungan dan Jaminan Sosial',
    innovations: ['Rumah Besar Simpati:'],
    actions: [
      {
        activity: 'Pemutakhiran DTKS oleh operator desa',
        output: 'DTKS dimutakhirkan di 270 desa',
      },
      {
        activity: 'Pengembangan layanan rujukan terpadu di kecamatan',
        output: '26 puskesos kecamatan aktif',
      },
      {
        activity: 'Padanan DTKS dengan data kependudukan',
        output: '98 % data padan dengan NIK',
      },
      {
        activity: 'Evaluasi ketepatan sasaran bantuan sosial',
        output: 'Laporan evaluasi ketepatan sasaran',
      },
    ],
  },
  {
    dimension: 'economy',
    element: 'industry',
    name: 'UMKM Naik Kelas dan Industri Kecil Go Digital',
    description:
      'Pendampingan UMKM dan industri kecil menengah untuk legalitas, sertifikasi, pemasaran digital dan akses pembiayaan.',
    horizon: 'medium',
    startYear: 2023,
    endYear: 2027,
    lead: 'dkukmpp',
    supporting: ['diskominfosanditik', 'disnakertrans'],
    budget: 5_400 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 3; Renstra DKUKMPP: Program Pemberdayaan Usaha Menengah, Kecil dan Mikro',
    innovations: [],
    actions: [
      {
        activity: 'Fasilitasi NIB, sertifikat halal dan PIRT bagi UMKM',
        output: '5.000 UMKM memiliki NIB',
      },
      {
        activity: 'Pelatihan pemasaran digital dan pendampingan onboarding lokapasar',
        output: '1.500 UMKM berjualan daring',
      },
      {
        activity: 'Temu usaha UMKM dengan lembaga pembiayaan',
        output: 'Rp 25 miliar kredit usaha tersalurkan',
      },
      {
        activity: 'Pengembangan sentra industri kecil tahu dan kerajinan',
        output: '3 sentra IKM tertata',
      },
    ],
  },
  {
    dimension: 'economy',
    element: 'industry',
    name: 'Pertanian Cerdas dan Hilirisasi Produk Pertanian',
    description:
      'Sensor iklim, kalender tanam dan kartu tani digital bagi kelompok tani, serta hilirisasi ubi Cilembu dan kopi Sumedang.',
    horizon: 'short',
    startYear: 2025,
    endYear: 2027,
    lead: 'distankp',
    supporting: ['diskanak', 'dkukmpp'],
    budget: 3_600 * juta,
    fundingSource: 'apbn',
    reference:
      'RPJMD Misi 3; Renstra Distan KP: Program Penyediaan dan Pengembangan Prasarana Pertanian',
    innovations: [],
    actions: [
      {
        activity: 'Pemasangan stasiun cuaca otomatis di sentra pertanian',
        output: '15 stasiun cuaca terpasang',
      },
      {
        activity: 'Pendampingan kelompok tani memakai kalender tanam digital',
        output: '120 kelompok tani terdampingi',
      },
      {
        activity: 'Fasilitasi rumah produksi olahan ubi Cilembu dan kopi',
        output: '4 rumah produksi beroperasi',
      },
    ],
  },

  // ── Smart Living ─────────────────────────────────────────────────────────────────────────
  {
    dimension: 'living',
    element: 'health',
    name: 'Percepatan Penurunan Stunting Terintegrasi',
    description:
      'Data balita dan ibu hamil by name by address yang dipakai bersama puskesmas, desa dan tim percepatan, dengan intervensi spesifik dan sensitif yang terukur.',
    horizon: 'medium',
    startYear: 2023,
    endYear: 2027,
    lead: 'dinkes',
    supporting: ['dppkbp3a', 'dpmd', 'dinsos'],
    budget: 14_800 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 4; Renstra Dinkes: Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat (Perpres 72/2021)',
    innovations: ['SIMPATI:'],
    actions: [
      {
        activity: 'Pengukuran serentak dan input data balita di seluruh posyandu',
        output: '95 % balita terukur dan tercatat',
      },
      {
        activity: 'Intervensi gizi spesifik bagi balita dan ibu hamil berisiko',
        output: '100 % sasaran berisiko menerima intervensi',
      },
      {
        activity: 'Audit kasus stunting di setiap kecamatan',
        output: '26 laporan audit kasus stunting',
      },
      {
        activity: 'Evaluasi konvergensi penurunan stunting tingkat desa',
        output: 'Prevalensi stunting turun ke bawah 14 %',
      },
    ],
  },
  {
    dimension: 'living',
    element: 'health',
    name: 'Rekam Medis Elektronik dan Rujukan Terintegrasi',
    description:
      'Rekam medis elektronik di RSUD dan puskesmas yang terhubung ke SATUSEHAT, dengan rujukan dan informasi tempat tidur secara daring.',
    horizon: 'short',
    startYear: 2023,
    endYear: 2025,
    lead: 'rsud',
    supporting: ['dinkes', 'diskominfosanditik'],
    budget: 7_300 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 4; Renstra RSUD: Program Pemenuhan Upaya Kesehatan Perorangan (Permenkes 24/2022)',
    innovations: [],
    actions: [
      {
        activity: 'Implementasi rekam medis elektronik di RSUD',
        output: 'RME dipakai di seluruh poliklinik RSUD',
      },
      {
        activity: 'Integrasi RME puskesmas dengan SATUSEHAT',
        output: '35 puskesmas terhubung SATUSEHAT',
      },
      {
        activity: 'Informasi ketersediaan tempat tidur dan rujukan daring',
        output: 'Dasbor tempat tidur diperbarui setiap jam',
      },
    ],
  },
  {
    dimension: 'living',
    element: 'mobility',
    name: 'Manajemen Lalu Lintas Cerdas dan Angkutan Umum Terintegrasi',
    description:
      'Area traffic control system di simpang utama, informasi angkutan umum dan integrasi angkutan perdesaan dengan simpul tol Cisumdawu.',
    horizon: 'long',
    startYear: 2023,
    endYear: 2032,
    lead: 'dishub',
    supporting: ['dpupr', 'satpolpp-damkar'],
    budget: 21_500 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 4; Renstra Dishub: Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan',
    innovations: [],
    actions: [
      {
        activity: 'Pemasangan ATCS di simpang utama perkotaan',
        output: '12 simpang terpantau ATCS',
      },
      {
        activity: 'Aplikasi informasi rute dan jadwal angkutan umum',
        output: 'Informasi 15 trayek tersedia daring',
      },
      {
        activity: 'Integrasi angkutan perdesaan dengan gerbang tol Cisumdawu',
        output: '4 trayek pengumpan beroperasi',
      },
      {
        activity: 'Evaluasi kinerja lalu lintas berbasis data ATCS',
        output: 'Waktu tempuh koridor utama turun 20 %',
      },
    ],
  },
  {
    dimension: 'living',
    element: 'harmony',
    name: 'Tata Ruang Digital dan Persetujuan Bangunan Gedung Daring',
    description:
      'Rencana detail tata ruang yang dapat dibaca publik secara daring, dan persetujuan bangunan gedung yang diproses melalui SIMBG dengan pemeriksaan kesesuaian ruang otomatis.',
    horizon: 'medium',
    startYear: 2024,
    endYear: 2028,
    lead: 'dpupr',
    supporting: ['dpmptsp', 'disperkimtan'],
    budget: 5_900 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 4; Renstra DPUPR: Program Penataan Bangunan Gedung dan Program Penataan Ruang',
    innovations: [],
    actions: [
      {
        activity: 'Penyusunan RDTR kawasan perkotaan dan Jatinangor',
        output: '3 RDTR ditetapkan dan terintegrasi OSS',
      },
      {
        activity: 'Penerbitan PBG melalui SIMBG',
        output: 'Seluruh PBG terbit ≤ 28 hari kerja',
      },
      {
        activity: 'Peta tata ruang interaktif untuk publik',
        output: 'Peta tata ruang daring dapat diakses publik',
      },
    ],
  },
  {
    dimension: 'living',
    element: 'health',
    name: 'Quick Win Layanan Gawat Darurat 119 Terpadu',
    description:
      'Satu nomor panggilan gawat darurat medis dengan ambulans terpantau dan rujukan langsung ke IGD terdekat.',
    horizon: 'quick_win',
    startYear: 2023,
    endYear: 2023,
    lead: 'dinkes',
    supporting: ['rsud', 'diskominfosanditik'],
    budget: 850 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 4; Renstra Dinkes: Program Pemenuhan Upaya Kesehatan Perorangan',
    innovations: [],
    actions: [
      {
        activity: 'Pembentukan Public Safety Center 119',
        output: 'PSC 119 beroperasi 24 jam',
      },
      {
        activity: 'Pemasangan pelacak lokasi pada ambulans puskesmas',
        output: '35 ambulans terpantau',
      },
    ],
  },

  // ── Smart Society ────────────────────────────────────────────────────────────────────────
  {
    dimension: 'society',
    element: 'learning_ecosystem',
    name: 'Digital Services Living Lab dan Ekosistem Inovasi Daerah',
    description:
      'Laboratorium tempat perangkat daerah, perguruan tinggi di Jatinangor dan warga merancang serta menguji layanan digital sebelum diterapkan.',
    horizon: 'medium',
    startYear: 2023,
    endYear: 2027,
    lead: 'bapppeda',
    supporting: ['diskominfosanditik', 'kec-jatinangor'],
    budget: 3_250 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 5; Renstra Bapppeda: Program Penelitian dan Pengembangan Daerah',
    innovations: ['Digital Services Living Lab:'],
    actions: [
      {
        activity: 'Penandatanganan kerja sama living lab dengan perguruan tinggi',
        output: '4 perjanjian kerja sama',
      },
      {
        activity: 'Uji coba layanan digital bersama warga (co-design)',
        output: '8 layanan diuji bersama warga',
      },
      {
        activity: 'Kompetisi inovasi perangkat daerah dan desa',
        output: '60 proposal inovasi per tahun',
      },
      {
        activity: 'Replikasi inovasi terbaik ke perangkat daerah lain',
        output: '5 inovasi direplikasi',
      },
    ],
  },
  {
    dimension: 'society',
    element: 'learning_ecosystem',
    name: 'Sekolah dan Perpustakaan Digital',
    description:
      'Akses internet dan konten belajar digital di sekolah dasar dan menengah pertama, serta perpustakaan digital yang melayani hingga desa.',
    horizon: 'long',
    startYear: 2023,
    endYear: 2032,
    lead: 'disdik',
    supporting: ['disarpus', 'diskominfosanditik'],
    budget: 16_400 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 5; Renstra Disdik: Program Pengelolaan Pendidikan; Renstra Disarpus: Program Pembinaan Perpustakaan',
    innovations: [],
    actions: [
      {
        activity: 'Penyediaan akses internet di sekolah negeri',
        output: '600 sekolah terhubung internet',
      },
      {
        activity: 'Peluncuran perpustakaan digital kabupaten',
        output: '15.000 judul buku digital',
      },
      {
        activity: 'Pelatihan guru memanfaatkan platform belajar digital',
        output: '3.000 guru terlatih',
      },
      {
        activity: 'Pojok baca digital di perpustakaan desa',
        output: '100 perpustakaan desa memiliki pojok baca digital',
      },
    ],
  },
  {
    dimension: 'society',
    element: 'community',
    name: 'Ketahanan Keluarga dan Perlindungan Anak',
    description:
      'Pusat pembelajaran keluarga dengan konseling tatap muka dan daring, serta penanganan kasus kekerasan terhadap perempuan dan anak yang terpadu.',
    horizon: 'short',
    startYear: 2023,
    endYear: 2025,
    lead: 'dppkbp3a',
    supporting: ['dinsos'],
    budget: 1_650 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 5; Renstra DPPKBP3A: Program Peningkatan Kualitas Keluarga dan Program Perlindungan Khusus Anak',
    innovations: ['Puspaga:'],
    actions: [
      {
        activity: 'Layanan konseling keluarga tatap muka dan daring',
        output: '1.200 keluarga terlayani per tahun',
      },
      {
        activity: 'Pembentukan satgas perlindungan anak di kecamatan',
        output: '26 satgas kecamatan',
      },
      {
        activity: 'Kelas pengasuhan bagi orang tua di desa',
        output: '150 kelas pengasuhan',
      },
    ],
  },
  {
    dimension: 'society',
    element: 'security',
    name: 'Sistem Keamanan Lingkungan Terpadu dan CCTV Publik',
    description:
      'Kamera pengawas di titik rawan yang terhubung ke Command Center, tombol darurat warga dan patroli terpadu berbasis data kejadian.',
    horizon: 'medium',
    startYear: 2024,
    endYear: 2028,
    lead: 'satpolpp-damkar',
    supporting: ['kesbangpol', 'diskominfosanditik', 'dishub'],
    budget: 6_200 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 5; Renstra Satpol PP dan Damkar: Program Peningkatan Ketenteraman dan Ketertiban Umum',
    innovations: [],
    actions: [
      {
        activity: 'Pemasangan CCTV publik di titik rawan',
        output: '150 CCTV terhubung ke Command Center',
      },
      {
        activity: 'Tombol darurat dan pelaporan kejadian oleh warga',
        output: 'Respons kejadian ≤ 15 menit di perkotaan',
      },
      {
        activity: 'Patroli terpadu berbasis peta kerawanan',
        output: 'Peta kerawanan diperbarui setiap triwulan',
      },
    ],
  },
  {
    dimension: 'society',
    element: 'community',
    name: 'Quick Win Desa Digital: Literasi Digital Aparatur dan Warga',
    description:
      'Pelatihan literasi dan keamanan digital bagi aparatur desa, kader dan karang taruna, serta titik internet publik di balai desa.',
    horizon: 'quick_win',
    startYear: 2024,
    endYear: 2024,
    lead: 'diskominfosanditik',
    supporting: ['dpmd'],
    budget: 600 * juta,
    fundingSource: 'apbdes',
    reference: 'RPJMD Misi 5; Renstra Diskominfosanditik: Program Informasi dan Komunikasi Publik',
    innovations: [],
    actions: [
      {
        activity: 'Pelatihan literasi dan keamanan digital bagi aparatur desa',
        output: '810 aparatur desa terlatih',
      },
      {
        activity: 'Pemasangan titik internet publik di balai desa',
        output: '100 balai desa dengan internet publik',
      },
    ],
  },

  // ── Smart Environment ────────────────────────────────────────────────────────────────────
  {
    dimension: 'environment',
    element: 'waste',
    name: 'Pengelolaan Sampah Berbasis Sumber dan Bank Sampah Digital',
    description:
      'Pemilahan sampah di rumah tangga, bank sampah desa yang mencatat setoran secara digital, dan TPS3R yang mengurangi sampah ke TPA.',
    horizon: 'medium',
    startYear: 2023,
    endYear: 2027,
    lead: 'dlhk',
    supporting: ['dpmd', 'disperkimtan'],
    budget: 9_800 * juta,
    fundingSource: 'apbd',
    reference:
      'RPJMD Misi 6; Renstra DLHK: Program Pengelolaan Persampahan (Jakstrada Perbup Sumedang)',
    innovations: [],
    actions: [
      {
        activity: 'Pembentukan dan pendampingan bank sampah desa',
        output: '150 bank sampah aktif',
      },
      {
        activity: 'Aplikasi pencatatan setoran bank sampah',
        output: 'Setoran 150 bank sampah tercatat daring',
      },
      {
        activity: 'Pembangunan TPS3R di kawasan perkotaan',
        output: '8 TPS3R beroperasi',
      },
      {
        activity: 'Pengukuran pengurangan sampah ke TPA',
        output: 'Sampah ke TPA berkurang 30 %',
      },
    ],
  },
  {
    dimension: 'environment',
    element: 'protection',
    name: 'Sistem Peringatan Dini dan Kesiapsiagaan Bencana',
    description:
      'Sensor gerakan tanah dan tinggi muka air di daerah rawan, peringatan dini melalui sirene dan pesan singkat, serta desa tangguh bencana.',
    horizon: 'long',
    startYear: 2023,
    endYear: 2032,
    lead: 'bpbd',
    supporting: ['diskominfosanditik', 'dpupr', 'satpolpp-damkar'],
    budget: 11_200 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 6; Renstra BPBD: Program Penanggulangan Bencana',
    innovations: [],
    actions: [
      {
        activity: 'Pemasangan sensor gerakan tanah di zona rawan longsor',
        output: '20 sensor terpasang',
      },
      {
        activity: 'Peringatan dini banjir di DAS Cimanuk dan Cipeles',
        output: '6 pos pemantau tinggi muka air',
      },
      {
        activity: 'Pembentukan desa tangguh bencana',
        output: '60 desa tangguh bencana',
      },
      {
        activity: 'Latihan evakuasi terpadu tahunan',
        output: '1 latihan gabungan per tahun',
      },
      {
        activity: 'Kajian risiko bencana kabupaten diperbarui',
        output: 'Dokumen kajian risiko bencana 2031',
      },
    ],
  },
  {
    dimension: 'environment',
    element: 'protection',
    name: 'Pemantauan Kualitas Air dan Udara Daring',
    description:
      'Stasiun pemantau kualitas udara dan air sungai yang datanya terbuka bagi publik dan dipakai untuk pengawasan usaha.',
    horizon: 'short',
    startYear: 2025,
    endYear: 2027,
    lead: 'dlhk',
    supporting: ['dinkes'],
    budget: 2_700 * juta,
    fundingSource: 'apbn',
    reference:
      'RPJMD Misi 6; Renstra DLHK: Program Pengendalian Pencemaran dan Kerusakan Lingkungan',
    innovations: [],
    actions: [
      {
        activity: 'Pemasangan stasiun pemantau kualitas udara',
        output: '3 stasiun pemantau udara',
      },
      {
        activity: 'Pemantauan kualitas air sungai secara daring',
        output: '5 titik pantau air sungai',
      },
      {
        activity: 'Publikasi indeks kualitas lingkungan hidup',
        output: 'IKLH terbit setiap tahun',
      },
    ],
  },
  {
    dimension: 'environment',
    element: 'energy',
    name: 'Penerangan Jalan Umum Hemat Energi dan PLTS Atap Gedung Pemerintah',
    description:
      'Penggantian lampu jalan dengan LED yang dipantau jarak jauh dan pemasangan panel surya atap di gedung pemerintah.',
    horizon: 'medium',
    startYear: 2026,
    endYear: 2030,
    lead: 'dishub',
    supporting: ['bpkad', 'disperkimtan'],
    budget: 13_500 * juta,
    fundingSource: 'csr',
    reference:
      'RPJMD Misi 6; Renstra Dishub: Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan',
    innovations: [],
    actions: [
      {
        activity: 'Audit energi PJU dan gedung pemerintah',
        output: 'Laporan audit energi',
      },
      {
        activity: 'Penggantian PJU dengan lampu LED terpantau',
        output: '4.000 titik PJU LED',
      },
      {
        activity: 'Pemasangan PLTS atap di gedung pemerintah',
        output: '10 gedung dengan PLTS atap',
      },
    ],
  },
  {
    dimension: 'environment',
    element: 'waste',
    name: 'Quick Win Gerakan Pilah Sampah dan Kantor Bebas Plastik Sekali Pakai',
    description:
      'Pemilahan sampah dan larangan plastik sekali pakai di seluruh kantor perangkat daerah sebagai contoh bagi warga.',
    horizon: 'quick_win',
    startYear: 2023,
    endYear: 2023,
    lead: 'dlhk',
    supporting: ['setda'],
    budget: 150 * juta,
    fundingSource: 'apbd',
    reference: 'RPJMD Misi 6; Renstra DLHK: Program Pengelolaan Persampahan',
    innovations: [],
    actions: [
      {
        activity: 'Penerbitan surat edaran kantor bebas plastik sekali pakai',
        output: 'Surat Edaran Bupati diterbitkan',
      },
      {
        activity: 'Penyediaan tempat sampah terpilah di kantor perangkat daerah',
        output: '55 kantor memilah sampah',
      },
    ],
  },
];

/** First names of the fictional signers, as [name, gender] (1 male, 2 female, as in a NIP). */
export const signerFirstNames: readonly (readonly [string, 1 | 2])[] = [
  ['Asep', 1],
  ['Dadang', 1],
  ['Deden', 1],
  ['Ujang', 1],
  ['Yayan', 1],
  ['Cecep', 1],
  ['Iwan', 1],
  ['Agus', 1],
  ['Dedi', 1],
  ['Hendra', 1],
  ['Wawan', 1],
  ['Tatang', 1],
  ['Ade', 1],
  ['Herman', 1],
  ['Dudi', 1],
  ['Budi', 1],
  ['Rahmat', 1],
  ['Yudi', 1],
  ['Rina', 2],
  ['Neneng', 2],
  ['Euis', 2],
  ['Yuyun', 2],
  ['Lilis', 2],
  ['Tati', 2],
  ['Nining', 2],
  ['Ratna', 2],
  ['Siti', 2],
  ['Dewi', 2],
];

/** Second names of the fictional signers, by gender (Sundanese names rarely are family names). */
export const signerSecondNames: Readonly<Record<1 | 2, readonly string[]>> = {
  1: [
    'Suherman',
    'Hidayat',
    'Rusmana',
    'Sudrajat',
    'Permana',
    'Kurniawan',
    'Setiawan',
    'Saepudin',
    'Mulyana',
    'Sutisna',
    'Supriatna',
    'Hermawan',
    'Kusmayadi',
    'Rukmana',
    'Gunawan',
    'Firmansyah',
    'Sumarna',
    'Rohendi',
    'Wiradinata',
  ],
  2: [
    'Nurhayati',
    'Rahmawati',
    'Kurniasih',
    'Handayani',
    'Yuliani',
    'Sumiati',
    'Mulyani',
    'Rosdiana',
    'Herawati',
    'Fitriani',
  ],
};

/** Degrees a head of unit plausibly holds, by unit code; others (and camat) draw from `*`. */
export const signerDegrees: Readonly<Record<string, readonly string[]>> = {
  '*': [
    'S.Sos., M.Si.',
    'S.IP., M.Si.',
    'S.STP., M.Si.',
    'S.H., M.H.',
    'S.E., M.M.',
    'S.AP., M.AP.',
  ],
  dinkes: ['M.Kes.'],
  rsud: ['M.Kes.', 'M.M.R.S.'],
  disdik: ['S.Pd., M.Pd.', 'M.Pd.'],
  dpupr: ['S.T., M.T.'],
  disperkimtan: ['S.T., M.T.'],
  dishub: ['S.T., M.T.', 'S.SiT., M.T.'],
  diskominfosanditik: ['S.Kom., M.T.', 'S.T., M.Kom.'],
  distankp: ['S.P., M.P.'],
  diskanak: ['S.Pt., M.Si.', 'S.Pi., M.Si.'],
  dlhk: ['S.Hut., M.Si.', 'S.T., M.T.'],
  bpkad: ['S.E., M.Ak.', 'S.E., M.M.'],
  bappenda: ['S.E., M.Ak.', 'S.E., M.M.'],
  inspektorat: ['S.E., M.Ak.', 'S.H., M.H.'],
  bapppeda: ['S.T., M.T.', 'S.E., M.Si.'],
};
