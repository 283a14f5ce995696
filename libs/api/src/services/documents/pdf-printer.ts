import { createRequire } from 'node:module';

/**
 * The part of pdfmake's document definition (https://pdfmake.github.io/docs/) these documents
 * use. Typed here rather than with `@types/pdfmake`, whose declarations pull the DOM library into
 * every program that imports this one (and retype `fetch` bodies in the Node code beside it).
 */
export type Content = string | readonly Content[] | ContentNode;
export type TableCell = Content;
type Margins = readonly [number, number, number, number];
export type Style = {
  readonly font?: string;
  readonly fontSize?: number;
  readonly lineHeight?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly fillColor?: string;
  readonly alignment?: 'left' | 'center' | 'right' | 'justify';
  readonly margin?: Margins;
};
export type ContentNode = Style & {
  readonly text?: string | readonly Content[];
  readonly stack?: readonly Content[];
  readonly ul?: readonly Content[];
  readonly ol?: readonly Content[];
  /** An image as a data URL (PNG or JPEG), scaled to fit the box [width, height]. */
  readonly image?: string;
  readonly fit?: readonly [number, number];
  /** Content side by side; each column's `width` is a number, `'auto'` or `'*'`. */
  readonly columns?: readonly Content[];
  readonly columnGap?: number;
  readonly width?: number | string;
  readonly table?: {
    readonly headerRows?: number;
    readonly dontBreakRows?: boolean;
    readonly widths?: readonly (number | string)[];
    readonly body: readonly (readonly TableCell[])[];
  };
  readonly layout?: 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
  readonly toc?: { readonly title?: Content; readonly numberStyle?: Style };
  readonly tocItem?: boolean;
  readonly tocMargin?: Margins;
  readonly style?: string;
  readonly pageBreak?: 'before' | 'after';
  readonly headlineLevel?: number;
};
type Footer = (currentPage: number, pageCount: number) => Content | null;
export type DocumentDefinition = {
  readonly content: Content;
  readonly info?: Readonly<Record<string, string>>;
  readonly pageMargins?: Margins;
  readonly footer?: Footer;
  readonly defaultStyle?: Style;
};
type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
type PdfMake = {
  setFonts(fonts: Record<string, FontFiles>): void;
  setUrlAccessPolicy(allowed: (url: string) => boolean): void;
  setLocalAccessPolicy(allowed: (path: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Buffer> };
};

// pdfmake's Node entry is a CommonJS singleton (`module.exports = new pdfmake()`), whose methods
// Node's ESM loader cannot name statically: it is loaded through `require`.
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMake;
const roboto = require('pdfmake/fonts/Roboto.js') as { Roboto: FontFiles };

// The Roboto fonts pdfmake ships (Latin with the typographic signs the labels use: ≤, –, …).
// pdfmake may read local files and fetch URLs named in a document; a document built from stored
// text must do neither, so only the four font files are readable and no URL is fetched.
const fontFiles = new Set(Object.values(roboto.Roboto));
pdfmake.setFonts({ Roboto: roboto.Roboto });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

/** The styles every generated PDF shares. */
export const pdfStyles: Record<string, Style> = {
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10], color: '#1c3d5a' },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 6], color: '#1c3d5a' },
  h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 4] },
  tableHeader: { bold: true, fontSize: 8, fillColor: '#e8eef4' },
  table: { fontSize: 8, margin: [0, 2, 0, 8] },
  muted: { color: '#555555' },
  small: { fontSize: 8 },
};

/** The page footer: "Halaman n dari m", left out on the cover when `skipFirst`. */
export function pageFooter(skipFirst: boolean): Footer {
  return (currentPage: number, pageCount: number): Content | null =>
    skipFirst && currentPage === 1
      ? null
      : {
          text: `Halaman ${currentPage} dari ${pageCount}`,
          alignment: 'center',
          fontSize: 8,
          color: '#555555',
          margin: [0, 16, 0, 0],
        };
}

/** Header cells of a table (the row pdfmake repeats on every page the table spans). */
export function headerRow(labels: readonly string[]): Content[] {
  return labels.map((text) => ({ text, style: 'tableHeader' }));
}

/** Lays a document definition out and answers the PDF's bytes. */
export async function renderPdf(definition: DocumentDefinition): Promise<Buffer> {
  return (await renderPdfCounted(definition)).content;
}

/**
 * Lays a document definition out and answers the PDF's bytes and its page count (read from the
 * footer callback, which pdfmake calls with the final count once the layout is done).
 */
export async function renderPdfCounted(
  definition: DocumentDefinition,
): Promise<{ content: Buffer; pages: number }> {
  let pages = 0;
  const footer = definition.footer;
  const content = await pdfmake
    .createPdf({
      pageSize: 'A4',
      defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
      styles: pdfStyles,
      ...definition,
      footer: (currentPage: number, pageCount: number) => {
        pages = pageCount;
        return footer ? footer(currentPage, pageCount) : null;
      },
    })
    .getBuffer();
  return { content, pages };
}
