import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  baseUrl as demoUrl,
  describeInBrowser,
  logInThroughUi,
  sessionCookieFor,
  viewports,
} from './support/browser-test';
import { launchChromium } from './support/chromium';
import { runCli, startServer, type ServerProcess } from './support/server-process';

/**
 * A real regency on day one (issue 11), in Chromium, with real files: a server of its own without
 * demo data; `npm run cli -- setup` creates the region and its first coordinator; the coordinator
 * logs in and imports the 55 Sumedang units and 10 users from files made from the templates; an
 * imported unit user logs in and must change the first password; the coordinator imports 119
 * innovations, creates the masterplan, and imports its 30 programmes and 100 action items. The
 * dashboard, the lists and the masterplan document then show them, with no demo label anywhere.
 *
 * The rows come from the demo server's own exports (the data a regency keeps elsewhere), copied
 * into the templates the new server hands out.
 */
describeInBrowser('a real regency brings its data in on day one', () => {
  const coordinator = {
    email: 'tim.smartcity@sumedangkab.go.id',
    password: 'Sumedang-Cerdas-2026',
  };
  const staff = { email: 'operator.dinkes@sumedangkab.go.id', password: 'Awal-Dinkes-2026!' };
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  /** A file the demo server exports, as a regency's own spreadsheet of what it keeps. */
  async function demoExport(slug: string): Promise<Buffer> {
    const cookie = await sessionCookieFor('koordinator@demo.test');
    const response = await fetch(
      `${demoUrl}/exports/${slug}.xlsx?input=${encodeURIComponent('{}')}`,
      {
        headers: { cookie: `sc_session=${cookie}` },
      },
    );
    if (!response.ok) throw new Error(`export ${slug}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** A header cell's text (headers are plain text). */
  const text = (value: ExcelJS.CellValue): string => (typeof value === 'string' ? value : '');

  /** The rows of a workbook's first sheet, by header. */
  async function rowsOf(file: Buffer): Promise<Record<string, ExcelJS.CellValue>[]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const sheet = workbook.worksheets[0]!;
    const headers = Array.from(sheet.getRow(1).values as ExcelJS.CellValue[], text);
    const rows: Record<string, ExcelJS.CellValue>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const values = row.values as ExcelJS.CellValue[];
      rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
    });
    return rows;
  }

  /** The new server's template for an entity, filled with rows (by header), saved to a file. */
  async function fromTemplate(
    entity: string,
    rows: readonly Record<string, ExcelJS.CellValue>[],
  ): Promise<string> {
    const cookie = await sessionOn(server.baseUrl, coordinator.email, coordinator.password);
    const response = await fetch(`${server.baseUrl}/imports/${entity}/template.xlsx`, {
      headers: { cookie: `sc_session=${cookie}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const data = workbook.getWorksheet('Data')!;
    // `values` is 1-based; `addRow` takes the cells from column A.
    const headers = Array.from(data.getRow(1).values as ExcelJS.CellValue[], text).slice(1);
    for (const row of rows) data.addRow(headers.map((h) => row[h] ?? null));
    const file = join(dir, `${entity}.xlsx`);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  async function sessionOn(url: string, email: string, password: string): Promise<string> {
    const response = await fetch(`${url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf': '1' },
      body: JSON.stringify({ email, password }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sc_session='));
    if (!response.ok || !cookie) throw new Error(`login as ${email}: ${response.status}`);
    return cookie.slice('sc_session='.length).split(';')[0]!;
  }

  /** Imports a file through the Impor data page: the dry run, its counts, then Terapkan. */
  async function importThroughPage(entity: string, file: string, creates: number): Promise<void> {
    await page.goto(`/impor?data=${entity}`);
    await page.getByRole('heading', { name: 'Impor data', level: 2 }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-count-issues').innerText(), entity).toBe('0');
    expect(await page.getByTestId('import-count-create').innerText(), entity).toBe(String(creates));
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.getByRole('heading', { name: 'Hasil penerapan' }).waitFor({ timeout: 30_000 });
    await page.getByText(`Diterapkan: ${creates} baru, 0 diperbarui, 0 tidak berubah.`).waitFor();
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: viewports.desktop,
    });
    const created = await context.newPage();
    created.setDefaultTimeout(10_000);
    return created;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smartcity-real-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'sumedang.db')}` };
    const output = await runCli(
      [
        'setup',
        '--region',
        'Kabupaten Sumedang',
        '--kind',
        'kabupaten',
        '--province',
        'Jawa Barat',
        '--code',
        '32.11',
        '--coordinator-email',
        coordinator.email,
        '--coordinator-name',
        'Tim Smart City Sumedang',
        '--branding',
        'Sumedang Happy Digital Region',
      ],
      { ...env, COORDINATOR_PASSWORD: coordinator.password },
    );
    expect(output).toContain('Kabupaten Sumedang');
    server = await startServer({ ...env, DEMO_DATA: 'false' });
    browser = await launchChromium();
    page = await newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets up, imports units, users, innovations and a masterplan, and shows them', async () => {
    await page.goto('/masuk');
    await logInThroughUi(page, coordinator.email, coordinator.password);
    await page.getByRole('banner').getByText('Kabupaten Sumedang').first().waitFor();
    expect(await page.getByText('DATA DEMO BERSIFAT ILUSTRATIF').count()).toBe(0);

    // The 55 units, then 10 users, from the templates.
    const units = await rowsOf(await demoExport('perangkat-daerah'));
    // Other browser tests add records to the shared demo server meanwhile: at least the seed's.
    expect(units.length).toBeGreaterThanOrEqual(55);
    await importThroughPage('units', await fromTemplate('units', units), units.length);
    const person = ({
      email,
      name,
      role,
      unit,
      password = null,
    }: {
      email: string;
      name: string;
      role: string;
      unit: string | null;
      password?: string | null;
    }) => ({
      Email: email,
      Nama: name,
      NIP: null,
      Peran: role,
      'Kode perangkat daerah': unit,
      Aktif: 'Ya',
      'Kata sandi awal': password,
    });
    const users = [
      person({
        email: staff.email,
        name: 'Operator Dinas Kesehatan',
        role: 'Staf perangkat daerah',
        unit: 'dinkes',
        password: staff.password,
      }),
      person({
        email: 'kepala.dinkes@sumedangkab.go.id',
        name: 'Kepala Dinas Kesehatan',
        role: 'Kepala perangkat daerah',
        unit: 'dinkes',
        password: 'Awal-Kepala-2026!',
      }),
      person({
        email: 'operator.kominfo@sumedangkab.go.id',
        name: 'Operator Diskominfosanditik',
        role: 'Staf perangkat daerah',
        unit: 'diskominfosanditik',
      }),
      person({
        email: 'kepala.kominfo@sumedangkab.go.id',
        name: 'Kepala Diskominfosanditik',
        role: 'Kepala perangkat daerah',
        unit: 'diskominfosanditik',
      }),
      person({
        email: 'operator.disdik@sumedangkab.go.id',
        name: 'Operator Dinas Pendidikan',
        role: 'Staf perangkat daerah',
        unit: 'disdik',
      }),
      person({
        email: 'operator.bapppeda@sumedangkab.go.id',
        name: 'Operator Bapppeda',
        role: 'Staf perangkat daerah',
        unit: 'bapppeda',
      }),
      person({
        email: 'camat.jatinangor@sumedangkab.go.id',
        name: 'Camat Jatinangor',
        role: 'Kepala perangkat daerah',
        unit: 'kec-jatinangor',
      }),
      person({
        email: 'penilai@sumedangkab.go.id',
        name: 'Tim Penilai Kabupaten',
        role: 'Penilai',
        unit: 'bapppeda',
        password: 'Awal-Penilai-2026!',
      }),
      person({
        email: 'sekda@sumedangkab.go.id',
        name: 'Sekretaris Daerah',
        role: 'Pimpinan daerah',
        unit: null,
      }),
      person({
        email: 'bupati@sumedangkab.go.id',
        name: 'Bupati Sumedang',
        role: 'Pimpinan daerah',
        unit: null,
        password: 'Awal-Bupati-2026!',
      }),
    ];
    await importThroughPage('users', await fromTemplate('users', users), 10);

    // An imported unit user logs in and must choose their own password first.
    const staffPage = await newPage();
    await staffPage.goto('/masuk');
    await logInThroughUi(staffPage, staff.email, staff.password);
    await staffPage.waitForURL((url) => url.pathname === '/ganti-kata-sandi');
    await staffPage.getByLabel(/^Kata sandi dari koordinator/).fill(staff.password);
    await staffPage.getByLabel(/^Kata sandi baru/).fill('Milik-Operator-Dinkes-2026');
    await staffPage.getByLabel(/^Ulangi kata sandi baru/).fill('Milik-Operator-Dinkes-2026');
    await staffPage.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
    await staffPage.waitForURL((url) => url.pathname === '/');
    await staffPage.getByRole('banner').getByText('Dinas Kesehatan').first().waitFor();
    await staffPage.context().close();

    // 119 innovations, then the masterplan: created in the app, its programmes and action items
    // imported.
    const innovations = await rowsOf(await demoExport('inovasi'));
    expect(innovations.length).toBeGreaterThanOrEqual(119);
    await importThroughPage(
      'innovations',
      await fromTemplate('innovations', innovations),
      innovations.length,
    );

    await page.goto('/rencana-induk');
    await page.getByRole('button', { name: 'Buat rencana induk' }).click();
    const form = page.getByRole('dialog', { name: 'Buat rencana induk' });
    const title = 'Masterplan Smart City Kabupaten Sumedang 2023–2032';
    await form.getByLabel(/^Judul/).fill(title);
    await form.getByLabel(/^Tahun awal periode/).fill('2023');
    await form.getByLabel(/^Tahun akhir periode/).fill('2032');
    await form.getByRole('button', { name: 'Buat rencana induk' }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();

    const programmes = await rowsOf(await demoExport('program-rencana-induk'));
    expect(programmes.length).toBeGreaterThanOrEqual(30);
    await importThroughPage(
      'programmes',
      await fromTemplate('programmes', programmes),
      programmes.length,
    );
    const actions = (await rowsOf(await demoExport('rencana-aksi'))).slice(0, 100);
    await importThroughPage('action_items', await fromTemplate('action_items', actions), 100);

    // The dashboard, the lists and the document show them; nowhere a demo label.
    await page.goto('/');
    const figure = page.getByRole('group', { name: 'Inovasi tercatat', exact: true });
    await figure.waitFor();
    expect(await figure.innerText()).toContain(String(innovations.length));
    expect(await page.getByText('DATA DEMO BERSIFAT ILUSTRATIF').count()).toBe(0);
    await page.goto('/inovasi');
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`${innovations.length} inovasi$`) })
      .waitFor();
    await page.goto('/perangkat-daerah');
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`${units.length} perangkat daerah`) })
      .waitFor();
    await page.goto('/rencana-induk');
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    const programmeName = text(programmes[0]!['Nama program']);
    await page.getByText(programmeName).first().waitFor();

    const cookie = await sessionOn(server.baseUrl, coordinator.email, coordinator.password);
    const pdf = await fetch(`${server.baseUrl}/documents/masterplan.pdf`, {
      headers: { cookie: `sc_session=${cookie}` },
    });
    expect(pdf.status).toBe(200);
    const document = await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer()));
    const { text: pdfText } = await extractText(document, { mergePages: true });
    expect(pdfText).toContain('Kabupaten Sumedang');
    expect(pdfText).toContain('Sumedang Happy Digital Region');
    expect(pdfText.replace(/\s+/g, ' ')).toContain(programmeName.replace(/\s+/g, ' '));
  }, 240_000);
});
