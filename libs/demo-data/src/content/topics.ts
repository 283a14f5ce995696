import type { Bentuk, ElementKey, ProblemSource, ProcessStep } from '@smartcity/domain';

/**
 * A kind of innovation a unit of an Indonesian regency typically starts, for one element of the
 * catalogue: the text pools the generator fills in. Placeholders: `{place}` (a kecamatan or the
 * whole regency), `{pct}` (a percentage), `{n}` (a small count), `{days}`, `{year}` (the year of
 * the data). Every text is illustrative: demo data, not a record of the regency.
 */
export type Topic = {
  readonly element: ElementKey;
  /** Programme names in the local style (acronyms, Sundanese words). */
  readonly names: readonly string[];
  /** What it is, as the second half of the title. */
  readonly subject: string;
  /** One sentence for the summary. */
  readonly summary: string;
  readonly digital: boolean;
  readonly bentuk: Bentuk;
  readonly problem: string;
  readonly affectedGroup: string;
  readonly evidence: string;
  readonly source: ProblemSource;
  readonly need: string;
  readonly beneficiaries: string;
  readonly beneficiaryCount: readonly [number, number];
  readonly kpi: {
    readonly name: string;
    readonly unit: string;
    readonly baseline: readonly [number, number];
    readonly target: readonly [number, number];
  };
  readonly asIs: readonly ProcessStep[];
  readonly toBe: readonly ProcessStep[];
  /** The justification when the to-be process needs an application of its own. */
  readonly application?: string;
  readonly deliverable: string;
  /** Who answers for the quick win in an agency (kecamatan use their own officers). */
  readonly responsible: string;
  /** Budget range of the quick win, in millions of rupiah. */
  readonly budget: readonly [number, number];
};

