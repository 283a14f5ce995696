import {
  DomainError,
  bentukLabels,
  fundingSourceLabels,
  getDimension,
  inisiatorLabels,
  jenisLabels,
  outcomeLabels,
  problemSourceLabels,
  quickWinStatusLabels,
  stageLabels,
  tahapanLabels,
  utcDate,
  type Innovation,
} from '@smartcity/domain';
import { findRegionById, findUnitById, latestProgressReport, type Database } from '@smartcity/db';
import type { Kysely } from 'kysely';
import { dateText, numberText, rupiahText } from './document-format';
import {
  emblemDataUrl,
  loadDocumentRegion,
  regionCodeText,
  withEmblemFallback,
  type DocumentRegion,
} from './document-region';
import { headerRow, renderPdfCounted, type Content, type TableCell } from './pdf-printer';

/** One innovation's profile as the one-page PDF prints it, labelled in Indonesian. */
export type InnovationProfile = {
  /** The region of the innovation's unit, printed above the title with its emblem. */
  readonly region: DocumentRegion;
  readonly title: string;
  readonly summary: string;
  readonly unit: string;
  readonly dimension: string;
  readonly element: string;
  readonly stage: string;
  readonly iid: readonly (readonly [label: string, value: string])[];
  readonly problem: readonly (readonly [label: string, value: string])[];
  readonly need: {
    readonly statement: string;
    readonly beneficiaries: string;
    readonly kpis: readonly {
      readonly name: string;
      readonly baseline: string;
      readonly target: string;
      readonly targetDate: string;
    }[];
  };
  readonly quickWin: readonly (readonly [label: string, value: string])[];
  /** The newest progress report, or null. */
  readonly progress: {
    readonly date: string;
    readonly percent: number;
    readonly status: string;
    readonly narrative: string;
  } | null;
  /**
   * The evaluation outcome recorded on the innovation ("Berdampak", …), or null. The outcome is
   * public once a coordinator records it (scores and notes are not: they stay in
   * `evaluation.history` under its visibility rule), so the profile prints only the outcome.
   */
  readonly outcome: string | null;
  readonly generatedNote: string;
};

// The longest a field is printed (characters): a profile fits one A4 page, so long texts are
// shortened (the full text stays in the app). The renderer shortens further when even these do
// not fit (see `renderInnovationProfilePdf`).
const limits = { summary: 400, text: 550, short: 200, kpis: 5 } as const;

