import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { dateText, numberText, percentText, rupiahText } from './document-format';
import type {
  DimensionChapter,
  InnovationLine,
  MasterplanDocument,
  ProgrammeRow,
} from './masterplan-document';

/**
 * The masterplan document as a DOCX (Word), with the same chapters as the PDF: a cover, the
 * introduction, Visi dan Misi, a chapter per dimension, Komitmen Bersama and the appendix. Page
 * numbers in the footer (not on the cover); table header rows repeat on every page. Headings use
 * Word's heading styles, so Word can build a table of contents from them.
 */
export async function renderMasterplanDocx(doc: MasterplanDocument): Promise<Buffer> {
  const chapterOffset = 3;
  const children: FileChild[] = [
    ...cover(doc),
    heading(1, '1. Pendahuluan'),
    ...doc.introduction.map((text) => paragraph(text)),
    heading(2, 'Tahapan Bimtek'),
    doc.bimtek.stages.length === 0
      ? paragraph('Belum ada tahap Bimtek yang tercatat.')
      : table(
          ['Tahap', 'Tanggal'],
          doc.bimtek.stages.map((s) => [s.text, s.date]),
          [30, 70],
        ),
    ...(doc.bimtek.checklistDone.length === 0
      ? []
      : [paragraph('Hasil yang telah dicapai:'), ...doc.bimtek.checklistDone.map(bullet)]),
    heading(1, '2. Visi dan Misi', true),
    heading(2, 'Visi'),
    paragraph(doc.vision.trim() === '' ? 'Visi belum dirumuskan.' : doc.vision),
    heading(2, 'Misi'),
    ...(doc.mission.length === 0
      ? [paragraph('Misi belum dirumuskan.')]
      : doc.mission.map((m, i) => paragraph(`${i + 1}. ${m}`))),
    ...doc.dimensions.flatMap((chapter, i) => dimensionChapter(chapter, chapterOffset + i)),
    ...commitmentChapter(doc, chapterOffset + doc.dimensions.length),
    ...appendix(doc),
  ];
  const document = new Document({
    title: doc.title,
    subject: `Rencana induk kota cerdas ${doc.regionName} ${doc.periodText}`,
    creator: 'Aplikasi rencana induk kota cerdas',
    description: doc.generatedNote,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 21 } } },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: {
          first: new Footer({ children: [new Paragraph('')] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function cover(doc: MasterplanDocument): FileChild[] {
  const line = (text: string, size: number, options: { bold?: boolean; before?: number } = {}) =>
    new Paragraph({
      spacing: { before: options.before ?? 0, after: 120 },
      children: [new TextRun({ text, size, bold: options.bold ?? false })],
    });
  return [
    line('RENCANA INDUK KOTA CERDAS', 24, { bold: true, before: 2400 }),
    line(doc.title, 44, { bold: true }),
    line(doc.regionName, 32),
    ...(doc.province ? [line(`Provinsi ${doc.province}`, 24)] : []),
    line(`Periode ${doc.periodText}`, 28, { before: 240 }),
    line(doc.bimtek.stageText, 22),
    new Paragraph({
      spacing: { before: 3600 },
      children: [new TextRun({ text: doc.generatedNote, size: 18, color: '555555' })],
    }),
  ];
}

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function heading(level: 1 | 2 | 3, text: string, newPage = level === 1): Paragraph {
  return new Paragraph({ heading: headingLevels[level], text, pageBreakBefore: newPage });
}

function paragraph(text: string, options: { bold?: boolean; muted?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    alignment: AlignmentType.JUSTIFIED,
    children: [
      new TextRun({
        text,
        bold: options.bold ?? false,
        ...(options.muted ? { color: '555555' } : {}),
      }),
    ],
  });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

/** A cell's content: one line, or lines (the first bold when `boldFirst`). */
type Cell = string | { readonly lines: readonly string[]; readonly boldFirst?: boolean };

function cell(content: Cell, header: boolean, width: number): TableCell {
  const lines = typeof content === 'string' ? [content] : content.lines;
  const boldFirst = typeof content !== 'string' && content.boldFirst === true;
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } } : {}),
    children: lines.map(
      (text, i) =>
        new Paragraph({
          children: [
            new TextRun({
              text,
              size: 16,
              bold: header || (boldFirst && i === 0),
              ...(i > 0 && !header ? { color: '555555' } : {}),
            }),
          ],
        }),
    ),
  });
}

/** A table whose first row is a header row Word repeats on every page; widths in percent. */
function table(
  labels: readonly string[],
  rows: readonly (readonly Cell[])[],
  widths: readonly number[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: labels.map((label, i) => cell(label, true, widths[i] ?? 10)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((content, i) => cell(content, false, widths[i] ?? 10)),
          }),
      ),
    ],
  });
}

function programmeCells(p: ProgrammeRow, index: number): Cell[] {
  return [
    String(index + 1),
    {
      lines: [p.name, p.description, p.reference ? `Rujukan: ${p.reference}` : ''].filter(
        (line) => line !== '',
      ),
      boldFirst: true,
    },
    { lines: [p.element, p.horizon, p.years] },
    {
      lines: [
        p.leadUnit,
        ...(p.supportingUnits.length > 0 ? [`Pendukung: ${p.supportingUnits.join('; ')}`] : []),
      ],
    },
    { lines: [rupiahText(p.budget), p.funding] },
    percentText(p.progress),
  ];
}

