import { dateText, numberText, percentText, rupiahText } from './document-format';
import { regionCodeText } from './document-region';
import type {
  AppendixInnovation,
  DimensionChapter,
  InnovationLine,
  MasterplanDocument,
  ProgrammeRow,
  RoadmapAction,
  RoadmapYear,
  Signatory,
} from './masterplan-document';

/**
 * The wording of the masterplan document that is not in its model: chapter titles with their
 * numbers, table headers, the texts printed when a part is empty and the sentences built from the
 * model's pieces. The PDF and the DOCX renderers both read it, so they only lay the document out
 * and cannot drift apart in what they say.
 */

/**
 * A table cell's text: one line, or several lines (the renderers set the first apart from the
 * rest, which they print muted).
 */
export type TextCell = string | readonly string[];

/** What the document's metadata names as its subject. */
export function documentSubject(doc: MasterplanDocument): string {
  return `Rencana induk kota cerdas ${doc.regionName} ${doc.periodText}`;
}

/** What the document's metadata names as the application that created it. */
export const documentCreator = 'Aplikasi rencana induk kota cerdas';

/** The parts of the page footer around the page numbers: "Halaman 3 dari 40". */
export const pageNumberWords = { page: 'Halaman ', of: ' dari ' } as const;

/** The cover's lines around the plan's title. */
export const coverTexts = {
  kicker: 'RENCANA INDUK KOTA CERDAS',
  /** "Provinsi Jawa Barat · Kode wilayah 32.11", or the province alone without a code. */
  provinceAndCode: (doc: MasterplanDocument): string =>
    [
      ...(doc.province ? [`Provinsi ${doc.province}`] : []),
      ...(doc.region.code ? [regionCodeText(doc.region.code)] : []),
    ].join(' · '),
  period: (doc: MasterplanDocument): string => `Periode ${doc.periodText}`,
  /** The emblem's alternative text: "Lambang Kabupaten Sumedang". */
  emblemAlt: (doc: MasterplanDocument): string => `Lambang ${doc.regionName}`.trim(),
} as const;

/** The title of the table of contents. */
export const tableOfContentsTitle = 'Daftar Isi';

/** Chapter 1, Pendahuluan, with the Bimtek stages reached. */
export const introductionTexts = {
  title: '1. Pendahuluan',
  bimtekTitle: 'Tahapan Bimtek',
  noBimtekStages: 'Belum ada tahap Bimtek yang tercatat.',
  checklistDone: 'Hasil yang telah dicapai:',
} as const;

/** Header of the table of Bimtek stages. */
export const bimtekTableHeader = ['Tahap', 'Tanggal'] as const;

/** A row of the table of Bimtek stages. */
export function bimtekStageRow(stage: MasterplanDocument['bimtek']['stages'][number]): TextCell[] {
  return [stage.text, stage.date];
}

/** Chapter 2, Visi dan Misi. */
export const visionTexts = {
  title: '2. Visi dan Misi',
  visionTitle: 'Visi',
  noVision: 'Visi belum dirumuskan.',
  missionTitle: 'Misi',
  noMission: 'Misi belum dirumuskan.',
} as const;

/** The plan's vision, or the text saying it has none yet. */
export function visionText(doc: MasterplanDocument): string {
  return doc.vision.trim() === '' ? visionTexts.noVision : doc.vision;
}

/** The number of the first dimension's chapter (after Pendahuluan and Visi dan Misi). */
const firstDimensionChapter = 3;

/** The chapter number of the dimension at `index` of the document's dimensions. */
export function dimensionChapterNumber(index: number): number {
  return firstDimensionChapter + index;
}

/**
 * The titles of a dimension's chapter and its sections, numbered: "3. Smart Governance",
 * "3.1 Strategi".
 */
export function dimensionTitles(chapter: DimensionChapter, number: number) {
  return {
    chapter: `${number}. ${chapter.label}`,
    strategy: `${number}.1 Strategi`,
    programmes: `${number}.2 Program`,
    quickWins: `${number}.3 Quick Win`,
    quickWinProgrammes: 'Program quick win',
    quickWinInnovations: 'Inovasi pada tahap quick win atau sesudahnya',
    roadmap: `${number}.4 Peta Jalan per Tahun`,
    progress: `${number}.5 Capaian`,
  } as const;
}

/** The texts a dimension's chapter prints where a part is empty. */
export const dimensionEmptyTexts = {
  strategy: 'Strategi dimensi ini belum dirumuskan.',
  programmes: 'Belum ada program pada dimensi ini.',
  quickWins: 'Belum ada quick win pada dimensi ini.',
  roadmap: 'Belum ada peta jalan.',
  actions: 'Tidak ada rencana aksi pada tahun ini.',
} as const;

/** The dimension's strategy, or the text saying it has none yet. */
export function strategyText(chapter: DimensionChapter): string {
  return chapter.strategy ?? dimensionEmptyTexts.strategy;
}

