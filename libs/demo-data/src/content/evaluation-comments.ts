/**
 * Assessors' short comments on the criteria of the default rubric, by how a score reads: low (1–2),
 * middle (3) or high (4–5). Illustrative, like the rest of the demo.
 */
export type ScoreBand = 'low' | 'middle' | 'high';

/** The band a 1–5 score falls in. */
export function scoreBand(score: number): ScoreBand {
  return score <= 2 ? 'low' : score === 3 ? 'middle' : 'high';
}

/** Comments by criterion key of the default rubric, then by band. */
export const criterionComments: Readonly<
  Record<string, Readonly<Record<ScoreBand, readonly string[]>>>
> = {
  benefit: {
    low: [
      'Manfaat bagi warga belum terasa; sasaran belum banyak memakai layanan.',
      'Belum ada bukti warga terbantu oleh quick win ini.',
    ],
    middle: [
      'Manfaat terasa oleh sebagian sasaran, belum merata.',
      'Warga di lokasi uji coba merasakan manfaat; cakupan masih terbatas.',
    ],
    high: [
      'Manfaat dirasakan luas oleh sasaran; testimoni warga positif.',
      'Layanan jelas mempermudah warga dan dipakai rutin.',
    ],
  },
  impact: {
    low: [
      'Data capaian KPI belum tersedia atau tidak bergerak dari data dasar.',
      'Indikator belum menunjukkan perubahan yang terukur.',
    ],
    middle: [
      'Sebagian target KPI tercapai; data pendukung perlu dilengkapi.',
      'Capaian indikator bergerak, tetapi belum mencapai target.',
    ],
    high: [
      'Target KPI tercapai dengan bukti laporan kemajuan yang lengkap.',
      'Capaian indikator melampaui target yang ditetapkan.',
    ],
  },
  novelty: {
    low: [
      'Cara kerja sudah umum di daerah lain.',
      'Belum ada unsur baru dibanding layanan sebelumnya.',
    ],
    middle: [
      'Adaptasi praktik baik daerah lain dengan penyesuaian lokal.',
      'Ada pembaruan proses, walau idenya sudah dikenal.',
    ],
    high: [
      'Pendekatan baru dan orisinal untuk Kabupaten Sumedang.',
      'Gagasan segar yang belum ada di daerah sekitar.',
    ],
  },
  sustainability: {
    low: [
      'Belum ada anggaran pemeliharaan maupun penanggung jawab tetap.',
      'Keberlanjutan bergantung pada satu orang; regulasi belum ada.',
    ],
    middle: [
      'Penanggung jawab jelas, tetapi anggaran tahun depan belum pasti.',
      'Sebagian dasar hukum dan anggaran sudah disiapkan.',
    ],
    high: [
      'Anggaran, dasar hukum dan penanggung jawab sudah tersedia.',
      'Sudah masuk renja dan ditetapkan dengan keputusan kepala perangkat daerah.',
    ],
  },
  replication: {
    low: [
      'Sulit diterapkan di unit lain tanpa perubahan besar.',
      'Sangat bergantung pada kondisi khusus lokasi uji coba.',
    ],
    middle: [
      'Dapat direplikasi dengan penyesuaian proses dan pelatihan.',
      'Replikasi mungkin, perlu panduan dan pendampingan.',
    ],
    high: [
      'Mudah direplikasi; panduan dan templat sudah tersedia.',
      'Sudah diminati kecamatan lain untuk diterapkan.',
    ],
  },
};

/** A comment for a criterion outside the default rubric. */
export const genericComments: Readonly<Record<ScoreBand, readonly string[]>> = {
  low: ['Belum memenuhi kriteria; perlu perbaikan mendasar.'],
  middle: ['Memenuhi sebagian kriteria.'],
  high: ['Memenuhi kriteria dengan baik.'],
};

/** Fallback texts when the history of an innovation lacks the evaluation section it needs. */
export const fallbackOutcomeNotes = {
  notes: 'Catatan penilaian tidak tercatat pada riwayat inovasi (data demo).',
  lessonsLearned: 'Pelajaran dari penilaian tidak tercatat pada riwayat inovasi (data demo).',
} as const;