function innovationList(items: readonly InnovationLine[]): Table {
  return table(
    ['Inovasi', 'Perangkat daerah', 'Tahap', 'Hasil evaluasi'],
    items.map((i) => [i.title, i.unit, i.stage, i.outcome]),
    [44, 28, 13, 15],
  );
}

function dimensionChapter(chapter: DimensionChapter, number: number): FileChild[] {
  const n = `${number}.`;
  const content: FileChild[] = [
    heading(1, `${number}. ${chapter.label}`),
    paragraph(chapter.description, { muted: true }),
    heading(2, `${n}1 Strategi`),
    paragraph(chapter.strategy ?? 'Strategi dimensi ini belum dirumuskan.'),
    heading(2, `${n}2 Program`),
    chapter.programmes.length === 0
      ? paragraph('Belum ada program pada dimensi ini.')
      : table(
          ['No', 'Program', 'Elemen / horizon / tahun', 'Pengampu', 'Anggaran', 'Progres'],
          chapter.programmes.map(programmeCells),
          [5, 37, 17, 20, 13, 8],
        ),
    heading(2, `${n}3 Quick Win`),
  ];
  const { programmes, innovations } = chapter.quickWins;
  if (programmes.length === 0 && innovations.length === 0) {
    content.push(paragraph('Belum ada quick win pada dimensi ini.'));
  }
  if (programmes.length > 0) {
    content.push(
      heading(3, 'Program quick win'),
      ...programmes.map((p) => bullet(`${p.name} (${p.years}; ${p.leadUnit})`)),
    );
  }
  if (innovations.length > 0) {
    content.push(
      heading(3, 'Inovasi pada tahap quick win atau sesudahnya'),
      innovationList(innovations),
    );
  }
  content.push(heading(2, `${n}4 Peta Jalan per Tahun`));
  if (chapter.roadmap.length === 0) content.push(paragraph('Belum ada peta jalan.'));
  for (const year of chapter.roadmap) {
    content.push(heading(3, `Tahun ${year.year}`));
    content.push(
      new Paragraph({
        spacing: { after: 80 },
        children: [
          new TextRun({ text: 'Program berjalan: ', bold: true }),
          new TextRun(year.programmes.length === 0 ? '–' : year.programmes.join('; ')),
        ],
      }),
    );
    content.push(
      year.actions.length === 0
        ? paragraph('Tidak ada rencana aksi pada tahun ini.', { muted: true })
        : table(
            ['Rencana aksi', 'Program', 'Pelaksana', 'Target keluaran', 'Anggaran', 'Status', '%'],
            year.actions.map((a) => [
              a.activity,
              a.programme,
              a.ownerUnit,
              a.outputTarget,
              numberText(a.budget),
              a.status,
              String(a.progress),
            ]),
            [24, 18, 16, 15, 11, 10, 6],
          ),
    );
  }
  content.push(
    heading(2, `${n}5 Capaian`),
    paragraph(
      chapter.progress === null
        ? 'Capaian belum dapat dihitung: belum ada rencana aksi pada program dimensi ini.'
        : `Capaian dimensi ${chapter.label}: ${percentText(chapter.progress)} (rata-rata capaian ` +
            `${chapter.programmes.filter((p) => p.progress !== null).length} program yang memiliki rencana aksi).`,
    ),
  );
  return content;
}

function commitmentChapter(doc: MasterplanDocument, number: number): FileChild[] {
  const { commitment } = doc;
  return [
    heading(1, `${number}. Komitmen Bersama`),
    paragraph(commitment.statement),
    paragraph(commitment.countText, { bold: true }),
    commitment.signatories.length === 0
      ? paragraph('Belum ada perangkat daerah yang menandatangani.')
      : table(
          ['No', 'Perangkat daerah', 'Penandatangan', 'NIP', 'Jabatan', 'Tanggal'],
          commitment.signatories.map((s, i) => [
            String(i + 1),
            s.unit,
            s.signer,
            s.nip,
            s.position,
            s.date,
          ]),
          [5, 27, 18, 19, 17, 14],
        ),
    ...(commitment.unsignedUnits.length === 0
      ? []
      : [
          heading(3, 'Perangkat daerah yang belum menandatangani'),
          ...commitment.unsignedUnits.map(bullet),
        ]),
  ];
}

function appendix(doc: MasterplanDocument): FileChild[] {
  return [
    heading(1, 'Lampiran: Daftar Inovasi'),
    paragraph(
      `${doc.appendix.length} inovasi tercatat di aplikasi pada ${dateText(doc.generatedOn)}.`,
    ),
    doc.appendix.length === 0
      ? paragraph('Belum ada inovasi.')
      : table(
          ['No', 'Inovasi', 'Perangkat daerah', 'Dimensi', 'Tahap', 'Hasil evaluasi'],
          doc.appendix.map((i, n) => [
            String(n + 1),
            i.title,
            i.unit,
            { lines: [i.dimension, i.element] },
            i.stage,
            i.outcome,
          ]),
          [6, 36, 22, 16, 9, 11],
        ),
  ];
}