/** Three topics per element, eighteen elements. */
export const topics: readonly Topic[] = [
  // ── Smart Governance: public service ─────────────────────────────────────────────────────
  {
    element: 'public_service',
    names: ['SIDUKCAPIL Keliling', 'Layanan Adminduk Daring', 'Si-CEPAT Adminduk'],
    subject: 'Layanan Dokumen Kependudukan dari Desa',
    summary:
      'Warga mengajukan KTP-el, KK dan akta dari kantor desa atau ponsel tanpa harus datang ke kantor dinas.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Warga {place} harus datang ke kantor dinas di pusat kota untuk mengurus KTP-el, KK dan akta; penyelesaian rata-rata {days} hari dan sering perlu dua kali kunjungan.',
    affectedGroup: 'Warga yang mengurus dokumen kependudukan, terutama di desa yang jauh',
    evidence:
      'Rekap antrean loket {year}: rata-rata {days} hari penyelesaian; {pct}% pemohon datang lebih dari sekali',
    source: 'complaint',
    need: 'Dokumen kependudukan dapat diajukan dari desa dan selesai dalam dua hari kerja tanpa kunjungan berulang.',
    beneficiaries: 'Pemohon dokumen kependudukan',
    beneficiaryCount: [8_000, 60_000],
    kpi: { name: 'Waktu penyelesaian dokumen', unit: 'hari', baseline: [5, 14], target: [1, 2] },
    asIs: [
      { actor: 'Warga', activity: 'Datang ke kantor dinas membawa berkas fisik dan mengantre' },
      { actor: 'Petugas loket', activity: 'Memeriksa berkas dan meminta kelengkapan yang kurang' },
      { actor: 'Warga', activity: 'Kembali beberapa hari kemudian untuk mengambil dokumen' },
    ],
    toBe: [
      { actor: 'Operator desa', activity: 'Mengunggah berkas pemohon', tool: 'Aplikasi web' },
      { actor: 'Petugas dinas', activity: 'Memverifikasi dan mencetak dokumen', tool: 'SIAK' },
      { actor: 'Warga', activity: 'Menerima dokumen di kantor desa atau dalam bentuk digital' },
    ],
    application: 'Berkas dari 277 desa dan kelurahan perlu dilacak statusnya dalam satu antrean.',
    deliverable: 'Layanan pengajuan dokumen kependudukan dari {n} kantor desa di {place}',
    responsible: 'Kepala Bidang Pelayanan Pendaftaran Penduduk',
    budget: [25, 250],
  },
  {
    element: 'public_service',
    names: ['SAPA Warga', 'LAPOR Cepat', 'Wadul Gancang'],
    subject: 'Penanganan Pengaduan Warga Terpadu',
    summary:
      'Pengaduan dari LAPOR!, media sosial dan surat masuk ke satu antrean dengan batas waktu tindak lanjut.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Pengaduan warga {place} masuk lewat LAPOR!, media sosial dan surat ke banyak perangkat daerah; {pct}% belum ditindaklanjuti setelah 14 hari dan pelapor tidak tahu statusnya.',
    affectedGroup: 'Warga yang menyampaikan pengaduan layanan publik',
    evidence: 'Rekap SP4N-LAPOR! {year}: {pct}% aduan melewati batas waktu tindak lanjut',
    source: 'complaint',
    need: 'Setiap pengaduan tercatat di satu tempat, diteruskan ke perangkat daerah yang tepat dan dijawab dalam lima hari kerja.',
    beneficiaries: 'Warga pelapor dan perangkat daerah penanggung jawab',
    beneficiaryCount: [2_000, 30_000],
    kpi: {
      name: 'Pengaduan ditindaklanjuti ≤ 5 hari kerja',
      unit: '%',
      baseline: [25, 50],
      target: [85, 95],
    },
    asIs: [
      { actor: 'Warga', activity: 'Mengadu lewat kanal yang berbeda-beda' },
      { actor: 'Admin kanal', activity: 'Meneruskan aduan secara manual lewat surat atau pesan' },
    ],
    toBe: [
      { actor: 'Warga', activity: 'Mengadu lewat kanal mana pun', tool: 'WhatsApp dan LAPOR!' },
      {
        actor: 'Admin pengaduan',
        activity: 'Mendisposisikan aduan dengan batas waktu',
        tool: 'Dasbor pengaduan',
      },
      { actor: 'Perangkat daerah', activity: 'Menjawab dan menutup aduan; warga menilai jawaban' },
    ],
    application: 'Batas waktu dan disposisi lintas perangkat daerah perlu dipantau otomatis.',
    deliverable:
      'Satu antrean pengaduan terpadu dengan dasbor tindak lanjut untuk {n} perangkat daerah',
    responsible: 'Kepala Bidang Informasi dan Komunikasi Publik',
    budget: [0, 150],
  },
  {
    element: 'public_service',
    names: ['SiDesa Melayani', 'Surat Desa Gancang', 'Desa Sapa'],
    subject: 'Layanan Surat Keterangan Desa Tanpa Antre',
    summary:
      'Surat keterangan desa dibuat dari templat, ditandatangani elektronik dan dikirim ke warga lewat pesan.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Surat keterangan di desa-desa {place} masih diketik manual dan menunggu tanda tangan kepala desa; warga menunggu rata-rata {days} hari untuk surat sederhana.',
    affectedGroup: 'Warga desa yang memerlukan surat keterangan',
    evidence:
      'Buku register surat {n} desa percontohan {year}; survei kepuasan layanan desa {pct}/100',
    source: 'survey',
    need: 'Surat keterangan desa selesai di hari yang sama dan dapat diterima tanpa datang kembali.',
    beneficiaries: 'Warga desa',
    beneficiaryCount: [3_000, 40_000],
    kpi: {
      name: 'Waktu layanan surat keterangan',
      unit: 'jam',
      baseline: [24, 96],
      target: [1, 4],
    },
    asIs: [
      { actor: 'Warga', activity: 'Meminta surat pengantar RT/RW lalu datang ke kantor desa' },
      { actor: 'Kaur desa', activity: 'Mengetik surat dan menunggu kepala desa menandatangani' },
    ],
    toBe: [
      { actor: 'Warga', activity: 'Mengajukan surat', tool: 'Formulir daring atau loket desa' },
      { actor: 'Kaur desa', activity: 'Membuat surat dari templat', tool: 'Aplikasi layanan desa' },
      { actor: 'Kepala desa', activity: 'Menandatangani secara elektronik', tool: 'TTE BSrE' },
    ],
    application: 'Templat surat, nomor register dan tanda tangan elektronik perlu satu aplikasi.',
    deliverable: 'Layanan surat keterangan elektronik di {n} desa percontohan di {place}',
    responsible: 'Kepala Bidang Pemerintahan Desa',
    budget: [10, 120],
  },
  // ── Smart Governance: bureaucracy ───────────────────────────────────────────────────────
  {
    element: 'bureaucracy',
    names: ['e-Surat', 'TNDE Gancang', 'Surat Tanpa Kertas'],
    subject: 'Tata Naskah Dinas Elektronik',
    summary:
      'Surat dinas dibuat, didisposisikan dan ditandatangani secara elektronik sehingga tidak ada lagi surat yang tertahan di meja.',
    digital: true,
    bentuk: 'governance',
    problem:
      'Surat masuk di {place} didisposisikan di atas kertas dan berpindah meja secara fisik; rata-rata {days} hari sampai surat ditindaklanjuti dan arsipnya sulit dicari.',
    affectedGroup: 'Pegawai yang mengelola surat dinas dan pimpinan',
    evidence:
      'Sampel {n}0 surat masuk {year}: rata-rata {days} hari dari terima sampai disposisi akhir',
    source: 'internal_review',
    need: 'Disposisi surat selesai dalam satu hari kerja dan setiap surat dapat dilacak.',
    beneficiaries: 'Pegawai dan pimpinan perangkat daerah',
    beneficiaryCount: [100, 3_000],
    kpi: { name: 'Waktu disposisi surat', unit: 'hari', baseline: [3, 10], target: [1, 1] },
    asIs: [
      { actor: 'Pengadministrasi umum', activity: 'Mencatat surat di buku agenda' },
      { actor: 'Pimpinan', activity: 'Menulis disposisi di lembar kertas' },
    ],
    toBe: [
      {
        actor: 'Pengadministrasi umum',
        activity: 'Memindai dan mengunggah surat',
        tool: 'e-Office',
      },
      { actor: 'Pimpinan', activity: 'Mendisposisikan dari ponsel', tool: 'e-Office' },
    ],
    application:
      'Disposisi berjenjang dan tanda tangan elektronik tidak bisa dijalankan di kertas.',
    deliverable: 'Surat dinas elektronik di {n} bidang, termasuk tanda tangan elektronik',
    responsible: 'Sekretaris',
    budget: [0, 80],
  },
  {
    element: 'bureaucracy',
    names: ['e-Kinerja Terpadu', 'SIKAP ASN', 'Presensi Gancang'],
    subject: 'Kinerja dan Presensi Pegawai Terintegrasi',
    summary:
      'Presensi, laporan kinerja harian dan tunjangan pegawai dihitung dari satu sumber data.',
    digital: true,
    bentuk: 'governance',
    problem:
      'Kinerja dan presensi pegawai {place} direkap manual setiap bulan; selisih data menyebabkan {pct}% perhitungan tunjangan harus dikoreksi.',
    affectedGroup: 'Aparatur sipil negara dan pengelola kepegawaian',
    evidence: 'Rekap koreksi tambahan penghasilan pegawai {year}',
    source: 'internal_review',
    need: 'Rekap kinerja dan presensi tersedia otomatis tepat waktu untuk perhitungan tunjangan.',
    beneficiaries: 'Aparatur sipil negara',
    beneficiaryCount: [200, 9_000],
    kpi: { name: 'Rekap kinerja tepat waktu', unit: '%', baseline: [40, 70], target: [95, 100] },
    asIs: [
      { actor: 'Pegawai', activity: 'Mengisi daftar hadir dan laporan kegiatan di kertas' },
      { actor: 'Pengelola kepegawaian', activity: 'Merekap ke lembar kerja setiap akhir bulan' },
    ],
    toBe: [
      { actor: 'Pegawai', activity: 'Presensi dan laporan harian', tool: 'Aplikasi ponsel' },
      {
        actor: 'Atasan langsung',
        activity: 'Menyetujui laporan harian',
        tool: 'Aplikasi e-Kinerja',
      },
      { actor: 'Pengelola kepegawaian', activity: 'Mengunduh rekap otomatis untuk tunjangan' },
    ],
    application: 'Presensi berbasis lokasi dan persetujuan berjenjang memerlukan aplikasi.',
    deliverable: 'Presensi dan laporan kinerja harian elektronik untuk pegawai {place}',
    responsible: 'Kepala Bidang Pengembangan Aparatur',
    budget: [20, 200],
  },
  {
    element: 'bureaucracy',
    names: ['Klinik SAKIP', 'SAKIP Juara', 'Rapor Kinerja'],
    subject: 'Pendampingan Akuntabilitas Kinerja',
    summary:
      'Pendampingan rutin agar rencana, pengukuran dan laporan kinerja saling terhubung dan dapat dipantau.',
    digital: false,
    bentuk: 'governance',
    problem:
      'Nilai evaluasi akuntabilitas kinerja di {place} tertahan karena indikator kinerja tidak selaras antara renstra, renja dan laporan; {pct}% indikator tidak dapat diukur.',
    affectedGroup: 'Perencana dan pimpinan perangkat daerah',
    evidence: 'Laporan hasil evaluasi SAKIP {year} oleh Inspektorat',
    source: 'internal_review',
    need: 'Indikator kinerja yang terukur dan selaras dari rencana sampai laporan, dipantau setiap triwulan.',
    beneficiaries: 'Perangkat daerah yang dievaluasi',
    beneficiaryCount: [10, 60],
    kpi: { name: 'Nilai evaluasi SAKIP', unit: 'poin', baseline: [55, 65], target: [70, 78] },
    asIs: [
      {
        actor: 'Perencana',
        activity: 'Menyusun laporan kinerja di akhir tahun dari data seadanya',
      },
      { actor: 'Inspektorat', activity: 'Mengevaluasi dan memberi catatan setahun sekali' },
    ],
    toBe: [
      {
        actor: 'Perencana',
        activity: 'Mengukur capaian indikator setiap triwulan',
        tool: 'Lembar kerja bersama',
      },
      { actor: 'Tim pendamping', activity: 'Memberi klinik konsultasi bulanan' },
    ],
    deliverable: 'Klinik konsultasi akuntabilitas kinerja bulanan untuk {n} perangkat daerah',
    responsible: 'Kepala Bagian Organisasi',
    budget: [0, 40],
  },
  // ── Smart Governance: public policy ─────────────────────────────────────────────────────
  {
    element: 'public_policy',
    names: ['Satu Data Sumedang', 'Data Gancang', 'Dasbor Pembangunan'],
    subject: 'Portal Data Sektoral untuk Kebijakan',
    summary:
      'Data sektoral perangkat daerah diterbitkan di satu portal dan dasbor agar kebijakan berbasis data.',
    digital: true,
    bentuk: 'governance',
    problem:
      'Data sektoral tersebar di lembar kerja masing-masing bidang; saat menyusun kebijakan di {place}, data yang sama berbeda angkanya dan {pct}% permintaan data dijawab lebih dari seminggu.',
    affectedGroup: 'Perencana, pimpinan daerah dan masyarakat pengguna data',
    evidence: 'Inventarisasi data {year}: {n}0 dataset tanpa metadata dan tanpa wali data',
    source: 'rpjmd_issue',
    need: 'Setiap dataset prioritas punya wali data, metadata dan terbit di portal yang sama.',
    beneficiaries: 'Pengguna data pemerintah dan publik',
    beneficiaryCount: [500, 20_000],
    kpi: {
      name: 'Dataset prioritas terbit di portal',
      unit: 'dataset',
      baseline: [10, 40],
      target: [120, 200],
    },
    asIs: [
      { actor: 'Bidang teknis', activity: 'Menyimpan data di lembar kerja masing-masing' },
      { actor: 'Perencana', activity: 'Meminta data lewat surat dan menunggu jawaban' },
    ],
    toBe: [
      {
        actor: 'Wali data',
        activity: 'Memperbarui dataset sesuai jadwal',
        tool: 'Portal Satu Data',
      },
      { actor: 'Pimpinan', activity: 'Membaca indikator utama', tool: 'Dasbor' },
    ],
    application: 'Portal dan dasbor data perlu aplikasi dengan hak akses wali data.',
    deliverable: 'Portal data dengan {n}0 dataset prioritas dan dasbor pimpinan',
    responsible: 'Kepala Bidang Statistik',
    budget: [30, 300],
  },
  {
    element: 'public_policy',
    names: ['e-Musrenbang', 'Usulan Gancang', 'Musrenbang Terbuka'],
    subject: 'Pelacakan Usulan Musrenbang',
    summary:
      'Usulan musrenbang desa dicatat daring sehingga warga dapat melihat usulan mana yang masuk anggaran.',
    digital: true,
    bentuk: 'governance',
    problem:
      'Usulan musrenbang desa di {place} dicatat di kertas dan diketik ulang di kecamatan; {pct}% usulan tidak dapat dilacak sampai penetapan anggaran.',
    affectedGroup: 'Pemerintah desa, kecamatan dan warga pengusul',
    evidence: 'Rekap musrenbang kecamatan {year}; keluhan forum warga',
    source: 'rpjmd_issue',
    need: 'Setiap usulan tercatat sekali dan statusnya terbuka sampai penetapan APBD.',
    beneficiaries: 'Desa dan warga pengusul',
    beneficiaryCount: [1_000, 15_000],
    kpi: {
      name: 'Usulan musrenbang terlacak statusnya',
      unit: '%',
      baseline: [20, 45],
      target: [90, 100],
    },
    asIs: [
      { actor: 'Pemerintah desa', activity: 'Menulis usulan di formulir kertas' },
      { actor: 'Kecamatan', activity: 'Mengetik ulang usulan dan meneruskannya' },
    ],
    toBe: [
      {
        actor: 'Pemerintah desa',
        activity: 'Memasukkan usulan sekali',
        tool: 'Aplikasi musrenbang',
      },
      { actor: 'Warga', activity: 'Melihat status usulan', tool: 'Portal publik' },
    ],
    application: 'Status usulan harus tersambung dari desa sampai penetapan anggaran.',
    deliverable: 'Pencatatan usulan musrenbang daring di {n} kecamatan percontohan',
    responsible: 'Kepala Bidang Perencanaan dan Pendanaan',
    budget: [10, 150],
  },
  {
    element: 'public_policy',
    names: ['Jaring Aspirasi Regulasi', 'Sawala Kebijakan', 'Ngawangkong Perbup'],
    subject: 'Konsultasi Publik Rancangan Kebijakan',
    summary:
      'Rancangan peraturan bupati dibuka untuk masukan warga dan pemangku kepentingan sebelum ditetapkan.',
    digital: false,
    bentuk: 'governance',
    problem:
      'Rancangan kebijakan daerah jarang dikonsultasikan ke warga {place}; {pct}% peraturan bupati direvisi dalam dua tahun karena sulit dijalankan.',
    affectedGroup: 'Warga dan pemangku kepentingan yang terdampak kebijakan',
    evidence: 'Daftar revisi peraturan bupati {year}; catatan rapat harmonisasi',
    source: 'internal_review',
    need: 'Rancangan kebijakan yang berdampak luas melalui konsultasi publik yang terdokumentasi.',
    beneficiaries: 'Warga dan pemangku kepentingan',
    beneficiaryCount: [500, 10_000],
    kpi: {
      name: 'Rancangan regulasi melalui konsultasi publik',
      unit: '%',
      baseline: [5, 20],
      target: [60, 80],
    },
    asIs: [
      { actor: 'Perangkat daerah pemrakarsa', activity: 'Menyusun rancangan secara internal' },
      { actor: 'Bagian hukum', activity: 'Mengharmonisasi dan menetapkan' },
    ],
    toBe: [
      {
        actor: 'Perangkat daerah pemrakarsa',
        activity: 'Mengumumkan rancangan dan jadwal sawala',
        tool: 'Situs web',
      },
      { actor: 'Warga', activity: 'Memberi masukan tertulis atau hadir di sawala' },
      { actor: 'Bagian hukum', activity: 'Mendokumentasikan tanggapan atas masukan' },
    ],
    deliverable: 'Konsultasi publik untuk {n} rancangan peraturan bupati',
    responsible: 'Kepala Bagian Hukum',
    budget: [0, 30],
  },
  // ── Smart Branding: tourism ────────────────────────────────────────────────────────────
  {
    element: 'tourism',
    names: ['Ulin ka Sumedang', 'Desa Wisata Digital', 'Jelajah Jatigede'],
    subject: 'Promosi dan Reservasi Desa Wisata',
    summary:
      'Paket desa wisata dipromosikan dan dipesan daring, dengan pemandu dan homestay warga.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Kunjungan ke desa wisata di {place} rendah karena informasi paket, harga dan kontak tidak tersedia daring; okupansi homestay hanya {pct}%.',
    affectedGroup: 'Pengelola desa wisata, pemilik homestay dan wisatawan',
    evidence: 'Data kunjungan pokdarwis {year}; survei wisatawan di destinasi utama',
    source: 'survey',
    need: 'Wisatawan dapat menemukan dan memesan paket desa wisata secara daring.',
    beneficiaries: 'Pokdarwis dan pelaku wisata desa',
    beneficiaryCount: [200, 5_000],
    kpi: {
      name: 'Kunjungan wisatawan ke desa wisata',
      unit: 'orang/bulan',
      baseline: [300, 1_500],
      target: [2_000, 6_000],
    },
    asIs: [
      { actor: 'Wisatawan', activity: 'Mencari informasi dari mulut ke mulut' },
      { actor: 'Pokdarwis', activity: 'Menerima pesanan lewat telepon pribadi' },
    ],
    toBe: [
      { actor: 'Pokdarwis', activity: 'Menayangkan paket dan jadwal', tool: 'Portal wisata' },
      { actor: 'Wisatawan', activity: 'Memesan dan membayar paket', tool: 'QRIS' },
    ],
    application: 'Jadwal, kuota dan pembayaran paket dari banyak desa perlu satu portal.',
    deliverable: 'Katalog dan reservasi daring {n} desa wisata di {place}',
    responsible: 'Kepala Bidang Destinasi Pariwisata',
    budget: [15, 200],
  },
  {
    element: 'tourism',
    names: ['e-Tiket Wisata', 'Karcis Digital', 'Tiket Gancang'],
    subject: 'Tiket Nontunai di Destinasi Wisata',
    summary:
      'Tiket masuk destinasi dibayar nontunai sehingga jumlah pengunjung dan retribusi tercatat akurat.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Tiket destinasi wisata di {place} dijual tunai dengan karcis kertas; jumlah pengunjung tidak akurat dan diperkirakan {pct}% retribusi tidak tercatat.',
    affectedGroup: 'Pengelola destinasi dan pemerintah daerah',
    evidence: 'Perbandingan hitungan pengunjung manual dan karcis terjual {year}',
    source: 'internal_review',
    need: 'Setiap tiket tercatat elektronik dan retribusi masuk langsung ke kas daerah.',
    beneficiaries: 'Pengelola destinasi dan wisatawan',
    beneficiaryCount: [5_000, 80_000],
    kpi: {
      name: 'Retribusi wisata tercatat nontunai',
      unit: '%',
      baseline: [0, 15],
      target: [70, 95],
    },
    asIs: [
      { actor: 'Petugas loket', activity: 'Menjual karcis kertas dan menyetor tunai' },
      { actor: 'Bendahara penerimaan', activity: 'Merekap setoran mingguan' },
    ],
    toBe: [
      { actor: 'Wisatawan', activity: 'Membayar tiket', tool: 'QRIS atau kartu' },
      {
        actor: 'Bendahara penerimaan',
        activity: 'Memantau penerimaan harian',
        tool: 'Dasbor bank',
      },
    ],
    deliverable: 'Tiket elektronik di {n} destinasi wisata di {place}',
    responsible: 'Kepala UPTD Pengelolaan Kawasan Wisata',
    budget: [20, 180],
  },
  {
    element: 'tourism',
    names: ['Sumedang Nyaba', 'Gelar Budaya Kasumedangan', 'Ngamumule Budaya'],
    subject: 'Kalender Acara Seni dan Budaya',
    summary:
      'Agenda seni dan budaya (kuda renggong, tarawangsa, kirab budaya) dipublikasikan dan dikemas sebagai atraksi.',
    digital: false,
    bentuk: 'other',
    problem:
      'Acara seni dan budaya di {place} tidak terjadwal dan tidak dipublikasikan; wisatawan datang di luar jadwal dan sanggar kehilangan penonton.',
    affectedGroup: 'Sanggar seni, pelaku budaya dan wisatawan',
    evidence:
      'Pendataan sanggar {year}: {n}0 sanggar aktif, {pct}% tampil kurang dari empat kali setahun',
    source: 'survey',
    need: 'Kalender acara budaya tahunan yang diketahui wisatawan dan biro perjalanan.',
    beneficiaries: 'Sanggar seni dan pelaku budaya',
    beneficiaryCount: [100, 2_000],
    kpi: {
      name: 'Penonton acara budaya',
      unit: 'orang/tahun',
      baseline: [2_000, 8_000],
      target: [15_000, 40_000],
    },
    asIs: [
      { actor: 'Sanggar', activity: 'Tampil ketika ada undangan hajatan' },
      { actor: 'Dinas', activity: 'Menggelar acara secara insidental' },
    ],
    toBe: [
      { actor: 'Dinas dan sanggar', activity: 'Menyusun kalender acara tahunan bersama' },
      { actor: 'Dinas', activity: 'Mempublikasikan kalender', tool: 'Media sosial dan situs web' },
    ],
    deliverable: 'Kalender budaya tahunan dengan {n} acara unggulan',
    responsible: 'Kepala Bidang Kebudayaan',
    budget: [10, 150],
  },
  // ── Smart Branding: business ───────────────────────────────────────────────────────────
  {
    element: 'business',
    names: ['Tahu Sumedang Online', 'Pasar UMKM Digital', 'Warung Gancang'],
    subject: 'Katalog Daring Produk UMKM',
    summary:
      'Produk UMKM (tahu, ubi Cilembu, kerajinan) masuk katalog daring dan lokapasar dengan pendampingan foto dan kemasan.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Sebagian besar UMKM di {place} hanya menjual kepada pembeli langsung; {pct}% belum pernah berjualan daring sehingga omzet turun saat kunjungan sepi.',
    affectedGroup: 'Pelaku usaha mikro dan kecil',
    evidence: 'Pendataan UMKM {year}: {n}00 usaha, {pct}% tanpa kanal penjualan daring',
    source: 'survey',
    need: 'UMKM punya etalase daring, foto produk layak dan dapat menerima pembayaran nontunai.',
    beneficiaries: 'Pelaku UMKM',
    beneficiaryCount: [200, 8_000],
    kpi: {
      name: 'UMKM berjualan daring',
      unit: 'unit usaha',
      baseline: [50, 300],
      target: [500, 2_000],
    },
    asIs: [{ actor: 'Pelaku UMKM', activity: 'Menjual di kios atau titip di toko oleh-oleh' }],
    toBe: [
      {
        actor: 'Pendamping UMKM',
        activity: 'Memotret produk dan membuka etalase',
        tool: 'Lokapasar',
      },
      { actor: 'Pelaku UMKM', activity: 'Menerima pesanan dan pembayaran', tool: 'QRIS' },
    ],
    deliverable: 'Pendampingan {n}0 UMKM masuk katalog daring dan QRIS',
    responsible: 'Kepala Bidang Usaha Mikro',
    budget: [10, 120],
  },
  {
    element: 'business',
    names: ['NIB Keliling', 'Izin Usaha Gancang', 'Jemput Bola Perizinan'],
    subject: 'Pendampingan Perizinan Usaha Mikro',
    summary:
      'Petugas mendatangi pasar dan desa untuk menerbitkan NIB usaha mikro langsung di tempat.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Pelaku usaha mikro di {place} belum memiliki NIB karena tidak paham OSS dan jauh dari mal pelayanan publik; {pct}% usaha tidak bisa mengakses KUR.',
    affectedGroup: 'Pelaku usaha mikro tanpa izin',
    evidence: 'Data OSS {year} dibandingkan pendataan UMKM kecamatan',
    source: 'rpjmd_issue',
    need: 'Usaha mikro memperoleh NIB di lokasi usaha tanpa biaya dan tanpa perantara.',
    beneficiaries: 'Pelaku usaha mikro',
    beneficiaryCount: [300, 10_000],
    kpi: {
      name: 'Usaha mikro memiliki NIB',
      unit: 'unit usaha',
      baseline: [100, 600],
      target: [1_500, 5_000],
    },
    asIs: [
      { actor: 'Pelaku usaha', activity: 'Datang ke mal pelayanan publik dan mengantre' },
      { actor: 'Petugas perizinan', activity: 'Membantu mengisi OSS satu per satu' },
    ],
    toBe: [
      {
        actor: 'Petugas perizinan',
        activity: 'Membuka loket keliling terjadwal di pasar dan desa',
      },
      { actor: 'Pelaku usaha', activity: 'Menerima NIB di tempat', tool: 'OSS RBA' },
    ],
    deliverable: 'Loket perizinan keliling di {n} pasar dan desa di {place}',
    responsible: 'Kepala Bidang Pelayanan Perizinan',
    budget: [5, 60],
  },
  {
    element: 'business',
    names: ['Sumedang Invest', 'Gerbang Investasi', 'Peta Peluang Investasi'],
    subject: 'Profil Proyek Investasi Siap Tawar',
    summary:
      'Peluang investasi di koridor tol Cisumdawu dan kawasan Jatigede dipetakan dan dipromosikan dengan data siap pakai.',
    digital: true,
    bentuk: 'other',
    problem:
      'Calon investor yang melirik {place} tidak menemukan data lahan, tata ruang dan insentif di satu tempat; {pct}% minat investasi berhenti di tahap penjajakan.',
    affectedGroup: 'Calon investor dan perangkat daerah pelayan investasi',
    evidence: 'Catatan temu investor {year}; daftar minat investasi yang tidak berlanjut',
    source: 'rpjmd_issue',
    need: 'Profil proyek investasi siap tawar dengan data lahan, tata ruang dan insentif.',
    beneficiaries: 'Calon investor',
    beneficiaryCount: [20, 500],
    kpi: { name: 'Proyek investasi siap tawar', unit: 'proyek', baseline: [0, 3], target: [8, 15] },
    asIs: [{ actor: 'Calon investor', activity: 'Meminta data ke beberapa perangkat daerah' }],
    toBe: [
      { actor: 'Tim investasi', activity: 'Menyusun profil proyek', tool: 'Peta daring' },
      { actor: 'Calon investor', activity: 'Menjelajah profil dan membuat janji temu' },
    ],
    application: 'Profil proyek perlu peta interaktif yang tersambung dengan data tata ruang.',
    deliverable: 'Peta daring dengan {n} profil proyek investasi siap tawar',
    responsible: 'Kepala Bidang Promosi Penanaman Modal',
    budget: [20, 250],
  },
  // ── Smart Branding: city appearance ────────────────────────────────────────────────────
  {
    element: 'city_appearance',
    names: ['Sumedang Tertata', 'Gerakan Trotoar Bersih', 'Trotoar Nyaman'],
    subject: 'Penataan Pedagang Kaki Lima dan Trotoar',
    summary:
      'Pedagang kaki lima dipindahkan ke zona berjadwal sehingga trotoar kembali untuk pejalan kaki.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Trotoar di pusat {place} dipenuhi lapak dan parkir liar; pejalan kaki turun ke badan jalan dan terjadi kemacetan pada jam sibuk.',
    affectedGroup: 'Pejalan kaki, pedagang kaki lima dan pengguna jalan',
    evidence: 'Pendataan lapak {year}: {n}0 lapak di {n} ruas jalan utama',
    source: 'complaint',
    need: 'Zona berdagang yang tertata dan trotoar yang bebas hambatan.',
    beneficiaries: 'Pejalan kaki dan pedagang kaki lima',
    beneficiaryCount: [1_000, 25_000],
    kpi: {
      name: 'Ruas jalan dengan trotoar bebas lapak',
      unit: 'ruas',
      baseline: [0, 3],
      target: [6, 12],
    },
    asIs: [
      { actor: 'Pedagang', activity: 'Berdagang di trotoar tanpa aturan waktu' },
      { actor: 'Satpol PP', activity: 'Menertibkan sesekali tanpa relokasi' },
    ],
    toBe: [
      { actor: 'Dinas', activity: 'Menetapkan zona dan jam berdagang bersama paguyuban' },
      { actor: 'Pedagang', activity: 'Berdagang di zona dengan kartu identitas pedagang' },
    ],
    deliverable: 'Zona PKL berjadwal di {n} ruas jalan di {place}',
    responsible: 'Kepala Bidang Perdagangan',
    budget: [20, 300],
  },
  {
    element: 'city_appearance',
    names: ['PJU Lapor', 'Caang Jalan', 'Lampu Jalan Gancang'],
    subject: 'Pelaporan dan Perbaikan Lampu Jalan',
    summary:
      'Warga melaporkan lampu jalan padam dengan foto dan lokasi; regu perbaikan dijadwalkan dari satu daftar.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Lampu penerangan jalan yang padam di {place} baru diperbaiki rata-rata {days} hari setelah dilaporkan karena laporan tidak tercatat dan lokasinya tidak jelas.',
    affectedGroup: 'Pengguna jalan pada malam hari',
    evidence: 'Buku laporan gangguan PJU {year}; aduan LAPOR! tentang jalan gelap',
    source: 'complaint',
    need: 'Setiap lampu padam tercatat dengan lokasinya dan diperbaiki dalam tiga hari.',
    beneficiaries: 'Pengguna jalan',
    beneficiaryCount: [10_000, 200_000],
    kpi: { name: 'Waktu perbaikan lampu jalan', unit: 'hari', baseline: [7, 21], target: [2, 3] },
    asIs: [
      { actor: 'Warga', activity: 'Melapor lewat telepon atau ke kantor desa' },
      { actor: 'Regu teknis', activity: 'Mencari lokasi lampu padam di lapangan' },
    ],
    toBe: [
      { actor: 'Warga', activity: 'Mengirim foto dan titik lokasi', tool: 'WhatsApp' },
      {
        actor: 'Regu teknis',
        activity: 'Menerima daftar perbaikan harian',
        tool: 'Dasbor gangguan',
      },
    ],
    deliverable: 'Kanal pelaporan dan daftar perbaikan lampu jalan untuk {place}',
    responsible: 'Kepala UPTD Penerangan Jalan Umum',
    budget: [5, 90],
  },
  {
    element: 'city_appearance',
    names: ['Kampung Tematik', 'Kampung Berseri', 'Gerakan Kampung Resik'],
    subject: 'Penataan Kampung Padat Bersama Warga',
    summary:
      'Kampung padat ditata bersama warga dengan tema lokal, jalan lingkungan dan ruang terbuka kecil.',
    digital: false,
    bentuk: 'other',
    problem:
      'Beberapa kampung di {place} kumuh: drainase tersumbat, jalan lingkungan rusak dan tanpa ruang terbuka; {pct}% rumah tanpa akses sanitasi layak.',
    affectedGroup: 'Warga kampung padat penduduk',
    evidence: 'SK kawasan kumuh {year}; pendataan sanitasi puskesmas',
    source: 'rpjmd_issue',
    need: 'Kawasan kumuh berkurang dengan penataan yang dirawat warga sendiri.',
    beneficiaries: 'Warga kampung sasaran',
    beneficiaryCount: [300, 6_000],
    kpi: { name: 'Luas kawasan kumuh', unit: 'hektare', baseline: [20, 80], target: [5, 15] },
    asIs: [{ actor: 'Dinas', activity: 'Membangun fisik tanpa melibatkan warga' }],
    toBe: [
      { actor: 'Warga dan dinas', activity: 'Merencanakan penataan dalam rembuk kampung' },
      {
        actor: 'Kelompok warga',
        activity: 'Merawat fasilitas dengan iuran dan jadwal kerja bakti',
      },
    ],
    deliverable: 'Penataan {n} kampung tematik di {place}',
    responsible: 'Kepala Bidang Kawasan Permukiman',
    budget: [100, 1_500],
  },
  // ── Smart Economy: industry ────────────────────────────────────────────────────────────
  {
    element: 'industry',
    names: ['Sentra Tahu Bersih', 'IKM Naik Kelas', 'Tahu Juara'],
    subject: 'Pendampingan Sertifikasi IKM Pangan',
    summary:
      'Industri kecil pangan (tahu, opak, ubi olahan) didampingi memperoleh sertifikat halal, PIRT dan kemasan layak jual.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Industri kecil pangan di {place} sulit masuk toko modern karena belum bersertifikat halal dan PIRT; {pct}% produk dijual tanpa label.',
    affectedGroup: 'Pelaku industri kecil dan menengah pangan',
    evidence: 'Pendataan IKM {year}: {n}00 unit usaha, sebagian kecil bersertifikat',
    source: 'survey',
    need: 'IKM pangan memenuhi standar keamanan pangan dan label agar dapat masuk pasar lebih luas.',
    beneficiaries: 'IKM pangan',
    beneficiaryCount: [100, 3_000],
    kpi: {
      name: 'IKM bersertifikat halal dan PIRT',
      unit: 'unit usaha',
      baseline: [20, 120],
      target: [300, 900],
    },
    asIs: [
      {
        actor: 'Pelaku IKM',
        activity: 'Mengurus sertifikat sendiri dan sering berhenti di tengah jalan',
      },
    ],
    toBe: [
      { actor: 'Pendamping', activity: 'Mendampingi pengisian dan audit sertifikasi' },
      { actor: 'Pelaku IKM', activity: 'Memperbaiki dapur produksi dan label' },
    ],
    deliverable: 'Pendampingan sertifikasi untuk {n}0 IKM pangan di {place}',
    responsible: 'Kepala Bidang Perindustrian',
    budget: [20, 250],
  },
  {
    element: 'industry',
    names: ['Pupuk Tepat', 'Tani Gancang', 'e-Tani Sumedang'],
    subject: 'Pemantauan Penyaluran Pupuk Bersubsidi',
    summary:
      'Kebutuhan dan penyaluran pupuk bersubsidi dipantau per kelompok tani agar tiba sebelum musim tanam.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Petani di {place} sering menerima pupuk bersubsidi setelah musim tanam dimulai; {pct}% kelompok tani melapor kekurangan saat tanam.',
    affectedGroup: 'Petani dan kelompok tani',
    evidence: 'Rekap e-RDKK dan laporan kios pupuk {year}',
    source: 'complaint',
    need: 'Pupuk bersubsidi tersedia di kios sebelum musim tanam sesuai kebutuhan kelompok.',
    beneficiaries: 'Petani anggota kelompok tani',
    beneficiaryCount: [2_000, 50_000],
    kpi: { name: 'Penyaluran pupuk tepat waktu', unit: '%', baseline: [40, 65], target: [85, 95] },
    asIs: [
      { actor: 'Penyuluh', activity: 'Merekap kebutuhan kelompok tani di kertas' },
      { actor: 'Kios pupuk', activity: 'Melapor stok tidak terjadwal' },
    ],
    toBe: [
      { actor: 'Penyuluh', activity: 'Memantau stok kios dan jadwal tanam', tool: 'Dasbor pupuk' },
      {
        actor: 'Kelompok tani',
        activity: 'Menerima pemberitahuan pupuk tersedia',
        tool: 'WhatsApp',
      },
    ],
    application: 'Stok kios dan kebutuhan kelompok perlu dicocokkan setiap minggu.',
    deliverable: 'Dasbor penyaluran pupuk untuk {n}0 kelompok tani di {place}',
    responsible: 'Kepala Bidang Prasarana dan Sarana Pertanian',
    budget: [10, 150],
  },
  {
    element: 'industry',
    names: ['Ternak Sehat', 'Mina Juara', 'Dokter Hewan Datang'],
    subject: 'Layanan Kesehatan Hewan dan Ikan Keliling',
    summary:
      'Petugas kesehatan hewan dan ikan datang terjadwal ke sentra peternakan dan kolam warga.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Peternak dan pembudidaya ikan di {place} jauh dari puskeswan; penyakit ternak terlambat ditangani dan kematian ternak mencapai {pct}% pada wabah terakhir.',
    affectedGroup: 'Peternak dan pembudidaya ikan',
    evidence: 'Laporan kasus penyakit hewan {year}; data kematian ternak',
    source: 'rpjmd_issue',
    need: 'Layanan kesehatan hewan terjadwal dan cepat tanggap di sentra peternakan.',
    beneficiaries: 'Peternak dan pembudidaya ikan',
    beneficiaryCount: [300, 8_000],
    kpi: {
      name: 'Ternak divaksin',
      unit: 'ekor',
      baseline: [1_000, 5_000],
      target: [10_000, 25_000],
    },
    asIs: [{ actor: 'Peternak', activity: 'Membawa ternak ke puskeswan atau menunggu petugas' }],
    toBe: [
      { actor: 'Petugas keswan', activity: 'Mengunjungi sentra sesuai jadwal bulanan' },
      { actor: 'Peternak', activity: 'Melapor gejala penyakit', tool: 'WhatsApp' },
    ],
    deliverable: 'Layanan keswan keliling di {n} sentra peternakan di {place}',
    responsible: 'Kepala Bidang Kesehatan Hewan',
    budget: [15, 200],
  },
  // ── Smart Economy: welfare ─────────────────────────────────────────────────────────────
  {
    element: 'welfare',
    names: ['DTKS Mutakhir', 'Bansos Tepat', 'Data Raksa'],
    subject: 'Pemutakhiran Data Kesejahteraan Sosial',
    summary:
      'Operator desa memutakhirkan data keluarga miskin setiap bulan sehingga bantuan sosial lebih tepat sasaran.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Data keluarga penerima bantuan sosial di {place} tidak mutakhir; {pct}% usulan penerima baru tertahan dan aduan salah sasaran terus masuk.',
    affectedGroup: 'Keluarga miskin dan rentan',
    evidence: 'Hasil verifikasi lapangan DTKS {year}; aduan salah sasaran',
    source: 'complaint',
    need: 'Data kesejahteraan sosial yang dimutakhirkan setiap bulan dari desa.',
    beneficiaries: 'Keluarga miskin dan rentan',
    beneficiaryCount: [5_000, 90_000],
    kpi: { name: 'Data DTKS termutakhirkan', unit: '%', baseline: [30, 60], target: [85, 95] },
    asIs: [
      { actor: 'Operator desa', activity: 'Mengumpulkan usulan dalam lembar kerja' },
      { actor: 'Dinas', activity: 'Mengunggah usulan sekali setahun' },
    ],
    toBe: [
      { actor: 'Operator desa', activity: 'Memutakhirkan data bulanan', tool: 'SIKS-NG' },
      { actor: 'Pendamping sosial', activity: 'Memverifikasi ke lapangan dengan foto dan lokasi' },
    ],
    deliverable: 'Pemutakhiran data bulanan di {n}0 desa di {place}',
    responsible: 'Kepala Bidang Perlindungan dan Jaminan Sosial',
    budget: [10, 150],
  },
  {
    element: 'welfare',
    names: ['Sumedang Digawe', 'Loker Gancang', 'Kerja Dekat'],
    subject: 'Bursa Kerja dan Pelatihan Daring',
    summary:
      'Lowongan perusahaan di kawasan industri dan pelatihan kerja dipertemukan dengan pencari kerja lokal.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Pencari kerja di {place} tidak tahu lowongan di kawasan industri terdekat; {pct}% lowongan diisi pekerja dari luar daerah.',
    affectedGroup: 'Pencari kerja muda',
    evidence: 'Data kartu kuning (AK/1) dan wajib lapor lowongan {year}',
    source: 'rpjmd_issue',
    need: 'Pencari kerja lokal mendapat informasi lowongan dan pelatihan yang sesuai.',
    beneficiaries: 'Pencari kerja',
    beneficiaryCount: [1_000, 30_000],
    kpi: {
      name: 'Pencari kerja ditempatkan',
      unit: 'orang/tahun',
      baseline: [200, 800],
      target: [1_500, 4_000],
    },
    asIs: [
      { actor: 'Pencari kerja', activity: 'Mencari informasi dari papan pengumuman dan kenalan' },
    ],
    toBe: [
      { actor: 'Perusahaan', activity: 'Menayangkan lowongan', tool: 'Portal bursa kerja' },
      {
        actor: 'Pencari kerja',
        activity: 'Melamar dan mendaftar pelatihan',
        tool: 'Portal bursa kerja',
      },
    ],
    application: 'Pencocokan lowongan dan profil pencari kerja perlu aplikasi.',
    deliverable: 'Portal bursa kerja dengan {n} perusahaan mitra',
    responsible: 'Kepala Bidang Penempatan Tenaga Kerja',
    budget: [20, 200],
  },
  {
    element: 'welfare',
    names: ['BUMDes Juara', 'Desa Mandiri Ekonomi', 'Lumbung Desa'],
    subject: 'Penguatan BUMDes',
    summary:
      'BUMDes didampingi menyusun rencana usaha, pembukuan sederhana dan kemitraan pemasaran.',
    digital: false,
    bentuk: 'other',
    problem:
      'Banyak BUMDes di {place} tidak aktif atau merugi karena tidak punya rencana usaha dan pembukuan; {pct}% penyertaan modal desa tidak kembali.',
    affectedGroup: 'Pengurus BUMDes dan pemerintah desa',
    evidence: 'Pemeringkatan BUMDes {year}',
    source: 'internal_review',
    need: 'BUMDes dengan rencana usaha, pembukuan tertib dan mitra pemasaran.',
    beneficiaries: 'BUMDes dan warga desa',
    beneficiaryCount: [20, 270],
    kpi: { name: 'BUMDes aktif dan untung', unit: 'BUMDes', baseline: [10, 40], target: [80, 150] },
    asIs: [{ actor: 'Pengurus BUMDes', activity: 'Menjalankan usaha tanpa rencana dan pembukuan' }],
    toBe: [
      { actor: 'Pendamping desa', activity: 'Mendampingi rencana usaha dan pembukuan bulanan' },
      {
        actor: 'Pengurus BUMDes',
        activity: 'Melaporkan kinerja usaha',
        tool: 'Aplikasi pembukuan',
      },
    ],
    deliverable: 'Pendampingan {n}0 BUMDes dengan rencana usaha dan pembukuan',
    responsible: 'Kepala Bidang Usaha Ekonomi Desa',
    budget: [10, 150],
  },
  // ── Smart Economy: financial transaction ───────────────────────────────────────────────
  {
    element: 'financial_transaction',
    names: ['PBB Gancang', 'Bayar Pajak QRIS', 'PBB Online'],
    subject: 'Pembayaran PBB-P2 Nontunai',
    summary:
      'PBB-P2 dibayar lewat QRIS, minimarket dan bank; kolektor desa memantau tunggakan dari daftar digital.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Wajib pajak PBB-P2 di {place} harus membayar lewat kolektor atau ke bank di kota; realisasi PBB tertahan di {pct}% dan setoran kolektor rawan terlambat.',
    affectedGroup: 'Wajib pajak PBB-P2 dan kolektor desa',
    evidence: 'Realisasi PBB-P2 per desa {year}',
    source: 'rpjmd_issue',
    need: 'Wajib pajak dapat membayar PBB-P2 kapan saja secara nontunai dan status tunggakan terlihat.',
    beneficiaries: 'Wajib pajak PBB-P2',
    beneficiaryCount: [10_000, 300_000],
    kpi: { name: 'Realisasi PBB-P2', unit: '%', baseline: [55, 75], target: [85, 95] },
    asIs: [{ actor: 'Kolektor desa', activity: 'Menagih dari rumah ke rumah dan menyetor tunai' }],
    toBe: [
      { actor: 'Wajib pajak', activity: 'Membayar', tool: 'QRIS, minimarket, bank' },
      {
        actor: 'Kolektor desa',
        activity: 'Menagih berdasarkan daftar tunggakan',
        tool: 'Dasbor PBB',
      },
    ],
    deliverable: 'Pembayaran PBB-P2 nontunai dan daftar tunggakan digital untuk {place}',
    responsible: 'Kepala Bidang Pajak Bumi dan Bangunan',
    budget: [10, 200],
  },
  {
    element: 'financial_transaction',
    names: ['Desa Nontunai', 'CMS Desa', 'Transaksi Desa Gancang'],
    subject: 'Transaksi Nontunai Pemerintah Desa',
    summary:
      'Belanja desa dibayar lewat cash management system bank sehingga setiap transaksi tercatat.',
    digital: true,
    bentuk: 'governance',
    problem:
      'Sebagian besar belanja desa di {place} masih dibayar tunai; temuan pemeriksaan atas kas desa berulang dan {pct}% SPJ terlambat.',
    affectedGroup: 'Bendahara dan kepala desa',
    evidence: 'Laporan hasil pemeriksaan Inspektorat {year}',
    source: 'internal_review',
    need: 'Belanja desa dibayar nontunai dan tercatat otomatis untuk pertanggungjawaban.',
    beneficiaries: 'Pemerintah desa',
    beneficiaryCount: [20, 270],
    kpi: {
      name: 'Transaksi belanja desa nontunai',
      unit: '%',
      baseline: [5, 30],
      target: [80, 95],
    },
    asIs: [{ actor: 'Bendahara desa', activity: 'Menarik tunai dari bank dan membayar rekanan' }],
    toBe: [
      { actor: 'Bendahara desa', activity: 'Membayar rekanan', tool: 'CMS bank' },
      { actor: 'Kepala desa', activity: 'Menyetujui pembayaran', tool: 'CMS bank' },
    ],
    deliverable: 'Transaksi nontunai di {n}0 desa di {place}',
    responsible: 'Kepala Bidang Keuangan Desa',
    budget: [0, 60],
  },
  {
    element: 'financial_transaction',
    names: ['e-Retribusi', 'Pasar Nontunai', 'Retribusi Pasar Digital'],
    subject: 'Pembayaran Retribusi Pasar lewat QRIS',
    summary:
      'Pedagang pasar membayar retribusi harian lewat QRIS sehingga penerimaan tercatat per lapak.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Retribusi pasar di {place} dipungut tunai dengan karcis; penerimaan tidak sesuai jumlah lapak dan diperkirakan {pct}% tidak tercatat.',
    affectedGroup: 'Pedagang pasar dan pengelola pasar',
    evidence: 'Perbandingan jumlah lapak dan setoran retribusi {year}',
    source: 'internal_review',
    need: 'Retribusi pasar dibayar nontunai dan tercatat per lapak.',
    beneficiaries: 'Pedagang pasar',
    beneficiaryCount: [300, 5_000],
    kpi: {
      name: 'Pedagang membayar retribusi nontunai',
      unit: '%',
      baseline: [0, 10],
      target: [60, 90],
    },
    asIs: [{ actor: 'Petugas pasar', activity: 'Memungut tunai dan memberi karcis' }],
    toBe: [
      { actor: 'Pedagang', activity: 'Memindai kode lapak dan membayar', tool: 'QRIS' },
      { actor: 'Pengelola pasar', activity: 'Memantau penerimaan per lapak', tool: 'Dasbor' },
    ],
    deliverable: 'Retribusi elektronik di {n} pasar daerah',
    responsible: 'Kepala UPTD Pasar',
    budget: [10, 120],
  },
  // ── Smart Living: harmony (spatial) ────────────────────────────────────────────────────
  {
    element: 'harmony',
    names: ['Info Tata Ruang', 'SITARU Gancang', 'Ruang Terbuka Informasi'],
    subject: 'Peta Peruntukan Ruang untuk Warga',
    summary:
      'Warga dan pelaku usaha memeriksa peruntukan ruang sebuah bidang tanah dari peta daring sebelum membangun.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Warga {place} membangun tanpa tahu peruntukan ruang; {pct}% permohonan persetujuan bangunan ditolak karena tidak sesuai rencana tata ruang.',
    affectedGroup: 'Warga dan pelaku usaha yang akan membangun',
    evidence: 'Rekap permohonan PBG dan KKPR {year}',
    source: 'internal_review',
    need: 'Informasi peruntukan ruang tersedia daring dan mudah dibaca.',
    beneficiaries: 'Pemohon izin bangunan dan pelaku usaha',
    beneficiaryCount: [500, 10_000],
    kpi: {
      name: 'Waktu layanan informasi tata ruang',
      unit: 'hari',
      baseline: [5, 14],
      target: [0, 1],
    },
    asIs: [
      { actor: 'Pemohon', activity: 'Datang ke dinas dan meminta surat keterangan rencana kota' },
    ],
    toBe: [
      {
        actor: 'Pemohon',
        activity: 'Memeriksa peruntukan di peta',
        tool: 'Peta tata ruang daring',
      },
      { actor: 'Petugas', activity: 'Menjawab pertanyaan lanjutan', tool: 'WhatsApp' },
    ],
    application: 'Peta rencana tata ruang perlu dipublikasikan dalam peta interaktif.',
    deliverable: 'Peta tata ruang daring untuk {place}',
    responsible: 'Kepala Bidang Penataan Ruang',
    budget: [20, 250],
  },
  {
    element: 'harmony',
    names: ['Aset Tertib', 'Bidang Aman', 'Tanah Aset Aman'],
    subject: 'Percepatan Sertifikasi Tanah Aset Daerah',
    summary:
      'Bidang tanah milik pemerintah daerah didata, diukur dan disertifikatkan bersama kantor pertanahan.',
    digital: false,
    bentuk: 'governance',
    problem:
      'Banyak bidang tanah aset daerah di {place} belum bersertifikat dan rawan sengketa; {pct}% bidang tanah sekolah dan puskesmas tanpa bukti kepemilikan.',
    affectedGroup: 'Pengelola aset daerah dan pengguna fasilitas publik',
    evidence: 'Kartu inventaris barang {year}; temuan pemeriksaan aset',
    source: 'internal_review',
    need: 'Bidang tanah aset daerah bersertifikat dan tercatat dengan peta bidang.',
    beneficiaries: 'Perangkat daerah pengguna aset',
    beneficiaryCount: [20, 60],
    kpi: {
      name: 'Bidang tanah aset bersertifikat',
      unit: 'bidang',
      baseline: [100, 400],
      target: [600, 1_200],
    },
    asIs: [{ actor: 'Pengurus barang', activity: 'Mencatat aset tanpa dokumen kepemilikan' }],
    toBe: [
      { actor: 'Tim aset', activity: 'Mengukur dan memetakan bidang bersama kantor pertanahan' },
      {
        actor: 'Pengurus barang',
        activity: 'Mencatat sertifikat dan peta bidang',
        tool: 'Aplikasi aset',
      },
    ],
    deliverable: 'Sertifikasi {n}0 bidang tanah aset daerah',
    responsible: 'Kepala Bidang Pertanahan',
    budget: [50, 500],
  },
  {
    element: 'harmony',
    names: ['Rutilahu Gancang', 'Imah Layak', 'Bedah Rumah Terpadu'],
    subject: 'Penanganan Rumah Tidak Layak Huni',
    summary:
      'Rumah tidak layak huni ditangani dari satu daftar bersama sumber APBD, APBDes, CSR dan gotong royong.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Ribuan rumah tidak layak huni di {place} ditangani oleh banyak sumber dana tanpa satu daftar; sebagian rumah dibantu dua kali sementara yang lain tidak tersentuh.',
    affectedGroup: 'Keluarga miskin penghuni rumah tidak layak huni',
    evidence: 'Pendataan rutilahu {year}: {n}00 rumah belum tertangani',
    source: 'rpjmd_issue',
    need: 'Satu daftar rutilahu yang dipakai semua sumber dana dan diperbarui setiap penanganan.',
    beneficiaries: 'Keluarga penghuni rutilahu',
    beneficiaryCount: [500, 12_000],
    kpi: {
      name: 'Rumah tidak layak huni tertangani',
      unit: 'unit/tahun',
      baseline: [100, 400],
      target: [800, 2_000],
    },
    asIs: [{ actor: 'Berbagai pemberi bantuan', activity: 'Memilih penerima sendiri-sendiri' }],
    toBe: [
      {
        actor: 'Dinas',
        activity: 'Mengelola satu daftar prioritas rutilahu',
        tool: 'Lembar kerja bersama',
      },
      { actor: 'Desa dan mitra CSR', activity: 'Memilih penerima dari daftar yang sama' },
    ],
    deliverable: 'Daftar terpadu dan penanganan {n}0 rutilahu di {place}',
    responsible: 'Kepala Bidang Perumahan',
    budget: [100, 2_000],
  },
  // ── Smart Living: health ───────────────────────────────────────────────────────────────
  {
    element: 'health',
    names: ['Antrean Puskesmas Online', 'Daftar Gancang', 'Puskesmas Tanpa Antre'],
    subject: 'Pendaftaran Puskesmas dari Rumah',
    summary:
      'Pasien mendaftar dan memilih jam kunjungan puskesmas lewat WhatsApp sehingga tidak menunggu berjam-jam.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Pasien puskesmas di {place} mengantre sejak subuh; waktu tunggu rata-rata lebih dari dua jam dan {pct}% pasien lansia mengeluh.',
    affectedGroup: 'Pasien puskesmas, terutama lansia dan ibu balita',
    evidence: 'Survei kepuasan masyarakat puskesmas {year}; pengamatan waktu tunggu',
    source: 'survey',
    need: 'Pasien dapat memilih jam kunjungan dan waktu tunggu di puskesmas di bawah 30 menit.',
    beneficiaries: 'Pasien puskesmas',
    beneficiaryCount: [5_000, 80_000],
    kpi: { name: 'Waktu tunggu pendaftaran', unit: 'menit', baseline: [90, 180], target: [15, 30] },
    asIs: [
      { actor: 'Pasien', activity: 'Datang pagi-pagi untuk mengambil nomor antrean' },
      { actor: 'Petugas pendaftaran', activity: 'Mencari rekam medis kertas' },
    ],
    toBe: [
      { actor: 'Pasien', activity: 'Mendaftar dan memilih jam', tool: 'WhatsApp' },
      {
        actor: 'Petugas pendaftaran',
        activity: 'Menyiapkan rekam medis sebelum pasien datang',
        tool: 'SIMPUS',
      },
    ],
    deliverable: 'Pendaftaran daring di {n} puskesmas di {place}',
    responsible: 'Kepala Bidang Pelayanan Kesehatan',
    budget: [5, 120],
  },
  {
    element: 'health',
    names: ['Bumil Risti Terpantau', 'Sahabat Ibu Hamil', 'Posyandu Juara'],
    subject: 'Pemantauan Ibu Hamil Berisiko Tinggi',
    summary:
      'Bidan desa dan kader memantau ibu hamil berisiko tinggi dari satu daftar dengan pengingat kunjungan.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Ibu hamil berisiko tinggi di {place} terlambat dirujuk karena data pemeriksaan tersebar di buku KIA dan kohort bidan; kasus kematian ibu berulang.',
    affectedGroup: 'Ibu hamil berisiko tinggi',
    evidence: 'Audit maternal perinatal {year}; kohort ibu hamil puskesmas',
    source: 'rpjmd_issue',
    need: 'Setiap ibu hamil berisiko tinggi terpantau dan dirujuk tepat waktu.',
    beneficiaries: 'Ibu hamil',
    beneficiaryCount: [1_000, 20_000],
    kpi: {
      name: 'Ibu hamil risiko tinggi terpantau',
      unit: '%',
      baseline: [40, 70],
      target: [95, 100],
    },
    asIs: [
      { actor: 'Bidan desa', activity: 'Mencatat pemeriksaan di kohort kertas' },
      { actor: 'Puskesmas', activity: 'Merekap data setiap bulan' },
    ],
    toBe: [
      { actor: 'Kader', activity: 'Melaporkan kunjungan rumah', tool: 'Aplikasi ponsel' },
      {
        actor: 'Bidan koordinator',
        activity: 'Memantau daftar risiko tinggi dan rujukan',
        tool: 'Dasbor',
      },
    ],
    application: 'Pengingat kunjungan dan daftar risiko harus terhubung antar-desa dan puskesmas.',
    deliverable: 'Daftar pemantauan ibu hamil berisiko tinggi di {n} puskesmas',
    responsible: 'Kepala Bidang Kesehatan Masyarakat',
    budget: [10, 180],
  },
  {
    element: 'health',
    names: ['PSC 119 Gancang', 'Ambulans Siaga Desa', 'Gawat Darurat Terpadu'],
    subject: 'Layanan Gawat Darurat Terpadu 119',
    summary:
      'Panggilan gawat darurat diterima satu pusat layanan dan ambulans terdekat diberangkatkan.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Warga {place} yang mengalami kegawatdaruratan tidak tahu nomor yang harus dihubungi; waktu tanggap ambulans lebih dari {days}0 menit.',
    affectedGroup: 'Warga dalam keadaan gawat darurat',
    evidence: 'Catatan panggilan dan waktu tanggap ambulans {year}',
    source: 'rpjmd_issue',
    need: 'Satu nomor gawat darurat dengan ambulans terdekat yang tiba dalam 30 menit.',
    beneficiaries: 'Seluruh warga',
    beneficiaryCount: [50_000, 1_150_000],
    kpi: { name: 'Waktu tanggap ambulans', unit: 'menit', baseline: [45, 90], target: [20, 30] },
    asIs: [{ actor: 'Warga', activity: 'Menelepon puskesmas atau rumah sakit satu per satu' }],
    toBe: [
      {
        actor: 'Operator PSC',
        activity: 'Menerima panggilan 119 dan menentukan ambulans terdekat',
        tool: 'Sistem dispatch',
      },
      { actor: 'Tim ambulans', activity: 'Berangkat dan melaporkan posisi', tool: 'GPS' },
    ],
    application: 'Posisi ambulans dan status panggilan harus terlihat oleh operator.',
    deliverable: 'Pusat panggilan 119 dengan {n} ambulans terhubung',
    responsible: 'Kepala Bidang Pelayanan Kesehatan',
    budget: [50, 600],
  },
  // ── Smart Living: mobility ─────────────────────────────────────────────────────────────
  {
    element: 'mobility',
    names: ['Info Angkot', 'Ngangkot Gancang', 'Jadwal Angkutan Desa'],
    subject: 'Informasi Trayek dan Jadwal Angkutan Umum',
    summary:
      'Trayek dan perkiraan jadwal angkutan umum ditayangkan di halte, peta daring dan pesan singkat.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Penumpang angkutan umum di {place} menunggu tanpa kepastian; jumlah penumpang turun {pct}% dan warga beralih ke sepeda motor.',
    affectedGroup: 'Pelajar, mahasiswa dan pekerja pengguna angkutan umum',
    evidence: 'Penghitungan penumpang {year}; survei pengguna di Jatinangor dan kota',
    source: 'survey',
    need: 'Informasi trayek dan perkiraan kedatangan angkutan umum yang dapat diandalkan.',
    beneficiaries: 'Pengguna angkutan umum',
    beneficiaryCount: [2_000, 40_000],
    kpi: {
      name: 'Penumpang angkutan umum',
      unit: 'orang/hari',
      baseline: [1_000, 4_000],
      target: [5_000, 9_000],
    },
    asIs: [{ actor: 'Penumpang', activity: 'Menunggu di pinggir jalan tanpa jadwal' }],
    toBe: [
      { actor: 'Dinas', activity: 'Menetapkan jadwal bersama koperasi angkutan' },
      { actor: 'Penumpang', activity: 'Melihat trayek dan perkiraan jadwal', tool: 'Peta daring' },
    ],
    deliverable: 'Informasi trayek dan jadwal {n} trayek angkutan umum',
    responsible: 'Kepala Bidang Angkutan',
    budget: [10, 150],
  },
  {
    element: 'mobility',
    names: ['KIR Gancang', 'Uji Berkala Online', 'e-KIR'],
    subject: 'Pendaftaran Uji Berkala Kendaraan Daring',
    summary:
      'Pemilik kendaraan mendaftar uji KIR dan memilih jadwal secara daring; hasil uji tercatat elektronik.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Pemilik angkutan barang dan penumpang menunggu seharian untuk uji KIR di {place}; praktik percaloan dikeluhkan.',
    affectedGroup: 'Pemilik kendaraan angkutan',
    evidence: 'Antrean harian uji berkala {year}; aduan percaloan',
    source: 'complaint',
    need: 'Uji berkala dengan jadwal pasti dan tanpa perantara.',
    beneficiaries: 'Pemilik kendaraan angkutan',
    beneficiaryCount: [1_000, 12_000],
    kpi: { name: 'Waktu layanan uji KIR', unit: 'jam', baseline: [4, 8], target: [1, 2] },
    asIs: [{ actor: 'Pemilik kendaraan', activity: 'Datang dan mengantre tanpa jadwal' }],
    toBe: [
      {
        actor: 'Pemilik kendaraan',
        activity: 'Mendaftar dan membayar retribusi',
        tool: 'Aplikasi web',
      },
      {
        actor: 'Penguji',
        activity: 'Menguji sesuai jadwal dan mencatat hasil',
        tool: 'Aplikasi uji',
      },
    ],
    application: 'Jadwal, pembayaran dan hasil uji perlu tercatat dalam satu aplikasi.',
    deliverable: 'Pendaftaran uji berkala daring dengan {n} slot jadwal per hari',
    responsible: 'Kepala UPTD Pengujian Kendaraan Bermotor',
    budget: [10, 150],
  },
  {
    element: 'mobility',
    names: ['Jalan Selamat', 'Zona Selamat Sekolah', 'Titik Rawan Tuntas'],
    subject: 'Penanganan Titik Rawan Kecelakaan',
    summary:
      'Titik rawan kecelakaan dipetakan bersama kepolisian dan ditangani dengan rambu, marka dan zona selamat sekolah.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Kecelakaan lalu lintas berulang di titik yang sama di {place}, terutama di jalur tanjakan dan depan sekolah; {n}0 kejadian tercatat tahun lalu.',
    affectedGroup: 'Pengguna jalan dan pelajar',
    evidence: 'Data kecelakaan Satlantas {year}',
    source: 'rpjmd_issue',
    need: 'Titik rawan kecelakaan tertangani dengan perlengkapan jalan yang memadai.',
    beneficiaries: 'Pengguna jalan',
    beneficiaryCount: [10_000, 200_000],
    kpi: {
      name: 'Kecelakaan di titik rawan',
      unit: 'kejadian/tahun',
      baseline: [30, 90],
      target: [10, 25],
    },
    asIs: [{ actor: 'Dinas', activity: 'Memasang rambu berdasarkan usulan tanpa data kecelakaan' }],
    toBe: [
      { actor: 'Dinas dan kepolisian', activity: 'Memetakan titik rawan dari data kecelakaan' },
      { actor: 'Dinas', activity: 'Memasang rambu, marka dan pita penggaduh secara prioritas' },
    ],
    deliverable: 'Penanganan {n} titik rawan kecelakaan di {place}',
    responsible: 'Kepala Bidang Lalu Lintas',
    budget: [50, 800],
  },
  // ── Smart Society: community ───────────────────────────────────────────────────────────
  {
    element: 'community',
    names: ['Duta Digital Desa', 'Pandu Digital', 'Baraya Digital'],
    subject: 'Relawan Pendamping Layanan Digital di Desa',
    summary:
      'Pemuda desa dilatih menjadi relawan yang membantu warga memakai layanan publik digital.',
    digital: false,
    bentuk: 'other',
    problem:
      'Banyak warga {place}, terutama lansia, tidak dapat memakai layanan digital pemerintah; {pct}% pengguna meminta bantuan petugas untuk langkah sederhana.',
    affectedGroup: 'Warga yang belum cakap digital',
    evidence: 'Survei literasi digital {year}',
    source: 'survey',
    need: 'Pendamping digital di setiap desa yang membantu warga memakai layanan daring.',
    beneficiaries: 'Warga desa',
    beneficiaryCount: [1_000, 30_000],
    kpi: { name: 'Relawan digital aktif', unit: 'orang', baseline: [0, 20], target: [100, 300] },
    asIs: [{ actor: 'Warga', activity: 'Datang ke kantor dinas untuk dibantu petugas' }],
    toBe: [
      { actor: 'Relawan desa', activity: 'Membantu warga di balai desa setiap pekan' },
      { actor: 'Dinas', activity: 'Melatih dan memberi sertifikat relawan' },
    ],
    deliverable: 'Pelatihan {n}0 relawan digital desa di {place}',
    responsible: 'Kepala Bidang Pemberdayaan Masyarakat',
    budget: [10, 100],
  },
  {
    element: 'community',
    names: ['Curhat Sahabat', 'Rumah Konsultasi Warga', 'Sahabat Keluarga'],
    subject: 'Layanan Konseling Keluarga di Desa',
    summary:
      'Konselor hadir terjadwal di desa untuk keluarga yang menghadapi masalah pengasuhan dan kekerasan.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Keluarga di {place} yang menghadapi masalah pengasuhan atau kekerasan tidak tahu ke mana mencari bantuan; kasus baru diketahui ketika sudah parah.',
    affectedGroup: 'Keluarga, perempuan dan anak',
    evidence: 'Rekap kasus kekerasan terhadap perempuan dan anak {year}',
    source: 'rpjmd_issue',
    need: 'Layanan konseling yang dekat, terjadwal dan menjaga kerahasiaan.',
    beneficiaries: 'Keluarga',
    beneficiaryCount: [200, 5_000],
    kpi: {
      name: 'Keluarga terlayani konseling',
      unit: 'keluarga/tahun',
      baseline: [50, 200],
      target: [500, 1_500],
    },
    asIs: [{ actor: 'Keluarga', activity: 'Mencari bantuan sendiri atau memendam masalah' }],
    toBe: [
      { actor: 'Konselor', activity: 'Membuka layanan terjadwal di balai desa' },
      { actor: 'Keluarga', activity: 'Membuat janji konseling', tool: 'Telepon atau WhatsApp' },
    ],
    deliverable: 'Layanan konseling terjadwal di {n} desa',
    responsible: 'Kepala Bidang Perlindungan Perempuan dan Anak',
    budget: [10, 100],
  },
  {
    element: 'community',
    names: ['Karang Taruna Berdaya', 'Nonoman Sumedang', 'Pemuda Penggerak Desa'],
    subject: 'Hibah Kegiatan Karang Taruna',
    summary:
      'Karang taruna mengusulkan dan menjalankan kegiatan sosial-ekonomi desa dengan dana hibah kecil.',
    digital: false,
    bentuk: 'other',
    problem:
      'Organisasi pemuda di {place} banyak yang pasif; {pct}% karang taruna tidak punya kegiatan dalam setahun terakhir.',
    affectedGroup: 'Pemuda desa',
    evidence: 'Pendataan organisasi kepemudaan {year}',
    source: 'survey',
    need: 'Pemuda desa aktif menjalankan kegiatan yang bermanfaat bagi desanya.',
    beneficiaries: 'Pemuda dan warga desa',
    beneficiaryCount: [500, 10_000],
    kpi: {
      name: 'Karang taruna aktif',
      unit: 'organisasi',
      baseline: [20, 60],
      target: [120, 200],
    },
    asIs: [{ actor: 'Karang taruna', activity: 'Berkegiatan hanya pada peringatan hari besar' }],
    toBe: [
      { actor: 'Karang taruna', activity: 'Mengajukan proposal kegiatan kecil' },
      { actor: 'Dinas', activity: 'Memberi hibah dan pendampingan' },
    ],
    deliverable: 'Hibah kegiatan untuk {n}0 karang taruna',
    responsible: 'Kepala Bidang Kepemudaan',
    budget: [20, 200],
  },
  // ── Smart Society: learning ecosystem ──────────────────────────────────────────────────
  {
    element: 'learning_ecosystem',
    names: ['Pojok Baca Desa', 'Perpustakaan Digital', 'Maca Gancang'],
    subject: 'Akses Bacaan Dekat Warga',
    summary:
      'Koleksi buku digital dan pojok baca desa membuat warga dapat meminjam buku tanpa ke kota.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Minat baca di {place} rendah dan perpustakaan daerah jauh; {pct}% desa tidak punya taman bacaan.',
    affectedGroup: 'Pelajar dan warga desa',
    evidence: 'Kajian tingkat gemar membaca {year}',
    source: 'survey',
    need: 'Akses bacaan yang dekat dan gratis bagi pelajar dan warga desa.',
    beneficiaries: 'Pelajar dan warga desa',
    beneficiaryCount: [2_000, 50_000],
    kpi: {
      name: 'Peminjaman buku',
      unit: 'eksemplar/bulan',
      baseline: [500, 2_000],
      target: [4_000, 12_000],
    },
    asIs: [{ actor: 'Warga', activity: 'Datang ke perpustakaan daerah di kota' }],
    toBe: [
      { actor: 'Warga', activity: 'Meminjam buku digital', tool: 'Aplikasi perpustakaan' },
      {
        actor: 'Pengelola pojok baca',
        activity: 'Menukar koleksi fisik setiap bulan dengan perpustakaan keliling',
      },
    ],
    deliverable: 'Pojok baca di {n} desa dan koleksi buku digital',
    responsible: 'Kepala Bidang Layanan Perpustakaan',
    budget: [10, 150],
  },
  {
    element: 'learning_ecosystem',
    names: ['Ayo Sakola Deui', 'Kembali ke Sekolah', 'Anak Sakola'],
    subject: 'Penanganan Anak Tidak Sekolah',
    summary:
      'Anak tidak sekolah didata per desa dan dikembalikan ke sekolah atau program kesetaraan.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Anak usia sekolah di {place} putus sekolah karena biaya, bekerja atau menikah dini; angka anak tidak sekolah tidak diketahui per desa.',
    affectedGroup: 'Anak usia sekolah dan orang tuanya',
    evidence: 'Data anak tidak sekolah Dapodik dan pendataan desa {year}',
    source: 'rpjmd_issue',
    need: 'Setiap anak tidak sekolah terdata dan mendapat jalur kembali ke pendidikan.',
    beneficiaries: 'Anak tidak sekolah',
    beneficiaryCount: [200, 6_000],
    kpi: {
      name: 'Anak tidak sekolah kembali bersekolah',
      unit: 'anak',
      baseline: [0, 50],
      target: [300, 1_000],
    },
    asIs: [{ actor: 'Sekolah', activity: 'Mencatat siswa keluar tanpa tindak lanjut' }],
    toBe: [
      { actor: 'Desa dan sekolah', activity: 'Mendata anak tidak sekolah dan penyebabnya' },
      { actor: 'Dinas', activity: 'Mencarikan sekolah, beasiswa atau program kesetaraan' },
    ],
    deliverable: 'Pendataan dan pendampingan anak tidak sekolah di {n} desa',
    responsible: 'Kepala Bidang Pembinaan Sekolah Dasar',
    budget: [10, 150],
  },
  {
    element: 'learning_ecosystem',
    names: ['Sakola Digital', 'Kelas Data', 'Cakap Digital'],
    subject: 'Kelas Literasi Digital dan Data',
    summary:
      'Pegawai dan warga mengikuti kelas singkat literasi digital, keamanan daring dan pengolahan data.',
    digital: false,
    bentuk: 'other',
    problem:
      'Pegawai dan warga {place} belum cakap mengolah data dan mengenali penipuan daring; {pct}% peserta survei pernah menerima tautan penipuan.',
    affectedGroup: 'Aparatur dan warga',
    evidence: 'Survei kecakapan digital {year}',
    source: 'survey',
    need: 'Kelas literasi digital berkala dengan materi praktis.',
    beneficiaries: 'Aparatur dan warga',
    beneficiaryCount: [500, 10_000],
    kpi: {
      name: 'Peserta kelas literasi digital',
      unit: 'orang',
      baseline: [50, 200],
      target: [1_000, 3_000],
    },
    asIs: [{ actor: 'Dinas', activity: 'Mengadakan sosialisasi sekali setahun' }],
    toBe: [
      {
        actor: 'Fasilitator',
        activity: 'Membuka kelas bulanan',
        tool: 'Video conference dan kelas tatap muka',
      },
      { actor: 'Peserta', activity: 'Mengerjakan latihan dan mendapat sertifikat' },
    ],
    deliverable: 'Kelas literasi digital bulanan untuk {n}00 peserta',
    responsible: 'Kepala Bidang Aplikasi Informatika',
    budget: [0, 80],
  },
  // ── Smart Society: security ────────────────────────────────────────────────────────────
  {
    element: 'security',
    names: ['Siskamling Digital', 'Kampung Aman', 'Ronda Gancang'],
    subject: 'CCTV dan Siskamling Terhubung',
    summary:
      'CCTV di titik rawan terhubung ke pos ronda dan ruang kendali sehingga kejadian cepat ditangani.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Pencurian dan gangguan ketertiban di {place} terus terjadi di malam hari; laporan warga lambat sampai ke petugas.',
    affectedGroup: 'Warga dan pelaku usaha',
    evidence: 'Rekap laporan gangguan kamtibmas {year}',
    source: 'complaint',
    need: 'Titik rawan terpantau dan laporan kejadian sampai ke petugas dalam hitungan menit.',
    beneficiaries: 'Warga',
    beneficiaryCount: [5_000, 100_000],
    kpi: {
      name: 'Waktu tanggap gangguan ketertiban',
      unit: 'menit',
      baseline: [30, 90],
      target: [10, 15],
    },
    asIs: [{ actor: 'Warga', activity: 'Melapor ke RT atau datang ke pos' }],
    toBe: [
      { actor: 'Petugas ruang kendali', activity: 'Memantau CCTV titik rawan', tool: 'CCTV' },
      { actor: 'Warga', activity: 'Menekan tombol darurat', tool: 'Aplikasi ponsel' },
    ],
    application: 'Tayangan CCTV dan laporan darurat harus masuk satu ruang kendali.',
    deliverable: 'CCTV di {n} titik rawan di {place} terhubung ke ruang kendali',
    responsible: 'Kepala Bidang Ketenteraman dan Ketertiban Umum',
    budget: [50, 600],
  },
  {
    element: 'security',
    names: ['Damkar Gancang', 'Pos Damkar Wilayah', 'Siaga Api'],
    subject: 'Pos Pemadam Kebakaran Wilayah',
    summary:
      'Pos pemadam kebakaran di kecamatan yang jauh dan relawan kebakaran desa memperpendek waktu tanggap.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Armada pemadam kebakaran berangkat dari kota; waktu tanggap ke {place} lebih dari {days}0 menit sehingga rumah terbakar habis.',
    affectedGroup: 'Warga di kecamatan yang jauh dari kota',
    evidence: 'Laporan kejadian kebakaran {year}',
    source: 'rpjmd_issue',
    need: 'Waktu tanggap kebakaran di bawah 15 menit di wilayah padat.',
    beneficiaries: 'Warga',
    beneficiaryCount: [10_000, 300_000],
    kpi: { name: 'Waktu tanggap kebakaran', unit: 'menit', baseline: [25, 60], target: [10, 15] },
    asIs: [{ actor: 'Regu damkar', activity: 'Berangkat dari markas di pusat kota' }],
    toBe: [
      { actor: 'Pos wilayah', activity: 'Menyiagakan satu unit di pos kecamatan' },
      { actor: 'Relawan desa', activity: 'Memadamkan awal dengan alat pemadam ringan' },
    ],
    deliverable: 'Pos damkar wilayah dan {n}0 relawan kebakaran desa',
    responsible: 'Kepala Bidang Pemadam Kebakaran dan Penyelamatan',
    budget: [50, 900],
  },
  {
    element: 'security',
    names: ['Siaga Longsor', 'Siaga Bencana Desa', 'Desa Tangguh Bencana'],
    subject: 'Peringatan Dini Longsor dan Banjir',
    summary:
      'Sensor curah hujan dan pergerakan tanah mengirim peringatan ke desa rawan lewat sirene dan pesan.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Desa-desa di lereng {place} rawan longsor saat hujan lebat; warga tidak mendapat peringatan sebelum kejadian.',
    affectedGroup: 'Warga desa rawan longsor dan banjir',
    evidence: 'Kajian risiko bencana {year}; catatan kejadian longsor',
    source: 'rpjmd_issue',
    need: 'Peringatan dini yang sampai ke warga sebelum longsor atau banjir.',
    beneficiaries: 'Warga desa rawan bencana',
    beneficiaryCount: [2_000, 40_000],
    kpi: {
      name: 'Desa rawan dengan peringatan dini',
      unit: 'desa',
      baseline: [0, 5],
      target: [15, 30],
    },
    asIs: [{ actor: 'Warga', activity: 'Mengamati tanda alam sendiri' }],
    toBe: [
      {
        actor: 'Sensor',
        activity: 'Mengukur curah hujan dan pergerakan tanah',
        tool: 'Sensor IoT',
      },
      { actor: 'Pusdalops', activity: 'Mengirim peringatan ke desa', tool: 'Sirene dan WhatsApp' },
    ],
    application: 'Data sensor harus dipantau terus dan memicu peringatan otomatis.',
    deliverable: 'Peringatan dini di {n} desa rawan longsor di {place}',
    responsible: 'Kepala Bidang Pencegahan dan Kesiapsiagaan',
    budget: [50, 700],
  },
  // ── Smart Environment: protection ──────────────────────────────────────────────────────
  {
    element: 'protection',
    names: ['Cimanuk Bersih', 'Walungan Resik', 'Pantau Sungai'],
    subject: 'Pemantauan Kualitas Air Sungai',
    summary:
      'Kualitas air sungai dipantau di titik tetap dan hasilnya dipublikasikan bersama sumber pencemarnya.',
    digital: true,
    bentuk: 'governance',
    problem:
      'Kualitas air sungai di {place} menurun karena limbah rumah tangga dan usaha tahu; {pct}% titik pantau melebihi baku mutu.',
    affectedGroup: 'Warga pengguna air sungai dan petani',
    evidence: 'Hasil uji laboratorium air sungai {year}',
    source: 'rpjmd_issue',
    need: 'Pemantauan kualitas air rutin dan penanganan sumber pencemar utama.',
    beneficiaries: 'Warga di daerah aliran sungai',
    beneficiaryCount: [5_000, 150_000],
    kpi: {
      name: 'Titik pantau memenuhi baku mutu',
      unit: '%',
      baseline: [20, 45],
      target: [60, 75],
    },
    asIs: [{ actor: 'Dinas', activity: 'Mengambil sampel dua kali setahun' }],
    toBe: [
      { actor: 'Dinas', activity: 'Mengambil sampel bulanan di titik tetap' },
      { actor: 'Publik', activity: 'Melihat hasil pantau', tool: 'Dasbor daring' },
    ],
    deliverable: 'Pemantauan bulanan di {n} titik sungai dan dasbor publik',
    responsible: 'Kepala Bidang Pengendalian Pencemaran',
    budget: [20, 300],
  },
  {
    element: 'protection',
    names: ['Sumedang Hejo', 'Lahan Kritis Hejo', 'Melak Tangkal'],
    subject: 'Rehabilitasi Lahan Kritis dengan Adopsi Pohon',
    summary:
      'Warga, sekolah dan perusahaan mengadopsi bibit pohon untuk lahan kritis dan memantau pertumbuhannya.',
    digital: false,
    bentuk: 'other',
    problem:
      'Lahan kritis di hulu {place} memperbesar risiko longsor dan kekeringan; penanaman sebelumnya banyak mati karena tidak dirawat.',
    affectedGroup: 'Warga di hulu dan hilir daerah aliran sungai',
    evidence: 'Peta lahan kritis {year}; tingkat hidup bibit {pct}%',
    source: 'rpjmd_issue',
    need: 'Penanaman yang dirawat sampai tumbuh, dengan pengadopsi yang bertanggung jawab.',
    beneficiaries: 'Warga dan petani hutan',
    beneficiaryCount: [500, 20_000],
    kpi: {
      name: 'Lahan kritis tertanam dan hidup',
      unit: 'hektare',
      baseline: [10, 50],
      target: [100, 300],
    },
    asIs: [{ actor: 'Dinas', activity: 'Membagikan bibit tanpa pemantauan' }],
    toBe: [
      { actor: 'Pengadopsi', activity: 'Menanam dan merawat pohon adopsi' },
      {
        actor: 'Penyuluh',
        activity: 'Memantau tingkat hidup bibit setiap triwulan',
        tool: 'Foto bertitik lokasi',
      },
    ],
    deliverable: 'Penanaman {n}000 pohon adopsi di lahan kritis',
    responsible: 'Kepala Bidang Kehutanan',
    budget: [20, 300],
  },
  {
    element: 'protection',
    names: ['Izin Lingkungan Gancang', 'AMDAL Terbuka', 'Lingkungan Tertib'],
    subject: 'Layanan Persetujuan Lingkungan Daring',
    summary:
      'Dokumen lingkungan usaha diajukan, diperiksa dan disetujui secara daring dengan jadwal yang pasti.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Pelaku usaha di {place} menunggu persetujuan lingkungan rata-rata {days}0 hari karena dokumen bolak-balik tanpa catatan perbaikan yang jelas.',
    affectedGroup: 'Pelaku usaha yang wajib memiliki dokumen lingkungan',
    evidence: 'Rekap permohonan persetujuan lingkungan {year}',
    source: 'complaint',
    need: 'Persetujuan lingkungan dengan tahapan dan catatan perbaikan yang dapat dilacak.',
    beneficiaries: 'Pelaku usaha',
    beneficiaryCount: [50, 1_000],
    kpi: {
      name: 'Waktu penerbitan persetujuan lingkungan',
      unit: 'hari',
      baseline: [30, 90],
      target: [10, 20],
    },
    asIs: [{ actor: 'Pelaku usaha', activity: 'Menyerahkan dokumen cetak dan menunggu' }],
    toBe: [
      { actor: 'Pelaku usaha', activity: 'Mengunggah dokumen', tool: 'Aplikasi web' },
      {
        actor: 'Tim penilai',
        activity: 'Memberi catatan perbaikan dengan tenggat',
        tool: 'Aplikasi web',
      },
    ],
    application: 'Catatan perbaikan dan tenggat per tahap harus tercatat.',
    deliverable: 'Layanan persetujuan lingkungan daring',
    responsible: 'Kepala Bidang Tata Lingkungan',
    budget: [10, 120],
  },
  // ── Smart Environment: waste ───────────────────────────────────────────────────────────
  {
    element: 'waste',
    names: ['Bank Sampah Digital', 'Si-Pilah', 'Runtah Jadi Berkah'],
    subject: 'Tabungan Sampah Terpilah Warga',
    summary:
      'Warga memilah sampah, menabungnya di bank sampah dan melihat saldo tabungan sampah di ponsel.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Sampah rumah tangga di {place} sebagian besar tidak terpilah; volume sampah ke TPA naik {pct}% dalam dua tahun dan TPA hampir penuh.',
    affectedGroup: 'Rumah tangga dan petugas kebersihan',
    evidence: 'Timbangan sampah masuk TPA {year}',
    source: 'rpjmd_issue',
    need: 'Sampah terpilah dari rumah dan bernilai ekonomi bagi warga.',
    beneficiaries: 'Rumah tangga',
    beneficiaryCount: [500, 30_000],
    kpi: {
      name: 'Sampah terpilah di bank sampah',
      unit: 'ton/bulan',
      baseline: [2, 10],
      target: [20, 60],
    },
    asIs: [{ actor: 'Warga', activity: 'Membuang sampah campur ke TPS' }],
    toBe: [
      {
        actor: 'Warga',
        activity: 'Menyetor sampah terpilah dan mencatat saldo',
        tool: 'Aplikasi bank sampah',
      },
      { actor: 'Pengelola bank sampah', activity: 'Menjual ke pengepul dan membagi hasil' },
    ],
    deliverable: 'Bank sampah digital di {n} desa di {place}',
    responsible: 'Kepala Bidang Pengelolaan Sampah',
    budget: [10, 150],
  },
  {
    element: 'waste',
    names: ['Runtah Gancang', 'Jemput Sampah', 'Truk Tepat Waktu'],
    subject: 'Pengangkutan Sampah Terjadwal',
    summary:
      'Rute dan jadwal truk sampah ditetapkan dan dipantau GPS; warga menerima jadwal angkut.',
    digital: true,
    bentuk: 'public_service',
    problem:
      'Sampah di TPS {place} menumpuk berhari-hari karena rute truk tidak terjadwal; aduan sampah tidak terangkut naik.',
    affectedGroup: 'Warga sekitar TPS dan pedagang pasar',
    evidence: 'Aduan sampah tidak terangkut {year}; ritase truk',
    source: 'complaint',
    need: 'Sampah di TPS terangkut sesuai jadwal yang diketahui warga.',
    beneficiaries: 'Warga perkotaan',
    beneficiaryCount: [5_000, 120_000],
    kpi: { name: 'Sampah terangkut ke TPA', unit: '%', baseline: [40, 60], target: [75, 90] },
    asIs: [{ actor: 'Sopir truk', activity: 'Mengangkut sesuai kebiasaan tanpa rute tetap' }],
    toBe: [
      { actor: 'Pengawas', activity: 'Menetapkan rute dan memantau posisi truk', tool: 'GPS' },
      { actor: 'Warga', activity: 'Melihat jadwal angkut dan melapor TPS penuh', tool: 'WhatsApp' },
    ],
    deliverable: 'Rute terjadwal dan pemantauan GPS untuk {n} truk sampah',
    responsible: 'Kepala UPTD Persampahan',
    budget: [20, 250],
  },
  {
    element: 'waste',
    names: ['Maggot Juara', 'Kompos Lembur', 'Olah Organik Desa'],
    subject: 'Pengolahan Sampah Organik dengan Maggot',
    summary:
      'Sampah organik pasar dan rumah tangga diolah dengan larva BSF dan kompos di tingkat desa.',
    digital: false,
    bentuk: 'other',
    problem:
      'Lebih dari separuh sampah di {place} adalah sampah organik yang ikut dibuang ke TPA dan menimbulkan bau serta lindi.',
    affectedGroup: 'Warga sekitar TPA dan pasar',
    evidence: 'Kajian komposisi sampah {year}: organik {pct}%',
    source: 'rpjmd_issue',
    need: 'Sampah organik diolah di dekat sumbernya menjadi pakan dan kompos.',
    beneficiaries: 'Desa dan pengelola pasar',
    beneficiaryCount: [500, 20_000],
    kpi: { name: 'Sampah organik terolah', unit: 'ton/bulan', baseline: [1, 5], target: [15, 40] },
    asIs: [{ actor: 'Pengelola pasar', activity: 'Membuang sampah organik ke TPS' }],
    toBe: [
      { actor: 'Kelompok pengolah', activity: 'Mengolah sampah organik dengan maggot dan kompos' },
      { actor: 'Peternak dan petani', activity: 'Membeli maggot dan kompos' },
    ],
    deliverable: 'Rumah maggot dan kompos di {n} desa dan pasar',
    responsible: 'Kepala Bidang Pengelolaan Sampah',
    budget: [20, 200],
  },
  // ── Smart Environment: energy ──────────────────────────────────────────────────────────
  {
    element: 'energy',
    names: ['PJU Surya', 'Caang ku Panonpoe', 'Lampu Tenaga Surya Desa'],
    subject: 'Penerangan Jalan Tenaga Surya',
    summary:
      'Lampu jalan di ruas tanpa jaringan listrik diganti lampu tenaga surya yang hemat biaya.',
    digital: false,
    bentuk: 'public_service',
    problem:
      'Ruas jalan desa di {place} gelap karena jauh dari jaringan listrik; tagihan listrik PJU terus naik {pct}% per tahun.',
    affectedGroup: 'Pengguna jalan desa',
    evidence: 'Tagihan rekening PJU {year}; pendataan ruas gelap',
    source: 'rpjmd_issue',
    need: 'Ruas jalan desa terang dengan biaya listrik yang lebih rendah.',
    beneficiaries: 'Pengguna jalan desa',
    beneficiaryCount: [2_000, 50_000],
    kpi: {
      name: 'Konsumsi listrik PJU',
      unit: 'MWh/bulan',
      baseline: [200, 400],
      target: [120, 180],
    },
    asIs: [{ actor: 'Dinas', activity: 'Memasang PJU berlangganan PLN' }],
    toBe: [
      { actor: 'Dinas', activity: 'Memasang PJU tenaga surya di ruas tanpa jaringan' },
      { actor: 'Desa', activity: 'Melaporkan kerusakan panel', tool: 'WhatsApp' },
    ],
    deliverable: 'PJU tenaga surya di {n}0 titik di {place}',
    responsible: 'Kepala Bidang Energi',
    budget: [100, 1_200],
  },
  {
    element: 'energy',
    names: ['Biogas Lembur', 'Kandang Jadi Energi', 'Gas Ti Sapi'],
    subject: 'Biogas dari Kotoran Ternak',
    summary:
      'Kotoran sapi di sentra peternakan diolah menjadi biogas untuk memasak dan pupuk cair.',
    digital: false,
    bentuk: 'other',
    problem:
      'Kotoran ternak di sentra sapi perah {place} dibuang ke sungai; warga membeli elpiji yang sering langka.',
    affectedGroup: 'Peternak dan warga sekitar sungai',
    evidence: 'Pendataan kandang {year}; keluhan bau dan pencemaran',
    source: 'complaint',
    need: 'Kotoran ternak diolah menjadi energi dan pupuk, tidak lagi mencemari sungai.',
    beneficiaries: 'Rumah tangga peternak',
    beneficiaryCount: [50, 1_500],
    kpi: {
      name: 'Rumah tangga pengguna biogas',
      unit: 'rumah tangga',
      baseline: [0, 20],
      target: [80, 200],
    },
    asIs: [{ actor: 'Peternak', activity: 'Membuang kotoran ternak ke saluran air' }],
    toBe: [
      { actor: 'Kelompok ternak', activity: 'Mengolah kotoran di reaktor biogas komunal' },
      { actor: 'Rumah tangga', activity: 'Memakai biogas untuk memasak' },
    ],
    deliverable: 'Reaktor biogas komunal di {n} sentra peternakan',
    responsible: 'Kepala Bidang Peternakan',
    budget: [50, 500],
  },
  {
    element: 'energy',
    names: ['Listrik Bijak', 'Audit Energi Kantor', 'Hemat Energi ASN'],
    subject: 'Efisiensi Energi Kantor Pemerintah',
    summary:
      'Pemakaian listrik kantor pemerintah diaudit, dipantau bulanan dan diturunkan dengan kebiasaan dan peralatan hemat.',
    digital: false,
    bentuk: 'governance',
    problem:
      'Tagihan listrik kantor-kantor pemerintah di {place} naik {pct}% dalam tiga tahun tanpa diketahui penyebabnya.',
    affectedGroup: 'Perangkat daerah pembayar rekening listrik',
    evidence: 'Rekening listrik kantor {year}',
    source: 'internal_review',
    need: 'Pemakaian listrik kantor terukur dan turun tanpa mengganggu layanan.',
    beneficiaries: 'Perangkat daerah',
    beneficiaryCount: [20, 80],
    kpi: {
      name: 'Tagihan listrik kantor',
      unit: 'juta rupiah/bulan',
      baseline: [300, 600],
      target: [200, 280],
    },
    asIs: [{ actor: 'Pengurus barang', activity: 'Membayar tagihan tanpa memantau pemakaian' }],
    toBe: [
      {
        actor: 'Tim energi',
        activity: 'Mengaudit dan memantau meter bulanan',
        tool: 'Lembar kerja bersama',
      },
      { actor: 'Pegawai', activity: 'Menjalankan jadwal hemat energi' },
    ],
    deliverable: 'Audit energi dan pemantauan bulanan di {n} kantor',
    responsible: 'Kepala Subbagian Umum',
    budget: [0, 100],
  },
];
