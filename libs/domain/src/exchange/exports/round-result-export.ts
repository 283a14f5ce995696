import type { Rubric } from '../../evaluation/rubric';
import {
  outcomeLabels,
  outcomes,
  stageLabels,
  stages,
  type Outcome,
  type Stage,
} from '../../innovation/vocabulary-values';
import { choiceOptions, type Column } from '../columns';
import type { OutCell } from '../entity';
import type { ExportSheet } from './export-lists';

/** An innovation's results in an evaluation round, as the results table shows them. */
export type RoundResultExportRecord = {
  /** 1 for the highest score; null while unscored. */
  readonly rank: number | null;
  readonly innovationId: string;
  readonly title: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly stage: Stage;
  readonly assigned: number;
  /** Submitted score sheets aggregated. */
  readonly submitted: number;
  /** The round score 0–100 (cut to two decimals), null without sheets. */
  readonly score: number | null;
  readonly verdict: Outcome | null;
  readonly disagreement: boolean;
  /** The mean score of each criterion of the rubric, by criterion key. */
  readonly criterionMeans: Readonly<Record<string, number | null>>;
  /** The outcome a coordinator recorded, and when. */
  readonly outcome: Outcome | null;
  readonly recordedAt: string | null;
};

const outcomeOptions = choiceOptions(outcomes, outcomeLabels);

/** The columns before the rubric's criteria. */
const leadingColumns: readonly Column[] = [
  {
    key: 'rank',
    header: { id: 'Peringkat', en: 'Rank' },
    description: {
      id: 'Urutan menurut skor (1 = tertinggi); kosong bila belum dinilai.',
      en: 'Order by score (1 = highest); empty while unscored.',
    },
    required: false,
    format: { type: 'number', integer: true, min: 1, max: 1e6 },
  },
  {
    key: 'innovation',
    header: { id: 'Kode inovasi', en: 'Innovation code' },
    description: { id: 'Kode inovasi (atau id-nya).', en: 'The innovation’s code (or its id).' },
    required: true,
    format: { type: 'reference', to: 'innovation', many: false },
  },
  {
    key: 'title',
    header: { id: 'Judul inovasi', en: 'Innovation title' },
    description: { id: 'Judul inovasi.', en: 'The innovation’s title.' },
    required: true,
    format: { type: 'text', maxLength: 200 },
  },
  {
    key: 'unit',
    header: { id: 'Kode perangkat daerah', en: 'Unit code' },
    description: { id: 'Perangkat daerah pemilik.', en: 'The owning unit.' },
    required: true,
    format: { type: 'reference', to: 'unit', many: false },
  },
  {
    key: 'unit_name',
    header: { id: 'Perangkat daerah', en: 'Unit' },
    description: { id: 'Nama perangkat daerah.', en: 'The unit’s name.' },
    required: true,
    format: { type: 'text', maxLength: 160 },
  },
  {
    key: 'stage',
    header: { id: 'Tahap', en: 'Stage' },
    description: { id: 'Tahap inovasi saat ini.', en: 'The innovation’s current stage.' },
    required: true,
    format: { type: 'choice', options: choiceOptions(stages, stageLabels) },
  },
  {
    key: 'assigned',
    header: { id: 'Penilai ditugaskan', en: 'Evaluators assigned' },
    description: { id: 'Jumlah penilai yang ditugaskan.', en: 'How many evaluators are assigned.' },
    required: true,
    format: { type: 'number', integer: true, min: 0, max: 1000 },
  },
  {
    key: 'submitted',
    header: { id: 'Lembar terkirim', en: 'Sheets submitted' },
    description: {
      id: 'Jumlah lembar penilaian yang dikirim (yang dihitung).',
      en: 'How many score sheets were submitted (those counted).',
    },
    required: true,
    format: { type: 'number', integer: true, min: 0, max: 1000 },
  },
  {
    key: 'score',
    header: { id: 'Skor', en: 'Score' },
    description: {
      id: 'Skor putaran 0–100 (dua desimal); kosong tanpa lembar terkirim.',
      en: 'The round score 0–100 (two decimals); empty without submitted sheets.',
    },
    required: false,
    format: { type: 'number', integer: false, min: 0, max: 100 },
  },
  {
    key: 'verdict',
    header: { id: 'Putusan', en: 'Verdict' },
    description: {
      id: 'Putusan menurut ambang batas putaran.',
      en: 'The verdict by the round’s thresholds.',
    },
    required: false,
    format: { type: 'choice', options: outcomeOptions },
  },
  {
    key: 'disagreement',
    header: { id: 'Beda pendapat', en: 'Disagreement' },
    description: {
      id: 'Ya bila skor penilai berbeda 2 poin atau lebih pada suatu kriteria.',
      en: 'Ya (yes) when evaluators differ by 2 points or more on a criterion.',
    },
    required: true,
    format: { type: 'boolean' },
  },
];

/** The columns after the criteria. */
const trailingColumns: readonly Column[] = [
  {
    key: 'outcome',
    header: { id: 'Hasil dicatat', en: 'Outcome recorded' },
    description: {
      id: 'Hasil yang dicatat koordinator; kosong bila belum.',
      en: 'The outcome a coordinator recorded; empty until then.',
    },
    required: false,
    format: { type: 'choice', options: outcomeOptions },
  },
  {
    key: 'recorded_on',
    header: { id: 'Tanggal dicatat', en: 'Recorded on' },
    description: { id: 'Hari hasil dicatat (UTC).', en: 'The day the outcome was recorded (UTC).' },
    required: false,
    format: { type: 'date' },
  },
];

/** The key of a criterion's column. */
const criterionKey = (key: string) => `mean_${key}`;

/**
 * The results sheet of a round: fixed columns, one column per criterion of the round's rubric
 * (each round may set its own), then the recorded outcome. Evaluators stay anonymous: no sheet,
 * name or single score is written.
 */
export function roundResultExport(rubric: Rubric): ExportSheet<RoundResultExportRecord> {
  const criterionColumns: Column[] = rubric.map((criterion) => ({
    key: criterionKey(criterion.key),
    header: {
      id: `Rata-rata ${criterion.label.id} (${criterion.weight}%)`,
      en: `Mean ${criterion.label.en} (${criterion.weight}%)`,
    },
    description: {
      id: `Rata-rata skor 1–5 kriteria ${criterion.label.id}.`,
      en: `The mean 1–5 score of the criterion ${criterion.label.en}.`,
    },
    required: false,
    format: { type: 'number', integer: false, min: 1, max: 5 },
  }));
  return {
    columns: [...leadingColumns, ...criterionColumns, ...trailingColumns],
    write: (record, codes) => {
      const means: Record<string, OutCell> = {};
      for (const criterion of rubric) {
        const mean = record.criterionMeans[criterion.key] ?? null;
        means[criterionKey(criterion.key)] = mean === null ? null : Math.round(mean * 100) / 100;
      }
      return {
        rank: record.rank,
        innovation: codes.innovation(record.innovationId),
        title: record.title,
        unit: codes.unit(record.unitId),
        unit_name: record.unitName,
        stage: stageLabels[record.stage].id,
        assigned: record.assigned,
        submitted: record.submitted,
        score: record.score,
        verdict: record.verdict === null ? null : outcomeLabels[record.verdict].id,
        disagreement: record.disagreement ? 'Ya' : 'Tidak',
        ...means,
        outcome: record.outcome === null ? null : outcomeLabels[record.outcome].id,
        recorded_on: record.recordedAt === null ? null : { date: record.recordedAt.slice(0, 10) },
      };
    },
  };
}
