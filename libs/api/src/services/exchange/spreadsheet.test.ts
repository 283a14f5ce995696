import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { crc32, inflateRawSync } from 'node:zlib';
import { cellText, type OutCell } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readSpreadsheet } from './spreadsheet-reader';
import { writeCsv, writeXlsx, type SheetSpec } from './spreadsheet-writer';

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return new Uint8Array(Buffer.concat(chunks));
}

const rows: OutCell[][] = [
  ['=HYPERLINK("http://evil")', 1_200_000, { date: '2026-12-31' }, 'Dinas Kesehatan; Dinkes'],
  ['-5', -5, null, 'baris satu\nbaris dua, "kutip"'],
  ["'sudah berkutip", 35.5, { date: '2024-02-29' }, '@SUM(A1)'],
];
const spec: SheetSpec = {
  name: 'Data',
  columns: [
    { header: 'Judul' },
    { header: 'Anggaran' },
    { header: 'Tanggal' },
    { header: 'Catatan' },
  ],
  rows,
};

describe('writeXlsx and readSpreadsheet', () => {
  it('write an XLSX that reads back with the same values, formulas neutralised', async () => {
    const file = await collect((out) => writeXlsx(out, [spec]));
    const read = await readSpreadsheet(file);
    expect(read.ok && read.kind).toBe('xlsx');
    if (!read.ok) return;
    expect(read.table.headers).toEqual(['Judul', 'Anggaran', 'Tanggal', 'Catatan']);
    expect(read.table.rows[0]?.[0]).toBe('\'=HYPERLINK("http://evil")');
    expect(read.table.rows.map((r) => [0, 1, 2, 3].map((i) => cellText(r[i])))).toEqual([
      ['=HYPERLINK("http://evil")', '1200000', '2026-12-31', 'Dinas Kesehatan; Dinkes'],
      ['-5', '-5', '', 'baris satu\nbaris dua, "kutip"'],
      ["'sudah berkutip", '35.5', '2024-02-29', '@SUM(A1)'],
    ]);
  });
});

describe('writeCsv and readSpreadsheet', () => {
  it('write a CSV with a BOM that reads back the same, formulas neutralised', async () => {
    const file = await collect((out) => writeCsv(out, spec));
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file);
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');
    const read = await readSpreadsheet(file);
    expect(read.ok && read.kind).toBe('csv');
    if (!read.ok) return;
    expect(read.table.rows.map((r) => r.map((c) => cellText(c)))).toEqual([
      ['=HYPERLINK("http://evil")', '1200000', '2026-12-31', 'Dinas Kesehatan; Dinkes'],
      ['-5', '-5', '', 'baris satu\nbaris dua, "kutip"'],
      ["'sudah berkutip", '35.5', '2024-02-29', '@SUM(A1)'],
    ]);
  });

  it('reads a ;-separated CSV with a BOM, as Indonesian Excel saves it', async () => {
    const text = '\ufeffKode;Nama;Anggaran\r\ndinkes;Dinas Kesehatan;"1.200.000,50"\r\n';
    const read = await readSpreadsheet(new TextEncoder().encode(text));
    expect(read).toEqual({
      ok: true,
      kind: 'csv',
      table: {
        headers: ['Kode', 'Nama', 'Anggaran'],
        rows: [['dinkes', 'Dinas Kesehatan', '1.200.000,50']],
      },
    });
  });
});

describe('readSpreadsheet refusals', () => {
  it('judges the kind by the bytes: legacy Office, binaries and bad text are refused', async () => {
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readSpreadsheet(cfb)).toEqual({
      ok: false,
      problem: { code: 'unsupported_type' },
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    expect(await readSpreadsheet(png)).toEqual({
      ok: false,
      problem: { code: 'unsupported_type' },
    });
    const latin1 = new Uint8Array([0x4b, 0x6f, 0x64, 0x65, 0x0a, 0xe9, 0x0a]);
    expect(await readSpreadsheet(latin1)).toEqual({ ok: false, problem: { code: 'unreadable' } });
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await readSpreadsheet(brokenZip)).toEqual({
      ok: false,
      problem: { code: 'unreadable' },
    });
    expect(await readSpreadsheet(new Uint8Array())).toEqual({
      ok: false,
      problem: { code: 'empty_file' },
    });
  });

  it('does not call a failure of the server (no room for its temporary files) an unreadable file', async () => {
    // exceljs writes sheets that precede the shared strings to temporary files; with nowhere to
    // write them (a full or missing temporary directory) the upload is not the user's fault.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').addRow(['Kode', 'Nama']);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readSpreadsheet(file)).toMatchObject({ ok: true, kind: 'xlsx' });
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/smartcity-tmp';
    try {
      await expect(readSpreadsheet(file)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
    expect(await readSpreadsheet(big)).toEqual({
      ok: false,
      problem: { code: 'too_large', maxBytes: 20 * 1024 * 1024 },
    });
  });
});

describe('detectDelimiter', () => {
  it('picks the separator of the header line, ignoring quoted text', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('satu')).toBe(',');
  });
});

