import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
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
import { fitEmblem } from './document-region';
import type { DimensionChapter, MasterplanDocument, ProgrammeRow } from './masterplan-document';
import {
  actionRow,
  actionTableHeader,
  appendixRow,
  appendixTableHeader,
  appendixTexts,
  bimtekStageRow,
  bimtekTableHeader,
  commitmentChapterNumber,
  commitmentTexts,
  coverTexts,
  dimensionChapterNumber,
  dimensionEmptyTexts,
  dimensionTitles,
  documentCreator,
  documentSubject,
  innovationRow,
  innovationTableHeader,
  introductionTexts,
  pageNumberWords,
  programmeTableHeader,
  programmeTexts,
  progressSentence,
  quickWinProgrammeText,
  roadmapYearTitle,
  runningProgrammesLabel,
  runningProgrammesText,
  signatoryRow,
  signatoryTableHeader,
  strategyText,
  visionText,
  visionTexts,
  type TextCell,
} from './masterplan-texts';

/**
 * The masterplan document as a DOCX (Word), with the same chapters as the PDF: a cover, the
 * introduction, Visi dan Misi, a chapter per dimension, Komitmen Bersama and the appendix. Page
 * numbers in the footer (not on the cover); table header rows repeat on every page. Headings use
 * Word's heading styles, so Word can build a table of contents from them. The wording is
 * masterplan-texts'.
 */
