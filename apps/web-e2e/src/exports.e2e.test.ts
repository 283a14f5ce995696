import { readFile } from 'node:fs/promises';
import { cellText } from '@smartcity/domain';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  baseUrl,
  describeInBrowser,
  sessionCookieFor,
  useBrowserPage,
  viewports,
} from './support/browser-test';

// Exports and open data over the demo data (119 innovations, about 40 % published). Nothing is
// changed here: other test files' data are left alone, and their innovations (if any) are read
// through the same list the page shows.

type ListItem = { readonly id: string; readonly title: string };

/** Every innovation `innovation.list` answers the coordinator for an input, page after page. */
async function listAll(input: Record<string, unknown>): Promise<ListItem[]> {
  const cookie = await sessionCookieFor('koordinator@demo.test');
  const items: ListItem[] = [];
  let cursor: string | undefined;
  do {
    const query = { ...input, limit: 100, ...(cursor ? { cursor } : {}) };
    const url = `${baseUrl}/trpc/innovation.list?input=${encodeURIComponent(JSON.stringify(query))}`;
    const response = await fetch(url, { headers: { cookie: `sc_session=${cookie}` } });
    const body = (await response.json()) as {
      result: { data: { items: ListItem[]; nextCursor: string | null } };
    };
    items.push(...body.result.data.items);
    cursor = body.result.data.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The header row and data rows of a downloaded XLSX file's first sheet, as text. */
async function readXlsx(download: Download): Promise<{ headers: string[]; rows: string[][] }> {
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as never);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(
      values
        .slice(1)
        .map((value) =>
          cellText(value instanceof Date || typeof value !== 'object' ? value : null),
        ),
    );
  });
  const [headers = [], ...data] = rows;
  return { headers, rows: data };
}

/** Opens the "Unduh" menu of the page's list and picks a format; answers the download. */
async function downloadFrom(page: Page, list: string, format: RegExp): Promise<Download> {
  await page.getByRole('button', { name: `Unduh ${list}`, exact: true }).click();
  const downloading = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('menuitem', { name: format }).click();
  return downloading;
}

