import type { DimensionChapter, MasterplanDocument, ProgrammeRow } from './masterplan-document';
import {
  actionNumberColumns,
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
  tableOfContentsTitle,
  visionText,
  visionTexts,
  type TextCell,
} from './masterplan-texts';
import { emblemDataUrl, withEmblemFallback } from './document-region';
import { headerRow, pageFooter, renderPdf, type Content, type TableCell } from './pdf-printer';

/**
 * The masterplan document as a PDF (A4): a cover, the table of contents, the introduction, Visi
 * dan Misi, a chapter per dimension (strategy, programmes, quick wins, roadmap by year,
 * progress), Komitmen Bersama and the appendix of every innovation. Page numbers in the footer;
 * every table repeats its header row on each page it spans. The cover carries the region's
 * emblem (PNG or JPEG), name, branding line, province and Kemendagri code. The wording is
 * masterplan-texts'.
 */
export function renderMasterplanPdf(doc: MasterplanDocument): Promise<Buffer> {
  return withEmblemFallback(doc, render);
}

async function render(doc: MasterplanDocument): Promise<Buffer> {
  const content: Content[] = [
    ...cover(doc),
    {
      toc: { title: { text: tableOfContentsTitle, style: 'h1' }, numberStyle: { fontSize: 10 } },
      pageBreak: 'after',
    },
    heading(1, introductionTexts.title),
    ...doc.introduction.map((text) => paragraph(text)),
    heading(2, introductionTexts.bimtekTitle),
    doc.bimtek.stages.length === 0
      ? paragraph(introductionTexts.noBimtekStages)
      : table(bimtekTableHeader, doc.bimtek.stages.map(bimtekStageRow), { widths: [120, '*'] }),
    ...(doc.bimtek.checklistDone.length === 0
      ? []
      : [paragraph(introductionTexts.checklistDone), { ul: [...doc.bimtek.checklistDone] }]),
    heading(1, visionTexts.title, true),
    heading(2, visionTexts.visionTitle),
    paragraph(visionText(doc)),
    heading(2, visionTexts.missionTitle),
    doc.mission.length === 0
      ? paragraph(visionTexts.noMission)
      : { ol: [...doc.mission], margin: [0, 0, 0, 6] },
    ...doc.dimensions.flatMap((chapter, i) => dimensionChapter(chapter, dimensionChapterNumber(i))),
    ...commitmentChapter(doc, commitmentChapterNumber(doc)),
    ...appendix(doc),
  ];
  return renderPdf({
    info: {
      title: doc.title,
      subject: documentSubject(doc),
      author: doc.regionName,
      creator: documentCreator,
    },
    pageMargins: [40, 48, 40, 56],
    footer: pageFooter(true),
    content,
  });
}

function cover(doc: MasterplanDocument): Content[] {
  const { emblem, branding } = doc.region;
  const place = coverTexts.provinceAndCode(doc);
  return [
    ...(emblem
      ? [{ image: emblemDataUrl(emblem), fit: [72, 72], margin: [0, 80, 0, 20] } as const]
      : []),
    {
      text: coverTexts.kicker,
      fontSize: 12,
      bold: true,
      margin: [0, emblem ? 0 : 140, 0, 12],
    },
    { text: doc.title, fontSize: 24, bold: true, color: '#1c3d5a', margin: [0, 0, 0, 18] },
    { text: doc.regionName, fontSize: 16, margin: [0, 0, 0, 4] },
    ...(branding
      ? [
          {
            text: branding,
            fontSize: 12,
            italics: true,
            color: '#1c3d5a',
            margin: [0, 0, 0, 4],
          } as const,
        ]
      : []),
    ...(place ? [{ text: place, fontSize: 12 }] : []),
    { text: coverTexts.period(doc), fontSize: 14, margin: [0, 16, 0, 0] },
    { text: doc.bimtek.stageText, fontSize: 11, style: 'muted', margin: [0, 4, 0, 0] },
    {
      text: doc.generatedNote,
      fontSize: 9,
      style: 'muted',
      margin: [0, emblem ? 180 : 220, 0, 0],
      pageBreak: 'after',
    },
  ];
}

function heading(level: 1 | 2 | 3, text: string, newPage = false): Content {
  return {
    text,
    style: `h${level}`,
    ...(level < 3 ? { tocItem: true, tocMargin: [level === 1 ? 0 : 14, 0, 0, 2] } : {}),
    ...(newPage ? { pageBreak: 'before' as const } : {}),
    headlineLevel: level,
  };
}

function paragraph(text: string): Content {
  return { text, margin: [0, 0, 0, 6], alignment: 'justify' };
}

function muted(lines: readonly string[]): Content[] {
  return lines.map((text) => ({ text, style: 'muted' }));
}

/** A text cell as a PDF cell: one line, or its lines stacked with all but the first muted. */
function textCell(cell: TextCell): TableCell {
  return typeof cell === 'string' ? cell : { stack: [cell[0] ?? '', ...muted(cell.slice(1))] };
}

