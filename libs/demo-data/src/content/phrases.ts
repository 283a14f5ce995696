/** Short text pools the generator draws from (illustrative; demo data only). */

/** Who answers for a quick win in a kecamatan. */
export const kecamatanResponsible = [
  'Camat',
  'Sekretaris Kecamatan',
  'Kepala Seksi Pelayanan Umum',
  'Kepala Seksi Pemberdayaan Masyarakat',
  'Kepala Seksi Ketenteraman dan Ketertiban',
] as const;

/** Legal bases a process section may cite ({n} and {year} filled in). */
export const legalBases = [
  'Peraturan Bupati Sumedang Nomor {n} Tahun {year}',
  'Keputusan Bupati Sumedang Nomor {n}/KEP.{n}-{year}',
  'Surat Edaran Sekretaris Daerah Nomor {n} Tahun {year}',
  'Perpres 95/2018 tentang Sistem Pemerintahan Berbasis Elektronik',
  'Permendagri 104/2018 tentang Penilaian dan Pemberian Penghargaan dan/atau Insentif Inovasi Daerah',
  'Surat Keputusan Kepala Dinas Nomor {n} Tahun {year}',
] as const;

/** Assessors' notes on an impactful quick win. */
export const impactfulNotes = [
  'Target indikator tercapai sebelum tenggat; warga merasakan layanan lebih cepat.',
  'Capaian indikator melampaui target dan sudah direplikasi ke wilayah lain.',
  'Dampak terukur jelas; anggaran pemeliharaan sudah masuk renja tahun berikutnya.',
  'Penilai sepakat inovasi bermanfaat dan berdampak; dasar hukum sudah ditetapkan.',
] as const;

/** Assessors' notes on a quick win that needs improvement. */
export const needsImprovementNotes = [
  'Capaian indikator baru separuh target; data dasar perlu diperbaiki sebelum dinilai ulang.',
  'Manfaat terlihat, tetapi bukti dampak belum cukup; lengkapi laporan kemajuan dan data pengguna.',
  'Cakupan uji coba terlalu kecil untuk menilai dampak; perluas ke wilayah lain terlebih dahulu.',
  'Keberlanjutan belum jelas: belum ada penanggung jawab dan anggaran pemeliharaan.',
] as const;

/** Assessors' notes on a quick win that was not impactful. */
export const notImpactfulNotes = [
  'Indikator tidak bergerak dari data dasar selama uji coba.',
  'Layanan jarang dipakai warga; kanal lama tetap lebih diminati.',
  'Masalah yang diangkat ternyata bukan penyebab utama; intervensi tidak menyentuh akar masalah.',
] as const;

/** Lessons learned recorded with an outcome. */
export const lessonsLearned = [
  'Libatkan pengguna sejak pemetaan masalah; uji coba kecil dulu sebelum membangun aplikasi.',
  'Data dasar harus dikumpulkan sebelum uji coba agar dampak dapat dibuktikan.',
  'Kanal yang sudah dipakai warga (WhatsApp) lebih cepat diterima daripada aplikasi baru.',
  'Tetapkan penanggung jawab dan anggaran pemeliharaan sejak awal.',
  'Kolaborasi dengan desa dan kecamatan mempercepat perluasan.',
  'Perubahan proses bisnis lebih menentukan daripada teknologinya.',
] as const;

/** Why a unit discontinued an innovation. */
export const discontinueReasons = [
  'Digabung dengan inovasi sejenis di perangkat daerah lain agar tidak tumpang tindih.',
  'Anggaran tidak tersedia pada perubahan APBD dan tidak ada sumber dana lain.',
  'Kebijakan pusat mengganti layanan ini dengan aplikasi nasional.',
  'Masalah sudah tertangani oleh program lain; inovasi tidak lagi relevan.',
  'Penanggung jawab dimutasi dan tim tidak dapat melanjutkan uji coba.',
] as const;

/** Why an innovation was moved back a stage. */
export const moveBackReasons = [
  'Indikator keberhasilan perlu dipertajam bersama Bapppeda.',
  'Hasil rapat koordinasi: rumusan masalah perlu didukung data terbaru.',
  'Proses bisnis berubah setelah konsultasi dengan pengguna; rancangan perlu diulang.',
  'Sasaran penerima manfaat perlu dihitung ulang dari data desa.',
] as const;

/**
 * Narratives of quick-win progress reports (laporan kemajuan), by where the report stands:
 * `early` (the first steps), `middle`, `done` (the deliverable is handed over) and `stalled`.
 * `{pct}` is the report's progress.
 */
export const progressNarratives = {
  early: [
    'Tim pelaksana sudah dibentuk dan sosialisasi awal kepada petugas dilaksanakan; progres {pct}%.',
    'Kebutuhan data dan perangkat sudah dipetakan; uji coba terbatas dimulai di satu lokasi.',
    'SK tim dan jadwal kerja ditetapkan; pengadaan kebutuhan awal sedang berjalan.',
    'Rapat persiapan dengan desa dan kecamatan selesai; formulir dan alur layanan baru disusun.',
  ],
  middle: [
    'Uji coba berjalan di lokasi percontohan; masukan pengguna dicatat untuk perbaikan alur.',
    'Layanan baru mulai dipakai warga; sebagian petugas masih perlu pendampingan. Progres {pct}%.',
    'Perluasan ke lokasi kedua sedang berjalan; data capaian indikator dihimpun tiap bulan.',
    'Kendala jaringan di beberapa desa diatasi bersama Diskominfosanditik; kegiatan sesuai jadwal.',
  ],
  done: [
    'Keluaran quick win selesai dan diserahterimakan; layanan berjalan rutin dan data capaian lengkap.',
    'Seluruh kegiatan selesai sesuai rencana; laporan akhir dan dokumentasi sudah diunggah.',
    'Quick win tuntas: petugas terlatih, SOP ditetapkan, dan warga sudah memanfaatkan layanan.',
  ],
  stalled: [
    'Kegiatan tertunda karena anggaran belum cair pada perubahan APBD.',
    'Progres tertahan: penanggung jawab dimutasi dan penggantinya belum ditetapkan.',
    'Pengadaan perangkat gagal lelang; kegiatan menunggu jadwal pengadaan ulang.',
  ],
} as const;
