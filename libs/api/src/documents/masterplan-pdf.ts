import { dateText, numberText, percentText, rupiahText } from './document-format';
import type {
  DimensionChapter,
  InnovationLine,
  MasterplanDocument,
  ProgrammeRow,
} from './masterplan-document';
import { headerRow, pageFooter, renderPdf, type Content, type TableCell } from './pdf-printer';

/**
 * The masterplan document as a PDF (A4): a cover, the table of contents, the introduction, Visi
 * dan Misi, a chapter per dimension (strategy, programmes, quick wins, roadmap by year,
 * progress), Komitmen Bersama and the appendix of every innovation. Page numbers in the footer;
 * every table repeats its header row on each page it spans.
 */
export async function renderMasterplanPdf(doc: MasterplanDocument): Promise<Buffer> {
  const chapterOffset = 3; // 1 Pendahuluan, 2 Visi dan Misi, then the dimensions
  const content: Content[] = [
    ...cover(doc),
    {
      toc: { title: { text: 'Daftar Isi', style: 'h1' }, numberStyle: { fontSize: 10 } },
      pageBreak: 'after',
    },
    heading(1, '1. Pendahuluan'),
    ...doc.introduction.map((text) => paragraph(text)),
    heading(2, 'Tahapan Bimtek'),
    doc.bimtek.stages.length === 0
      ? paragraph('Belum ada tahap Bimtek yang tercatat.')
      : table(
          ['Tahap', 'Tanggal'],
          doc.bimtek.stages.map((s) => [s.text, s.date]),
          [120, '*'],
        ),
    ...(doc.bimtek.checklistDone.length === 0
      ? []
      : [paragraph('Hasil yang telah dicapai:'), { ul: [...doc.bimtek.checklistDone] }]),
    heading(1, '2. Visi dan Misi', true),
    heading(2, 'Visi'),
    paragraph(doc.vision.trim() === '' ? 'Visi belum dirumuskan.' : doc.vision),
    heading(2, 'Misi'),
    doc.mission.length === 0
      ? paragraph('Misi belum dirumuskan.')
      : { ol: [...doc.mission], margin: [0, 0, 0, 6] },
    ...doc.dimensions.flatMap((chapter, i) => dimensionChapter(chapter, chapterOffset + i)),
    ...commitmentChapter(doc, chapterOffset + doc.dimensions.length),
    ...appendix(doc),
  ];
  return renderPdf({
    info: {
      title: doc.title,
      subject: `Rencana induk kota cerdas ${doc.regionName} ${doc.periodText}`,
      author: doc.regionName,
      creator: 'Aplikasi rencana induk kota cerdas',
    },
    pageMargins: [40, 48, 40, 56],
    footer: pageFooter(true),
    content,
  });
}

