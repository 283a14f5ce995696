import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';

/** Whitespace collapsed to single spaces: line and cell breaks differ between the two formats. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A PDF read back as a reader would: its page count and its text (whitespace collapsed). */
export async function readPdf(content: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(content));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: flatten(text) };
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
}

/**
 * Checks that XML is well formed enough to open (every element closed in order, one root) and
 * answers its element names in document order; throws naming the first mismatch.
 */
export function parseXmlElements(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const names: string[] = [];
  let roots = 0;
  for (const match of body.matchAll(
    /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g,
  )) {
    const [, closing, name = '', , selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    if (stack.length === 0) roots += 1;
    names.push(name);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)}> is never closed`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return names;
}

/** A DOCX read back: `word/document.xml` checked well formed, its text and its element names. */
export async function readDocx(content: Uint8Array): Promise<{
  xml: string;
  elements: string[];
  text: string;
  footers: string[];
}> {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml is missing');
  const elements = parseXmlElements(xml);
  // Paragraph ends become spaces so that words of adjacent paragraphs and cells do not merge.
  const text = flatten(
    decode(
      xml
        .replace(/<\/w:p>/g, ' ')
        .replace(/<w:tab\/>/g, ' ')
        .replace(/<[^>]+>/g, ''),
    ),
  );
  const footers = await Promise.all(
    Object.values(zip.files)
      .filter((file) => /^word\/footer\d+\.xml$/.test(file.name))
      .map((file) => file.async('string')),
  );
  return { xml, elements, text, footers };
}