function clip(value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (text === '') return '–';
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * Builds the profile of an innovation the caller may read (the access check is the caller's):
 * identity, dimension and element, stage, the IID profile, the problem, the need with its KPIs,
 * the quick win, the latest progress report and the recorded evaluation outcome.
 */
export async function loadInnovationProfile(
  db: Kysely<Database>,
  innovation: Innovation,
  now: Date,
): Promise<InnovationProfile> {
  const [unit, latest] = await Promise.all([
    findUnitById(db, innovation.unitId),
    latestProgressReport(db, innovation.id),
  ]);
  if (!unit) throw new DomainError('NOT_FOUND', 'Unit not found', { id: innovation.unitId });
  const region = await loadDocumentRegion(db, await findRegionById(db, unit.regionId));
  const dimension = getDimension(innovation.dimension);
  const { problem, need, quick_win: quickWin, evaluation } = innovation.sections;
  const date = (value: string | null | undefined) => (value ? dateText(value) : '–');
  return {
    region,
    title: innovation.title,
    summary: clip(innovation.summary, limits.summary),
    unit: unit.name,
    dimension: dimension.label.id,
    element: dimension.elements.find((e) => e.key === innovation.element)?.label.id ?? '–',
    stage: stageLabels[innovation.stage].id,
    iid: [
      ['Jenis', jenisLabels[innovation.jenis].id],
      ['Bentuk', bentukLabels[innovation.bentuk].id],
      ['Inisiator', inisiatorLabels[innovation.inisiator].id],
      ['Tahapan', tahapanLabels[innovation.tahapan].id],
      ['Urusan pemerintahan', clip(innovation.urusan, limits.short)],
      ['Tanggal uji coba', date(innovation.trialDate)],
      ['Tanggal penerapan', date(innovation.implementationDate)],
    ],
    problem: [
      ['Pernyataan masalah', clip(problem.statement, limits.text)],
      ['Kelompok terdampak', clip(problem.affectedGroup, limits.short)],
      ['Bukti / data dasar', clip(problem.evidence, limits.text)],
      ['Sumber', problem.source ? problemSourceLabels[problem.source].id : '–'],
    ],
    need: {
      statement: clip(need.statement, limits.text),
      beneficiaries:
        [
          need.beneficiaries?.who?.trim(),
          need.beneficiaries?.estimatedCount === undefined
            ? undefined
            : `± ${numberText(need.beneficiaries.estimatedCount)} orang`,
        ]
          .filter((part): part is string => Boolean(part))
          .join(', ') || '–',
      kpis: need.indicators.slice(0, limits.kpis).map((kpi) => ({
        name: clip(kpi.name, limits.short),
        baseline: `${numberText(kpi.baseline)} ${kpi.unit}`.trim(),
        target: `${numberText(kpi.target)} ${kpi.unit}`.trim(),
        targetDate: dateText(kpi.targetDate),
      })),
    },
    quickWin: [
      ['Keluaran', clip(quickWin.deliverable, limits.text)],
      ['Penanggung jawab', clip(quickWin.responsiblePerson, limits.short)],
      ['Mulai', date(quickWin.startDate)],
      ['Target selesai', date(quickWin.targetDate)],
      [
        'Anggaran',
        quickWin.budget === undefined
          ? '–'
          : `${rupiahText(quickWin.budget)}${quickWin.fundingSource ? ` (${fundingSourceLabels[quickWin.fundingSource].id})` : ''}`,
      ],
      ['Status', quickWin.status ? quickWinStatusLabels[quickWin.status].id : '–'],
    ],
    progress: latest
      ? {
          date: dateText(latest.reportDate),
          percent: latest.progressPercent,
          status: quickWinStatusLabels[latest.status].id,
          narrative: clip(latest.narrative, limits.text),
        }
      : null,
    outcome: evaluation.outcome ? outcomeLabels[evaluation.outcome].id : null,
    generatedNote: `Profil ini dihasilkan dari data aplikasi pada ${dateText(utcDate(now))}.`,
  };
}

/**
 * The region above the profile: its emblem (PNG or JPEG) beside its name, branding line and
 * Kemendagri code; nothing when the region is unknown.
 */
function regionHeader(region: DocumentRegion): Content[] {
  if (!region.name) return [];
  const details = [region.branding, region.code ? regionCodeText(region.code) : null].filter(
    (text): text is string => Boolean(text),
  );
  const words: Content = {
    stack: [
      { text: region.name, bold: true, fontSize: 9, color: '#1c3d5a' },
      ...(details.length > 0 ? [{ text: details.join(' · '), fontSize: 8, style: 'muted' }] : []),
    ],
    width: '*',
  };
  return [
    {
      columns: region.emblem
        ? [{ image: emblemDataUrl(region.emblem), fit: [30, 30], width: 34 }, words]
        : [words],
      columnGap: 6,
      margin: [0, 0, 0, 6],
    },
  ];
}

function fields(rows: readonly (readonly [string, string])[]): Content {
  return {
    style: 'table',
    table: {
      widths: [110, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label, bold: true }, value]),
    },
    layout: 'noBorders',
  };
}

function section(title: string): Content {
  return { text: title, style: 'h3', color: '#1c3d5a' };
}