/** Header of a dimension's table of programmes. */
export const programmeTableHeader = [
  'No',
  'Program',
  'Elemen / horizon / tahun',
  'Pengampu',
  'Anggaran',
  'Progres',
] as const;

/**
 * The texts of a programme's row, by column: its number, the programme (name, then description
 * and reference when given), element / horizon / years, the lead unit (then the supporting ones),
 * the budget with its funding, and the progress.
 */
export function programmeTexts(p: ProgrammeRow, index: number) {
  return {
    number: String(index + 1),
    programme: [
      p.name,
      ...(p.description ? [p.description] : []),
      ...(p.reference ? [`Rujukan: ${p.reference}`] : []),
    ],
    plan: [p.element, p.horizon, p.years],
    units: [
      p.leadUnit,
      ...(p.supportingUnits.length > 0 ? [`Pendukung: ${p.supportingUnits.join('; ')}`] : []),
    ],
    budget: [rupiahText(p.budget), p.funding],
    progress: percentText(p.progress),
  } as const;
}

/** A quick-win programme as its bullet: "Name (2024–2026; Lead unit)". */
export function quickWinProgrammeText(p: ProgrammeRow): string {
  return `${p.name} (${p.years}; ${p.leadUnit})`;
}

/** Header of a list of innovations (the quick wins of a dimension). */
export const innovationTableHeader = [
  'Inovasi',
  'Perangkat daerah',
  'Tahap',
  'Hasil evaluasi',
] as const;

/** A row of a list of innovations. */
export function innovationRow(i: InnovationLine): TextCell[] {
  return [i.title, i.unit, i.stage, i.outcome];
}

/** The title of a roadmap year: "Tahun 2025". */
export function roadmapYearTitle(year: RoadmapYear): string {
  return `Tahun ${year.year}`;
}

/** The label before the programmes running in a roadmap year. */
export const runningProgrammesLabel = 'Program berjalan: ';

/** The programmes running in a roadmap year, or a dash for none. */
export function runningProgrammesText(year: RoadmapYear): string {
  return year.programmes.length === 0 ? '–' : year.programmes.join('; ');
}

/** Header of a roadmap year's table of action items. */
export const actionTableHeader = [
  'Rencana aksi',
  'Program',
  'Pelaksana',
  'Target keluaran',
  'Anggaran',
  'Status',
  '%',
] as const;

/** The columns of the action table that hold numbers (the budget and the progress). */
export const actionNumberColumns: readonly number[] = [4, 6];

/** A row of a roadmap year's table of action items. */
export function actionRow(a: RoadmapAction): TextCell[] {
  return [
    a.activity,
    a.programme,
    a.ownerUnit,
    a.outputTarget,
    numberText(a.budget),
    a.status,
    String(a.progress),
  ];
}

/** The sentence on a dimension's progress, or why it cannot be computed yet. */
export function progressSentence(chapter: DimensionChapter): string {
  if (chapter.progress === null) {
    return 'Capaian belum dapat dihitung: belum ada rencana aksi pada program dimensi ini.';
  }
  const counted = chapter.programmes.filter((p) => p.progress !== null).length;
  return (
    `Capaian dimensi ${chapter.label}: ${percentText(chapter.progress)} (rata-rata capaian ` +
    `${counted} program yang memiliki rencana aksi).`
  );
}

/** The number of the chapter Komitmen Bersama (after the dimensions). */
export function commitmentChapterNumber(doc: MasterplanDocument): number {
  return dimensionChapterNumber(doc.dimensions.length);
}

/** The chapter Komitmen Bersama. */
export const commitmentTexts = {
  title: (number: number): string => `${number}. Komitmen Bersama`,
  noSignatories: 'Belum ada perangkat daerah yang menandatangani.',
  unsignedTitle: 'Perangkat daerah yang belum menandatangani',
} as const;

/** Header of the table of signatories. */
export const signatoryTableHeader = [
  'No',
  'Perangkat daerah',
  'Penandatangan',
  'NIP',
  'Jabatan',
  'Tanggal',
] as const;

/** A row of the table of signatories. */
export function signatoryRow(s: Signatory, index: number): TextCell[] {
  return [String(index + 1), s.unit, s.signer, s.nip, s.position, s.date];
}

/** The appendix, the list of every innovation. */
export const appendixTexts = {
  title: 'Lampiran: Daftar Inovasi',
  summary: (doc: MasterplanDocument): string =>
    `${doc.appendix.length} inovasi tercatat di aplikasi pada ${dateText(doc.generatedOn)}.`,
  empty: 'Belum ada inovasi.',
} as const;

/** Header of the appendix's table of innovations. */
export const appendixTableHeader = [
  'No',
  'Inovasi',
  'Perangkat daerah',
  'Dimensi',
  'Tahap',
  'Hasil evaluasi',
] as const;

/** A row of the appendix's table of innovations (the dimension over the element). */
export function appendixRow(i: AppendixInnovation, index: number): TextCell[] {
  return [String(index + 1), i.title, i.unit, [i.dimension, i.element], i.stage, i.outcome];
}