describeInBrowser('exports, for the coordinator', () => {
  const page = useBrowserPage({ as: 'koordinator@demo.test' });

  it('downloads exactly the innovations the filtered list shows, as XLSX', async () => {
    await page().goto('/inovasi?dimension=living&active=true&sort=title_asc');
    const expected = await listAll({ dimension: 'living', active: true, sort: 'title_asc' });
    expect(expected.length).toBeGreaterThan(3);
    await page()
      .getByRole('status')
      .filter({ hasText: new RegExp(`^(Menampilkan \\d+ dari )?${expected.length} inovasi$`) })
      .waitFor();
    const download = await downloadFrom(page(), 'Inovasi', /XLSX/);
    expect(download.suggestedFilename()).toMatch(
      /^inovasi-kabupaten-sumedang-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const file = await readXlsx(download);
    const title = file.headers.indexOf('Judul');
    const code = file.headers.indexOf('Kode inovasi');
    expect(title).toBeGreaterThanOrEqual(0);
    expect(file.rows.map((row) => row[code])).toEqual(expected.map((i) => i.id));
    expect(file.rows.map((row) => row[title])).toEqual(expected.map((i) => i.title));
    // Every row is of the filter: a Smart Living dimension.
    expect(new Set(file.rows.map((row) => row[file.headers.indexOf('Dimensi')]))).toEqual(
      new Set(['Smart Living']),
    );
  });

  it('downloads the same list as CSV with the Indonesian headers', async () => {
    await page().goto('/inovasi?dimension=living&active=true&sort=title_asc');
    await page()
      .getByRole('status')
      .filter({ hasText: /inovasi$/ })
      .waitFor();
    const download = await downloadFrom(page(), 'Inovasi', /CSV/);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = (await readFile(await download.path())).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^Kode inovasi,Kode perangkat daerah,Judul,/);
    const expected = await listAll({ dimension: 'living', active: true, sort: 'title_asc' });
    // One line per innovation besides the header (texts with line breaks are quoted).
    for (const item of expected) expect(text).toContain(item.id);
  });

  it('shows that it is busy while the file is made, and says plainly when it fails', async () => {
    await page().goto('/rencana-induk/komitmen');
    await page().getByRole('heading', { name: 'Komitmen Bersama', level: 2 }).waitFor();
    // Hold the answer back a moment, to see the busy state.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page().route('**/exports/**', async (route) => {
      await held;
      // Sent as the browser now would: without the session that ended.
      const { cookie: _cookie, ...headers } = route.request().headers();
      await route.continue({ headers });
    });
    await page().getByRole('button', { name: 'Unduh Komitmen bersama', exact: true }).click();
    await page().getByRole('menuitem', { name: /XLSX/ }).click();
    await page().getByText('Menyiapkan berkas…').waitFor();
    expect(
      await page()
        .getByRole('button', { name: 'Unduh Komitmen bersama', exact: true })
        .getAttribute('data-loading'),
    ).toBe('true');
    // The session ends meanwhile: the download is refused, and the page says why.
    await page().context().clearCookies();
    release();
    await page()
      .getByRole('alert')
      .filter({ hasText: 'Sesi Anda telah berakhir. Masuk lagi, lalu unduh kembali.' })
      .waitFor();
    await page().unroute('**/exports/**');
  });

  it('keeps the list page free of accessibility violations with the menu open', async () => {
    await page().goto('/inovasi');
    await page().getByRole('button', { name: 'Unduh Inovasi', exact: true }).click();
    await page().getByRole('menuitem', { name: /XLSX/ }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});

describeInBrowser('open data, for the public', () => {
  const page = useBrowserPage();

  it('opens Data Terbuka from the public dashboard, with each dataset’s metadata and files', async () => {
    await page().goto('/publik');
    await page().getByRole('link', { name: 'Data terbuka' }).click();
    await page().waitForURL((url) => url.pathname === '/publik/data');
    await page().getByRole('heading', { name: 'Data Terbuka', level: 1 }).waitFor();
    const innovations = page().getByRole('region', { name: 'Inovasi daerah yang dipublikasikan' });
    await innovations.waitFor();
    await expect(innovations.getByText('Kabupaten Sumedang').first().isVisible()).resolves.toBe(
      true,
    );
    await expect(innovations.getByText('32.11').isVisible()).resolves.toBe(true);
    await expect(
      innovations.getByRole('link', { name: /Creative Commons Atribusi 4.0/ }).isVisible(),
    ).resolves.toBe(true);
    const csv = innovations.getByRole('link', {
      name: 'Unduh Inovasi daerah yang dipublikasikan (CSV)',
    });
    expect(await csv.getAttribute('href')).toBe('/data/inovasi.csv');
    const downloading = page().waitForEvent('download', { timeout: 30_000 });
    await csv.click();
    const text = (await readFile(await (await downloading).path())).toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^Kode inovasi,/);
    await expect(
      page()
        .getByRole('region', { name: 'Angka dasbor inovasi publik' })
        .getByRole('link', { name: 'Unduh Angka dasbor inovasi publik (JSON)' })
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('has no accessibility violations on a desktop screen, columns open', async () => {
    await page().goto('/publik/data');
    await page().getByRole('heading', { name: 'Data Terbuka', level: 1 }).waitFor();
    await page()
      .getByRole('button', { name: /^Kolom \(\d+\)$/ })
      .first()
      .click();
    await page().getByRole('group', { name: 'Kolom Inovasi daerah yang dipublikasikan' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});

describeInBrowser('open data on a phone', () => {
  const page = useBrowserPage({ viewport: viewports.phone });

  it('fits a 375 px screen without accessibility violations', async () => {
    await page().goto('/publik/data');
    await page().getByRole('heading', { name: 'Data Terbuka', level: 1 }).waitFor();
    await page().getByRole('region', { name: 'Angka dasbor inovasi publik' }).waitFor();
    const overflow = await page().evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