describe('readSpreadsheet of workbooks', () => {
  it('reads the sheet named Data even when it is not the first, and reports its progress', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Petunjuk').addRow(['Kolom', 'Keterangan']);
    const data = workbook.addWorksheet('Data');
    data.addRow(['Kode', 'Tanggal']);
    data.addRow(['dinkes', new Date('2026-12-31T00:00:00.000Z')]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const progress: [number, number][] = [];
    const read = await readSpreadsheet(file, (done, total) => progress.push([done, total]));
    expect(read).toEqual({
      ok: true,
      kind: 'xlsx',
      table: {
        headers: ['Kode', 'Tanggal'],
        rows: [['dinkes', new Date('2026-12-31T00:00:00.000Z')]],
      },
    });
    // Three rows in all: one on the instructions sheet, two on the data sheet.
    expect(progress.at(-1)).toEqual([3, 3]);
  });

  it('reads the first visible sheet of a workbook without a Data sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tersembunyi', { state: 'hidden' }).addRow(['x']);
    workbook.addWorksheet('Unit').addRow(['Kode']);
    const read = await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.ok && read.table.headers).toEqual(['Kode']);
  });

  it('refuses a truncated workbook as unreadable', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').addRow(['Kode']);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readSpreadsheet(file.subarray(0, Math.floor(file.byteLength / 2)))).toEqual({
      ok: false,
      problem: { code: 'unreadable' },
    });
  });
});

describe('writeXlsx streaming', () => {
  it('keeps markup, carriage returns and sheet names readable, and every sheet', async () => {
    const tricky = 'a < b & c > d\r\nbaris "dua"';
    const file = await collect((out) =>
      writeXlsx(out, [
        { name: 'Data', columns: [{ header: 'Teks' }], rows: [[tricky], ['\u0007bel']] },
        { name: 'Data', columns: [{ header: 'Kedua' }], rows: [[2]] },
      ]),
    );
    const read = await readSpreadsheet(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.rows[0]?.[0]).toBe(tricky);
    // XML 1.0 cannot carry a BEL at all: it becomes the replacement character, never a broken file.
    expect(read.table.rows[1]?.[0]).toBe('\ufffdbel');
  });

  it('writes no faster than a slow output takes it, and the file is whole', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    const chunks: Buffer[] = [];
    let produced = 0;
    let maxAhead = 0;
    let received = 0;
    function* rows() {
      for (let i = 0; i < 20_000; i += 1) {
        produced += 1;
        maxAhead = Math.max(maxAhead, produced - received);
        yield [`Baris ${i} ${'x'.repeat(40)}`, i];
      }
    }
    // A reader that takes a chunk every few milliseconds.
    const reading = (async () => {
      for await (const chunk of out) {
        chunks.push(chunk as Buffer);
        received = produced;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    await writeXlsx(out, [
      { name: 'Data', columns: [{ header: 'A' }, { header: 'B' }], rows: rows() },
    ]);
    await reading;
    // The producer ran at most a few flushes (64 KB of XML each) ahead of the reader, never the
    // whole sheet (about 2,000 rows here, against 20,000 without backpressure).
    expect(maxAhead).toBeLessThan(6_000);
    const read = await readSpreadsheet(new Uint8Array(Buffer.concat(chunks)));
    expect(read.ok && read.table.rows.length).toBe(20_000);
    expect(read.ok && read.table.rows[19_999]).toEqual([`Baris 19999 ${'x'.repeat(40)}`, 19_999]);
  });

  it('gives up when the output closes early, without waiting for ever', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    function* rows() {
      for (let i = 0; ; i += 1) {
        if (i === 2_000) out.destroy();
        yield [`Baris ${i}`];
      }
    }
    await expect(
      writeXlsx(out, [{ name: 'Data', columns: [{ header: 'A' }], rows: rows() }]),
    ).rejects.toThrow(/closed|destroyed/i);
  });
});

/** The entries of a ZIP file by name, read from its central directory (checking each CRC). */
function unzip(file: Uint8Array): Map<string, string> {
  const data = Buffer.from(file);
  const end = data.length - 22;
  expect(data.readUInt32LE(end)).toBe(0x06054b50);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    expect(data.readUInt32LE(at)).toBe(0x02014b50);
    const crc = data.readUInt32LE(at + 16);
    const compressed = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const content = inflateRawSync(data.subarray(start, start + compressed));
    expect(crc32(content) >>> 0, name).toBe(crc);
    entries.set(name, content.toString('utf8'));
    at += 46 + nameLength;
  }
  return entries;
}

describe('writeXlsx parts', () => {
  it('writes a whole ZIP whose parts check out, keeping whitespace only where it matters', async () => {
    const file = await collect((out) =>
      writeXlsx(out, [
        {
          name: 'Data',
          columns: [{ header: 'Teks' }],
          rows: [['biasa'], [' di depan'], ['dua  spasi'], ['baris\nbaru'], ['di belakang ']],
        },
      ]),
    );
    const parts = unzip(file);
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<t>biasa</t>');
    for (const text of [' di depan', 'dua  spasi', 'baris\nbaru', 'di belakang '])
      expect(sheet).toContain(`<t xml:space="preserve">${text}</t>`);
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
  });
});