/** A table of text cells; the columns in `rightAligned` (numbers) are set flush right. */
function table(
  labels: readonly string[],
  rows: readonly (readonly TextCell[])[],
  columns: { readonly widths: (number | string)[]; readonly rightAligned?: readonly number[] },
): Content {
  const { widths, rightAligned = [] } = columns;
  return cellTable(
    labels,
    rows.map((row) =>
      row.map((cell, i) =>
        rightAligned.includes(i) && typeof cell === 'string'
          ? { text: cell, alignment: 'right' as const }
          : textCell(cell),
      ),
    ),
    widths,
  );
}

function cellTable(
  labels: readonly string[],
  rows: readonly (readonly TableCell[])[],
  widths: (number | string)[],
): Content {
  return {
    style: 'table',
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [headerRow(labels), ...rows.map((row) => [...row])],
    },
    layout: 'lightHorizontalLines',
  };
}

function programmeCells(p: ProgrammeRow, index: number): TableCell[] {
  const t = programmeTexts(p, index);
  const [name = '', ...details] = t.programme;
  return [
    t.number,
    { stack: [{ text: name, bold: true }, ...muted(details)] },
    { stack: [...t.plan] },
    textCell(t.units),
    textCell(t.budget),
    { text: t.progress, alignment: 'right' },
  ];
}

function dimensionChapter(chapter: DimensionChapter, number: number): Content[] {
  const titles = dimensionTitles(chapter, number);
  const content: Content[] = [
    heading(1, titles.chapter, true),
    { text: chapter.description, style: 'muted', margin: [0, 0, 0, 6] },
    heading(2, titles.strategy),
    paragraph(strategyText(chapter)),
    heading(2, titles.programmes),
  ];
  content.push(
    chapter.programmes.length === 0
      ? paragraph(dimensionEmptyTexts.programmes)
      : cellTable(programmeTableHeader, chapter.programmes.map(programmeCells), [
          14,
          '*',
          80,
          95,
          66,
          32,
        ]),
  );
  content.push(heading(2, titles.quickWins));
  const { programmes, innovations } = chapter.quickWins;
  if (programmes.length === 0 && innovations.length === 0) {
    content.push(paragraph(dimensionEmptyTexts.quickWins));
  }
  if (programmes.length > 0) {
    content.push(heading(3, titles.quickWinProgrammes), {
      ul: programmes.map(quickWinProgrammeText),
      margin: [0, 0, 0, 6],
    });
  }
  if (innovations.length > 0) {
    content.push(
      heading(3, titles.quickWinInnovations),
      table(innovationTableHeader, innovations.map(innovationRow), {
        widths: ['*', 130, 60, 70],
      }),
    );
  }
  content.push(heading(2, titles.roadmap));
  if (chapter.roadmap.length === 0) content.push(paragraph(dimensionEmptyTexts.roadmap));
  for (const year of chapter.roadmap) {
    content.push(heading(3, roadmapYearTitle(year)));
    content.push({
      text: [{ text: runningProgrammesLabel, bold: true }, runningProgrammesText(year)],
      margin: [0, 0, 0, 4],
    });
    content.push(
      year.actions.length === 0
        ? { text: dimensionEmptyTexts.actions, style: 'muted', margin: [0, 0, 0, 6] }
        : table(actionTableHeader, year.actions.map(actionRow), {
            widths: ['*', 80, 75, 75, 55, 45, 20],
            rightAligned: actionNumberColumns,
          }),
    );
  }
  content.push(heading(2, titles.progress));
  content.push(paragraph(progressSentence(chapter)));
  return content;
}

function commitmentChapter(doc: MasterplanDocument, number: number): Content[] {
  const { commitment } = doc;
  return [
    heading(1, commitmentTexts.title(number), true),
    paragraph(commitment.statement),
    { text: commitment.countText, bold: true, margin: [0, 4, 0, 8] },
    commitment.signatories.length === 0
      ? paragraph(commitmentTexts.noSignatories)
      : table(signatoryTableHeader, commitment.signatories.map(signatoryRow), {
          widths: [16, '*', 85, 95, 80, 60],
        }),
    ...(commitment.unsignedUnits.length === 0
      ? []
      : [
          heading(3, commitmentTexts.unsignedTitle),
          { ul: [...commitment.unsignedUnits], fontSize: 9 } as Content,
        ]),
  ];
}

function appendix(doc: MasterplanDocument): Content[] {
  return [
    heading(1, appendixTexts.title, true),
    paragraph(appendixTexts.summary(doc)),
    doc.appendix.length === 0
      ? paragraph(appendixTexts.empty)
      : table(appendixTableHeader, doc.appendix.map(appendixRow), {
          widths: [22, '*', 110, 80, 50, 60],
        }),
  ];
}
