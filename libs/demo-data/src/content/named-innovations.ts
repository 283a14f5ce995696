import type { DimensionKey, Inisiator, Stage } from '@smartcity/domain';
import type { Topic } from './topics';

/**
 * Innovations Kabupaten Sumedang has reported publicly, named so the demo feels familiar. Their
 * names are real; every detail here (figures, dates, steps, stages) is illustrative and labelled
 * as demo data in the summary.
 */
export type NamedInnovation = {
  readonly title: string;
  /** The unit that owns it, by code (skipped when the region has no such unit). */
  readonly unitCode: string;
  readonly stage: Exclude<Stage, 'discontinued'>;
  readonly inisiator: Inisiator;
  readonly extraDimensions: readonly DimensionKey[];
  /** When it was registered (a window of `YYYY-MM-DD` dates; illustrative). */
  readonly createdIn: readonly [string, string];
  readonly content: Topic;
};

export const namedInnovations: readonly NamedInnovation[] = [
  {
    title: 'SAKIP Desa: Akuntabilitas Kinerja Pemerintah Desa',
    unitCode: 'dpmd',
    stage: 'sustained',
    inisiator: 'regional_head',
    extraDimensions: ['economy'],
    createdIn: ['2021-02-01', '2021-10-31'],
    content: {
      element: 'bureaucracy',
      names: ['SAKIP Desa'],
      subject: 'Akuntabilitas Kinerja Pemerintah Desa',
      summary:
        'Desa menyusun rencana, mengukur dan melaporkan kinerjanya dengan kerangka SAKIP yang disederhanakan.',
      digital: true,
      bentuk: 'governance',
      problem:
        'Pemerintah desa di {place} menyusun RPJMDes dan APBDes tanpa indikator kinerja yang terukur, sehingga dana desa sulit dikaitkan dengan hasil yang dirasakan warga.',
      affectedGroup: 'Pemerintah desa, BPD dan warga desa',
      evidence: 'Reviu dokumen perencanaan desa {year}: sebagian besar tanpa indikator hasil',
      source: 'rpjmd_issue',
      need: 'Setiap desa memiliki perjanjian kinerja, indikator hasil dan laporan kinerja tahunan yang dievaluasi.',
      beneficiaries: 'Desa di Kabupaten Sumedang',
      beneficiaryCount: [270, 270],
      kpi: {
        name: 'Desa dengan laporan kinerja',
        unit: 'desa',
        baseline: [0, 20],
        target: [250, 270],
      },
      asIs: [
        { actor: 'Pemerintah desa', activity: 'Menyusun APBDes berdasarkan daftar kegiatan' },
        { actor: 'Kecamatan', activity: 'Memeriksa kelengkapan administrasi saja' },
      ],
      toBe: [
        {
          actor: 'Pemerintah desa',
          activity: 'Menetapkan perjanjian kinerja dan indikator hasil',
          tool: 'Aplikasi SAKIP Desa',
        },
        { actor: 'Tim evaluator kabupaten', activity: 'Mengevaluasi dan memeringkat kinerja desa' },
      ],
      application: 'Perjanjian kinerja, pengukuran dan evaluasi 270 desa perlu satu aplikasi.',
      deliverable: 'Kerangka dan aplikasi SAKIP Desa untuk seluruh desa',
      responsible: 'Kepala Bidang Pemerintahan Desa',
      budget: [50, 300],
    },
  },
  {
    title: 'SIMPATI: Sistem Informasi Pencegahan Stunting Terintegrasi',
    unitCode: 'dinkes',
    stage: 'sustained',
    inisiator: 'regional_head',
    extraDimensions: ['society', 'governance'],
    createdIn: ['2021-01-10', '2021-06-30'],
    content: {
      element: 'health',
      names: ['SIMPATI'],
      subject: 'Pemantauan Stunting Terintegrasi',
      summary:
        'Kader posyandu mencatat pengukuran balita dan ibu hamil by name by address; dasbor menunjukkan desa dan keluarga yang perlu intervensi.',
      digital: true,
      bentuk: 'public_service',
      problem:
        'Prevalensi stunting di {place} tinggi dan data balita tersebar di buku posyandu, puskesmas dan desa, sehingga intervensi tidak tepat sasaran dan terlambat.',
      affectedGroup: 'Balita, ibu hamil dan keluarga berisiko stunting',
      evidence: 'Hasil penimbangan serentak dan e-PPGBM {year} (angka ilustratif)',
      source: 'rpjmd_issue',
      need: 'Satu data stunting by name by address yang dipakai semua pihak untuk intervensi yang tepat.',
      beneficiaries: 'Balita dan ibu hamil',
      beneficiaryCount: [60_000, 80_000],
      kpi: { name: 'Prevalensi stunting balita', unit: '%', baseline: [20, 30], target: [8, 12] },
      asIs: [
        { actor: 'Kader posyandu', activity: 'Mencatat pengukuran di buku register' },
        { actor: 'Puskesmas', activity: 'Merekap laporan bulanan secara manual' },
      ],
      toBe: [
        {
          actor: 'Kader pembangunan manusia',
          activity: 'Menginput pengukuran dari ponsel',
          tool: 'Aplikasi SIMPATI',
        },
        {
          actor: 'Tim percepatan penurunan stunting',
          activity: 'Menentukan intervensi per keluarga',
          tool: 'Dasbor SIMPATI',
        },
      ],
      application: 'Data by name by address dari ratusan kader harus tergabung dan dianalisis.',
      deliverable: 'Aplikasi dan dasbor SIMPATI dipakai kader di seluruh desa',
      responsible: 'Kepala Bidang Kesehatan Masyarakat',
      budget: [0, 200],
    },
  },
  {
    title: 'e-Office: Naskah Dinas Elektronik Pemerintah Kabupaten',
    unitCode: 'diskominfosanditik',
    stage: 'sustained',
    inisiator: 'unit',
    extraDimensions: [],
    createdIn: ['2021-01-10', '2021-08-31'],
    content: {
      element: 'bureaucracy',
      names: ['e-Office'],
      subject: 'Naskah Dinas Elektronik',
      summary:
        'Surat-menyurat, disposisi dan tanda tangan elektronik seluruh perangkat daerah dalam satu aplikasi.',
      digital: true,
      bentuk: 'governance',
      problem:
        'Surat dinas antar-perangkat daerah di {place} dikirim dalam bentuk kertas; disposisi tertahan berhari-hari dan biaya kertas serta pengiriman tinggi.',
      affectedGroup: 'Pegawai dan pimpinan seluruh perangkat daerah',
      evidence: 'Pengamatan alur surat {year}: disposisi rata-rata {days} hari',
      source: 'internal_review',
      need: 'Naskah dinas elektronik dengan disposisi dan tanda tangan elektronik di semua perangkat daerah.',
      beneficiaries: 'Pegawai pemerintah kabupaten',
      beneficiaryCount: [8_000, 10_000],
      kpi: { name: 'Naskah dinas elektronik', unit: '%', baseline: [5, 20], target: [90, 100] },
      asIs: [
        { actor: 'Pengadministrasi umum', activity: 'Mengirim surat kertas lewat kurir' },
        { actor: 'Pimpinan', activity: 'Menandatangani basah di kantor' },
      ],
      toBe: [
        { actor: 'Konseptor', activity: 'Menyusun naskah dari templat', tool: 'e-Office' },
        {
          actor: 'Pimpinan',
          activity: 'Menyetujui dan menandatangani elektronik',
          tool: 'e-Office dan TTE',
        },
      ],
      application: 'Alur naskah dinas lintas perangkat daerah dengan tanda tangan elektronik.',
      deliverable: 'e-Office dipakai di seluruh perangkat daerah dan kecamatan',
      responsible: 'Kepala Bidang Aplikasi Informatika',
      budget: [50, 400],
    },
  },
  {
    title: 'Rumah Besar Simpati: Sistem Layanan dan Rujukan Terpadu (SLRT)',
    unitCode: 'dinsos',
    stage: 'sustained',
    inisiator: 'unit',
    extraDimensions: ['society'],
    createdIn: ['2021-03-01', '2021-12-31'],
    content: {
      element: 'welfare',
      names: ['Rumah Besar Simpati'],
      subject: 'Layanan dan Rujukan Terpadu bagi Keluarga Miskin',
      summary:
        'Keluarga miskin dan rentan mengadu dan dirujuk ke program perlindungan sosial dari satu pintu.',
      digital: true,
      bentuk: 'public_service',
      problem:
        'Keluarga miskin di {place} harus mendatangi banyak kantor untuk bantuan sosial, kesehatan dan pendidikan; banyak yang berhenti di tengah jalan.',
      affectedGroup: 'Keluarga miskin dan rentan',
      evidence: 'Rekap pengaduan bantuan sosial {year}',
      source: 'complaint',
      need: 'Satu pintu layanan dan rujukan yang menindaklanjuti kebutuhan keluarga sampai tuntas.',
      beneficiaries: 'Keluarga miskin dan rentan',
      beneficiaryCount: [20_000, 90_000],
      kpi: { name: 'Rujukan ditindaklanjuti', unit: '%', baseline: [30, 50], target: [85, 95] },
      asIs: [{ actor: 'Warga miskin', activity: 'Mendatangi kantor satu per satu' }],
      toBe: [
        {
          actor: 'Petugas SLRT',
          activity: 'Mencatat kebutuhan dan merujuk',
          tool: 'Aplikasi SLRT',
        },
        {
          actor: 'Perangkat daerah tujuan',
          activity: 'Menindaklanjuti dan melaporkan hasil rujukan',
        },
      ],
      application: 'Rujukan lintas perangkat daerah harus dilacak sampai tuntas.',
      deliverable: 'Layanan SLRT di kabupaten dan puskesos desa',
      responsible: 'Kepala Bidang Perlindungan dan Jaminan Sosial',
      budget: [20, 250],
    },
  },
  {
    title: 'WAKEPO: WhatsApp Kebutuhan Informasi dan Pelayanan Online',
    unitCode: 'diskominfosanditik',
    stage: 'sustained',
    inisiator: 'regional_head',
    extraDimensions: ['branding'],
    createdIn: ['2021-04-01', '2021-07-31'],
    content: {
      element: 'public_service',
      names: ['WAKEPO'],
      subject: 'Informasi dan Layanan Publik lewat WhatsApp',
      summary:
        'Warga memperoleh informasi dan mengakses layanan publik kabupaten lewat satu nomor WhatsApp.',
      digital: true,
      bentuk: 'public_service',
      problem:
        'Warga {place} lebih banyak memakai aplikasi pesan daripada situs web; informasi layanan tersebar di banyak situs dan aplikasi yang jarang diunduh.',
      affectedGroup: 'Warga pencari informasi dan layanan publik',
      evidence:
        'Survei penggunaan kanal digital {year}; statistik kunjungan situs perangkat daerah',
      source: 'survey',
      need: 'Satu kanal percakapan yang menjawab kebutuhan informasi dan meneruskan ke layanan daring.',
      beneficiaries: 'Warga Kabupaten Sumedang',
      beneficiaryCount: [100_000, 400_000],
      kpi: {
        name: 'Pengguna aktif bulanan',
        unit: 'orang',
        baseline: [0, 1_000],
        target: [20_000, 50_000],
      },
      asIs: [
        { actor: 'Warga', activity: 'Mencari informasi di banyak situs atau datang ke kantor' },
      ],
      toBe: [
        { actor: 'Warga', activity: 'Bertanya dan memilih layanan', tool: 'WhatsApp' },
        {
          actor: 'Admin layanan',
          activity: 'Menjawab pertanyaan di luar menu otomatis',
          tool: 'Dasbor percakapan',
        },
      ],
      application: 'Menu otomatis dan penerusan ke layanan perlu platform percakapan.',
      deliverable: 'Layanan WhatsApp dengan menu informasi dan layanan perangkat daerah',
      responsible: 'Kepala Bidang Informasi dan Komunikasi Publik',
      budget: [20, 200],
    },
  },
  {
    title: 'Sipajakdadi: Layanan Pajak Daerah Digital',
    unitCode: 'bappenda',
    stage: 'evaluation',
    inisiator: 'unit',
    extraDimensions: ['governance'],
    createdIn: ['2022-01-10', '2022-09-30'],
    content: {
      element: 'financial_transaction',
      names: ['Sipajakdadi'],
      subject: 'Layanan Pajak Daerah Digital',
      summary:
        'Wajib pajak daerah mendaftar, melapor dan membayar pajak secara digital; petugas memantau kepatuhan dari dasbor.',
      digital: true,
      bentuk: 'public_service',
      problem:
        'Wajib pajak hotel, restoran dan PBB di {place} melapor dan membayar secara manual; kepatuhan rendah dan penerimaan tidak terpantau harian.',
      affectedGroup: 'Wajib pajak daerah dan petugas pendapatan',
      evidence: 'Realisasi pajak daerah {year}; tunggakan per jenis pajak',
      source: 'rpjmd_issue',
      need: 'Pelaporan dan pembayaran pajak daerah digital yang terpantau setiap hari.',
      beneficiaries: 'Wajib pajak daerah',
      beneficiaryCount: [30_000, 300_000],
      kpi: {
        name: 'Pembayaran pajak daerah nontunai',
        unit: '%',
        baseline: [10, 30],
        target: [70, 90],
      },
      asIs: [{ actor: 'Wajib pajak', activity: 'Mengisi formulir dan membayar di loket' }],
      toBe: [
        { actor: 'Wajib pajak', activity: 'Melapor dan membayar', tool: 'Aplikasi dan QRIS' },
        { actor: 'Petugas pendapatan', activity: 'Memantau kepatuhan', tool: 'Dasbor pendapatan' },
      ],
      application: 'Pelaporan, penetapan dan pembayaran pajak harus tersambung ke kas daerah.',
      deliverable: 'Layanan pajak daerah digital untuk PBB-P2, hotel dan restoran',
      responsible: 'Kepala Bidang Pendataan dan Penetapan',
      budget: [50, 400],
    },
  },
  {
    title: 'Command Center Sumedang: Ruang Kendali Data Daerah',
    unitCode: 'diskominfosanditik',
    stage: 'evaluation',
    inisiator: 'regional_head',
    extraDimensions: ['society'],
    createdIn: ['2022-02-01', '2022-12-31'],
    content: {
      element: 'public_policy',
      names: ['Command Center'],
      subject: 'Ruang Kendali Data Daerah',
      summary:
        'Data layanan, aduan, CCTV dan indikator pembangunan ditampilkan di satu ruang kendali untuk keputusan pimpinan.',
      digital: true,
      bentuk: 'governance',
      problem:
        'Pimpinan daerah di {place} menerima laporan kinerja dan kejadian dari banyak sumber dengan jeda; keputusan sering menunggu rapat berikutnya.',
      affectedGroup: 'Pimpinan daerah dan perangkat daerah',
      evidence: 'Inventarisasi aplikasi dan dasbor perangkat daerah {year}',
      source: 'internal_review',
      need: 'Satu ruang kendali dengan data terkini untuk pemantauan dan keputusan cepat.',
      beneficiaries: 'Pimpinan dan perangkat daerah',
      beneficiaryCount: [50, 500],
      kpi: {
        name: 'Aplikasi perangkat daerah terhubung ke dasbor',
        unit: 'aplikasi',
        baseline: [0, 10],
        target: [40, 80],
      },
      asIs: [{ actor: 'Perangkat daerah', activity: 'Mengirim laporan bulanan dalam berkas' }],
      toBe: [
        {
          actor: 'Operator ruang kendali',
          activity: 'Memantau dasbor dan mengeskalasi kejadian',
          tool: 'Command center',
        },
        { actor: 'Pimpinan', activity: 'Memberi arahan berdasarkan data terkini' },
      ],
      application: 'Integrasi data dari banyak aplikasi memerlukan platform dasbor.',
      deliverable: 'Ruang kendali dengan dasbor terintegrasi',
      responsible: 'Kepala Bidang Persandian dan Statistik',
      budget: [100, 900],
    },
  },
  {
    title: 'Digital Services Living Lab: Laboratorium Layanan Digital',
    unitCode: 'bapppeda',
    stage: 'quick_win',
    inisiator: 'unit',
    extraDimensions: ['governance'],
    createdIn: ['2022-10-01', '2023-06-30'],
    content: {
      element: 'learning_ecosystem',
      names: ['Digital Services Living Lab'],
      subject: 'Laboratorium Layanan Digital',
      summary:
        'Daerah lain, kampus dan mitra belajar, mengadopsi dan menguji layanan digital bersama di Sumedang.',
      digital: true,
      bentuk: 'other',
      problem:
        'Praktik baik layanan digital di {place} tidak terdokumentasi sehingga sulit direplikasi, dan daerah lain berulang kali meminta studi banding.',
      affectedGroup: 'Perangkat daerah, pemerintah daerah lain dan mitra riset',
      evidence: 'Rekap kunjungan studi banding {year}',
      source: 'other',
      need: 'Wadah belajar dan uji coba layanan digital yang terdokumentasi dan terbuka.',
      beneficiaries: 'Pemerintah daerah dan mitra riset',
      beneficiaryCount: [30, 300],
      kpi: {
        name: 'Praktik baik terdokumentasi',
        unit: 'layanan',
        baseline: [0, 5],
        target: [20, 40],
      },
      asIs: [{ actor: 'Perangkat daerah', activity: 'Menerima studi banding satu per satu' }],
      toBe: [
        {
          actor: 'Tim living lab',
          activity: 'Mendokumentasikan praktik baik',
          tool: 'Portal living lab',
        },
        { actor: 'Mitra', activity: 'Menguji coba layanan bersama' },
      ],
      deliverable: 'Portal dan program living lab dengan {n} praktik baik',
      responsible: 'Kepala Bidang Penelitian dan Pengembangan',
      budget: [30, 250],
    },
  },
  {
    title: 'Puspaga: Pusat Pembelajaran Keluarga',
    unitCode: 'dppkbp3a',
    stage: 'sustained',
    inisiator: 'unit',
    extraDimensions: ['living'],
    createdIn: ['2021-03-01', '2021-12-31'],
    content: {
      element: 'community',
      names: ['Puspaga'],
      subject: 'Pusat Pembelajaran Keluarga',
      summary:
        'Keluarga mendapat edukasi pengasuhan dan konseling dari psikolog dan konselor di Puspaga.',
      digital: false,
      bentuk: 'public_service',
      problem:
        'Keluarga di {place} kekurangan tempat belajar pengasuhan dan konseling; kasus kekerasan dan perkawinan anak sering baru tertangani setelah parah.',
      affectedGroup: 'Orang tua, remaja dan calon pengantin',
      evidence: 'Rekap kasus perlindungan perempuan dan anak {year}',
      source: 'rpjmd_issue',
      need: 'Layanan edukasi dan konseling keluarga yang mudah dijangkau.',
      beneficiaries: 'Keluarga',
      beneficiaryCount: [1_000, 8_000],
      kpi: {
        name: 'Keluarga terlayani Puspaga',
        unit: 'keluarga/tahun',
        baseline: [50, 200],
        target: [800, 2_000],
      },
      asIs: [{ actor: 'Keluarga', activity: 'Mencari bantuan sendiri ke kota' }],
      toBe: [
        { actor: 'Konselor Puspaga', activity: 'Memberi konseling terjadwal dan kelas pengasuhan' },
        { actor: 'Keluarga', activity: 'Membuat janji', tool: 'WhatsApp' },
      ],
      deliverable: 'Layanan Puspaga dengan kelas pengasuhan bulanan',
      responsible: 'Kepala Bidang Kualitas Keluarga',
      budget: [20, 200],
    },
  },
  {
    title: 'Zona Integritas Desa: Desa Bebas Korupsi dan Melayani',
    unitCode: 'inspektorat',
    stage: 'quick_win',
    inisiator: 'unit',
    extraDimensions: ['economy'],
    createdIn: ['2023-01-10', '2023-12-31'],
    content: {
      element: 'bureaucracy',
      names: ['Zona Integritas Desa'],
      subject: 'Desa Bebas Korupsi dan Melayani',
      summary:
        'Desa percontohan membangun zona integritas: layanan terbuka, pengaduan, dan pengelolaan keuangan desa yang transparan.',
      digital: false,
      bentuk: 'governance',
      problem:
        'Temuan pemeriksaan atas pengelolaan dana desa di {place} berulang setiap tahun, dan warga tidak tahu standar layanan desa.',
      affectedGroup: 'Pemerintah desa dan warga desa',
      evidence: 'Laporan hasil pemeriksaan Inspektorat {year}',
      source: 'internal_review',
      need: 'Desa dengan standar layanan, kanal pengaduan dan pengelolaan keuangan yang transparan.',
      beneficiaries: 'Desa percontohan dan warganya',
      beneficiaryCount: [5, 30],
      kpi: {
        name: 'Desa percontohan zona integritas',
        unit: 'desa',
        baseline: [0, 0],
        target: [10, 26],
      },
      asIs: [
        { actor: 'Pemerintah desa', activity: 'Melayani tanpa standar dan tanpa kanal pengaduan' },
      ],
      toBe: [
        {
          actor: 'Pemerintah desa',
          activity: 'Menerbitkan standar layanan dan papan informasi keuangan',
        },
        { actor: 'Inspektorat', activity: 'Mendampingi dan menilai desa percontohan' },
      ],
      deliverable: 'Zona integritas di {n} desa percontohan',
      responsible: 'Inspektur Pembantu Wilayah',
      budget: [10, 120],
    },
  },
];