export async function renderMasterplanDocx(doc: MasterplanDocument): Promise<Buffer> {
  const children: FileChild[] = [
    ...cover(doc),
    heading(1, introductionTexts.title),
    ...doc.introduction.map((text) => paragraph(text)),
    heading(2, introductionTexts.bimtekTitle),
    doc.bimtek.stages.length === 0
      ? paragraph(introductionTexts.noBimtekStages)
      : table(bimtekTableHeader, doc.bimtek.stages.map(bimtekStageRow), [30, 70]),
    ...(doc.bimtek.checklistDone.length === 0
      ? []
      : [paragraph(introductionTexts.checklistDone), ...doc.bimtek.checklistDone.map(bullet)]),
    heading(1, visionTexts.title, true),
    heading(2, visionTexts.visionTitle),
    paragraph(visionText(doc)),
    heading(2, visionTexts.missionTitle),
    ...(doc.mission.length === 0
      ? [paragraph(visionTexts.noMission)]
      : doc.mission.map((m, i) => paragraph(`${i + 1}. ${m}`))),
    ...doc.dimensions.flatMap((chapter, i) => dimensionChapter(chapter, dimensionChapterNumber(i))),
    ...commitmentChapter(doc, commitmentChapterNumber(doc)),
    ...appendix(doc),
  ];
  const document = new Document({
    title: doc.title,
    subject: documentSubject(doc),
    creator: documentCreator,
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
                    children: [
                      pageNumberWords.page,
                      PageNumber.CURRENT,
                      pageNumberWords.of,
                      PageNumber.TOTAL_PAGES,
                    ],
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
  const line = (
    text: string,
    size: number,
    options: { bold?: boolean; italics?: boolean; before?: number } = {},
  ) =>
    new Paragraph({
      spacing: { before: options.before ?? 0, after: 120 },
      children: [
        new TextRun({ text, size, bold: options.bold ?? false, italics: options.italics ?? false }),
      ],
    });
  const { emblem, branding } = doc.region;
  const place = coverTexts.provinceAndCode(doc);
  return [
    ...(emblem
      ? [
          new Paragraph({
            spacing: { before: 1600, after: 240 },
            children: [
              new ImageRun({
                type: emblem.mimeType === 'image/png' ? 'png' : 'jpg',
                data: emblem.content,
                transformation: fitEmblem(emblem, 96),
                altText: {
                  name: coverTexts.emblemAlt(doc),
                  description: coverTexts.emblemAlt(doc),
                },
              }),
            ],
          }),
        ]
      : []),
    line(coverTexts.kicker, 24, { bold: true, before: emblem ? 0 : 2400 }),
    line(doc.title, 44, { bold: true }),
    line(doc.regionName, 32),
    ...(branding ? [line(branding, 24, { italics: true })] : []),
    ...(place ? [line(place, 24)] : []),
    line(coverTexts.period(doc), 28, { before: 240 }),
    line(doc.bimtek.stageText, 22),
    new Paragraph({
      spacing: { before: emblem ? 2400 : 3600 },
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

/** A cell's content: a text cell, or lines (the first bold when `boldFirst`). */
type Cell = TextCell | { readonly lines: readonly string[]; readonly boldFirst?: boolean };

function cell(content: Cell, header: boolean, width: number): TableCell {
  const lines =
    typeof content === 'string' ? [content] : 'lines' in content ? content.lines : content;
  const boldFirst = typeof content !== 'string' && 'lines' in content && content.boldFirst === true;
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
  const t = programmeTexts(p, index);
  return [t.number, { lines: t.programme, boldFirst: true }, t.plan, t.units, t.budget, t.progress];
}

function dimensionChapter(chapter: DimensionChapter, number: number): FileChild[] {
  const titles = dimensionTitles(chapter, number);
  const content: FileChild[] = [
    heading(1, titles.chapter),
    paragraph(chapter.description, { muted: true }),
    heading(2, titles.strategy),
    paragraph(strategyText(chapter)),
    heading(2, titles.programmes),
    chapter.programmes.length === 0
      ? paragraph(dimensionEmptyTexts.programmes)
      : table(programmeTableHeader, chapter.programmes.map(programmeCells), [5, 37, 17, 20, 13, 8]),
    heading(2, titles.quickWins),
  ];
  const { programmes, innovations } = chapter.quickWins;
  if (programmes.length === 0 && innovations.length === 0) {
    content.push(paragraph(dimensionEmptyTexts.quickWins));
  }
  if (programmes.length > 0) {
    content.push(
      heading(3, titles.quickWinProgrammes),
      ...programmes.map((p) => bullet(quickWinProgrammeText(p))),
    );
  }
  if (innovations.length > 0) {
    content.push(
      heading(3, titles.quickWinInnovations),
      table(innovationTableHeader, innovations.map(innovationRow), [44, 28, 13, 15]),
    );
  }
  content.push(heading(2, titles.roadmap));
  if (chapter.roadmap.length === 0) content.push(paragraph(dimensionEmptyTexts.roadmap));
  for (const year of chapter.roadmap) {
    content.push(heading(3, roadmapYearTitle(year)));
    content.push(
      new Paragraph({
        spacing: { after: 80 },
        children: [
          new TextRun({ text: runningProgrammesLabel, bold: true }),
          new TextRun(runningProgrammesText(year)),
        ],
      }),
    );
    content.push(
      year.actions.length === 0
        ? paragraph(dimensionEmptyTexts.actions, { muted: true })
        : table(actionTableHeader, year.actions.map(actionRow), [24, 18, 16, 15, 11, 10, 6]),
    );
  }
  content.push(heading(2, titles.progress), paragraph(progressSentence(chapter)));
  return content;
}

function commitmentChapter(doc: MasterplanDocument, number: number): FileChild[] {
  const { commitment } = doc;
  return [
    heading(1, commitmentTexts.title(number)),
    paragraph(commitment.statement),
    paragraph(commitment.countText, { bold: true }),
    commitment.signatories.length === 0
      ? paragraph(commitmentTexts.noSignatories)
      : table(
          signatoryTableHeader,
          commitment.signatories.map(signatoryRow),
          [5, 27, 18, 19, 17, 14],
        ),
    ...(commitment.unsignedUnits.length === 0
      ? []
      : [heading(3, commitmentTexts.unsignedTitle), ...commitment.unsignedUnits.map(bullet)]),
  ];
}

function appendix(doc: MasterplanDocument): FileChild[] {
  return [
    heading(1, appendixTexts.title),
    paragraph(appendixTexts.summary(doc)),
    doc.appendix.length === 0
      ? paragraph(appendixTexts.empty)
      : table(appendixTableHeader, doc.appendix.map(appendixRow), [6, 36, 22, 16, 9, 11]),
  ];
}