function cover(doc: MasterplanDocument): Content[] {
  return [
    { text: 'RENCANA INDUK KOTA CERDAS', fontSize: 12, bold: true, margin: [0, 140, 0, 12] },
    { text: doc.title, fontSize: 24, bold: true, color: '#1c3d5a', margin: [0, 0, 0, 18] },
    { text: doc.regionName, fontSize: 16, margin: [0, 0, 0, 4] },
    ...(doc.province ? [{ text: `Provinsi ${doc.province}`, fontSize: 12 }] : []),
    { text: `Periode ${doc.periodText}`, fontSize: 14, margin: [0, 16, 0, 0] },
    { text: doc.bimtek.stageText, fontSize: 11, style: 'muted', margin: [0, 4, 0, 0] },
    {
      text: doc.generatedNote,
      fontSize: 9,
      style: 'muted',
      margin: [0, 220, 0, 0],
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

function table(
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
  return [
    String(index + 1),
    {
      stack: [
        { text: p.name, bold: true },
        ...(p.description ? [{ text: p.description, style: 'muted' }] : []),
        ...(p.reference ? [{ text: `Rujukan: ${p.reference}`, style: 'muted' }] : []),
      ],
    },
    { stack: [p.element, p.horizon, p.years] },
    {
      stack: [
        p.leadUnit,
        ...(p.supportingUnits.length > 0
          ? [{ text: `Pendukung: ${p.supportingUnits.join('; ')}`, style: 'muted' }]
          : []),
      ],
    },
    { stack: [rupiahText(p.budget), { text: p.funding, style: 'muted' }] },
    { text: percentText(p.progress), alignment: 'right' },
  ];
}

function innovationList(items: readonly InnovationLine[]): Content {
  return table(
    ['Inovasi', 'Perangkat daerah', 'Tahap', 'Hasil evaluasi'],
    items.map((i) => [i.title, i.unit, i.stage, i.outcome]),
    ['*', 130, 60, 70],
  );
}

function dimensionChapter(chapter: DimensionChapter, number: number): Content[] {
  const n = `${number}.`;
  const content: Content[] = [
    heading(1, `${number}. ${chapter.label}`, true),
    { text: chapter.description, style: 'muted', margin: [0, 0, 0, 6] },
    heading(2, `${n}1 Strategi`),
    paragraph(chapter.strategy ?? 'Strategi dimensi ini belum dirumuskan.'),
    heading(2, `${n}2 Program`),
  ];
  content.push(
    chapter.programmes.length === 0
      ? paragraph('Belum ada program pada dimensi ini.')
      : table(
          ['No', 'Program', 'Elemen / horizon / tahun', 'Pengampu', 'Anggaran', 'Progres'],
          chapter.programmes.map(programmeCells),
          [14, '*', 80, 95, 66, 32],
        ),
  );
  content.push(heading(2, `${n}3 Quick Win`));
  const { programmes, innovations } = chapter.quickWins;
  if (programmes.length === 0 && innovations.length === 0) {
    content.push(paragraph('Belum ada quick win pada dimensi ini.'));
  }
  if (programmes.length > 0) {
    content.push(heading(3, 'Program quick win'), {
      ul: programmes.map((p) => `${p.name} (${p.years}; ${p.leadUnit})`),
      margin: [0, 0, 0, 6],
    });
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
    content.push({
      text: [
        { text: 'Program berjalan: ', bold: true },
        year.programmes.length === 0 ? '–' : year.programmes.join('; '),
      ],
      margin: [0, 0, 0, 4],
    });
    content.push(
      year.actions.length === 0
        ? { text: 'Tidak ada rencana aksi pada tahun ini.', style: 'muted', margin: [0, 0, 0, 6] }
        : table(
            ['Rencana aksi', 'Program', 'Pelaksana', 'Target keluaran', 'Anggaran', 'Status', '%'],
            year.actions.map((a) => [
              a.activity,
              a.programme,
              a.ownerUnit,
              a.outputTarget,
              { text: numberText(a.budget), alignment: 'right' },
              a.status,
              { text: String(a.progress), alignment: 'right' },
            ]),
            ['*', 80, 75, 75, 55, 45, 20],
          ),
    );
  }
  content.push(heading(2, `${n}5 Capaian`));
  content.push(
    paragraph(
      chapter.progress === null
        ? 'Capaian belum dapat dihitung: belum ada rencana aksi pada program dimensi ini.'
        : `Capaian dimensi ${chapter.label}: ${percentText(chapter.progress)} (rata-rata capaian ` +
            `${chapter.programmes.filter((p) => p.progress !== null).length} program yang memiliki rencana aksi).`,
    ),
  );
  return content;
}

function commitmentChapter(doc: MasterplanDocument, number: number): Content[] {
  const { commitment } = doc;
  return [
    heading(1, `${number}. Komitmen Bersama`, true),
    paragraph(commitment.statement),
    { text: commitment.countText, bold: true, margin: [0, 4, 0, 8] },
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
          [16, '*', 85, 95, 80, 60],
        ),
    ...(commitment.unsignedUnits.length === 0
      ? []
      : [
          heading(3, 'Perangkat daerah yang belum menandatangani'),
          { ul: [...commitment.unsignedUnits], fontSize: 9 } as Content,
        ]),
  ];
}

function appendix(doc: MasterplanDocument): Content[] {
  return [
    heading(1, 'Lampiran: Daftar Inovasi', true),
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
            { stack: [i.dimension, { text: i.element, style: 'muted' }] },
            i.stage,
            i.outcome,
          ]),
          [22, '*', 110, 80, 50, 60],
        ),
  ];
}