/** The profile with every text shortened to `scale` of its limit (and at most three KPIs below 1). */
function shortened(profile: InnovationProfile, scale: number): InnovationProfile {
  if (scale >= 1) return profile;
  const text = (value: string) => clip(value, Math.round(limits.text * scale));
  const rows = (list: InnovationProfile['iid']) => list.map(([l, v]) => [l, text(v)] as const);
  return {
    ...profile,
    title: clip(profile.title, Math.round(limits.short * Math.max(scale, 0.5))),
    summary: clip(profile.summary, Math.round(limits.summary * scale)),
    iid: rows(profile.iid),
    problem: rows(profile.problem),
    need: {
      statement: text(profile.need.statement),
      beneficiaries: text(profile.need.beneficiaries),
      kpis: profile.need.kpis
        .slice(0, 3)
        .map((k) => ({ ...k, name: clip(k.name, Math.round(limits.short * scale)) })),
    },
    quickWin: rows(profile.quickWin),
    progress: profile.progress && {
      ...profile.progress,
      narrative: text(profile.progress.narrative),
    },
  };
}

/**
 * The one-page profile of an innovation as a PDF (A4, small type). When the texts at their
 * limits still run onto a second page, they are shortened further until the profile fits.
 */
export function renderInnovationProfilePdf(profile: InnovationProfile): Promise<Buffer> {
  return withEmblemFallback(profile, renderFitted);
}

async function renderFitted(profile: InnovationProfile): Promise<Buffer> {
  let result = await renderProfile(profile);
  for (const scale of [0.6, 0.35, 0.2]) {
    if (result.pages <= 1) break;
    result = await renderProfile(shortened(profile, scale));
  }
  return result.content;
}

async function renderProfile(profile: InnovationProfile) {
  const kpiTable: Content =
    profile.need.kpis.length === 0
      ? { text: 'Belum ada indikator keberhasilan.', style: 'muted', fontSize: 8 }
      : {
          style: 'table',
          table: {
            headerRows: 1,
            widths: ['*', 90, 90, 90],
            body: [
              headerRow(['Indikator (KPI)', 'Kondisi awal', 'Target', 'Tanggal target']),
              ...profile.need.kpis.map((k) => [k.name, k.baseline, k.target, k.targetDate]),
            ],
          },
          layout: 'lightHorizontalLines',
        };
  const content: Content[] = [
    ...regionHeader(profile.region),
    { text: 'PROFIL INOVASI', fontSize: 9, bold: true, color: '#555555' },
    { text: profile.title, fontSize: 15, bold: true, color: '#1c3d5a', margin: [0, 2, 0, 2] },
    {
      text: `${profile.unit} · ${profile.dimension} – ${profile.element} · Tahap: ${profile.stage}`,
      fontSize: 9,
      margin: [0, 0, 0, 4],
    },
    { text: profile.summary, fontSize: 9, style: 'muted', margin: [0, 0, 0, 4] },
    ...(profile.outcome
      ? [{ text: `Hasil evaluasi: ${profile.outcome}`, bold: true, fontSize: 10 } as Content]
      : []),
    section('Profil IID (Indeks Inovasi Daerah)'),
    fields(profile.iid),
    section('Masalah'),
    fields(profile.problem),
    section('Kebutuhan'),
    fields([
      ['Pernyataan kebutuhan', profile.need.statement],
      ['Penerima manfaat', profile.need.beneficiaries],
    ]),
    kpiTable,
    section('Quick Win'),
    fields(profile.quickWin),
    section('Kemajuan terakhir'),
    profile.progress
      ? fields([
          [
            'Laporan',
            `${profile.progress.date}: ${profile.progress.percent} % (${profile.progress.status})`,
          ],
          ['Uraian', profile.progress.narrative],
        ])
      : { text: 'Belum ada laporan kemajuan.', style: 'muted', fontSize: 8 },
  ];
  return renderPdfCounted({
    info: {
      title: `Profil inovasi: ${profile.title}`,
      creator: 'Aplikasi rencana induk kota cerdas',
    },
    pageMargins: [40, 36, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 8, lineHeight: 1.1 },
    footer: () => ({
      text: profile.generatedNote,
      fontSize: 7,
      color: '#555555',
      alignment: 'center',
      margin: [0, 14, 0, 0],
    }),
    content,
  });
}
