import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  baseUrl,
  describeInBrowser,
  sessionCookieFor,
  useBrowserPage,
  viewports,
} from './support/browser-test';

// The monitoring dashboard over the demo data (119 innovations). Other browser test files add
// innovations of their own (titles starting "Posyandu Digital Uji"), so the demo count is the
// dashboard's total minus those.

/** The number in a headline figure ("Inovasi tercatat", …), as shown. */
async function figure(page: Page, label: string): Promise<string> {
  const group = page.getByRole('group', { name: label, exact: true });
  return (await group.locator('[data-figure]').innerText()).split('\n')[0]!.trim();
}

/** How many innovations the API's list counts for a search, as a logged-in coordinator. */
async function listTotal(input: Record<string, unknown>): Promise<number> {
  const cookie = await sessionCookieFor('koordinator@demo.test');
  const url = `${baseUrl}/trpc/innovation.list?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(url, { headers: { cookie: `sc_session=${cookie}` } });
  const body = (await response.json()) as { result: { data: { total: number } } };
  return body.result.data.total;
}

describeInBrowser('the dashboard, for the coordinator', () => {
  const page = useBrowserPage({ as: 'koordinator@demo.test' });

  it('counts the demo data’s 119 innovations, the same as the list', async () => {
    await page().goto('/');
    await page().getByRole('group', { name: 'Inovasi tercatat', exact: true }).waitFor();
    const total = Number(await figure(page(), 'Inovasi tercatat'));
    const addedByTests = await listTotal({ search: 'Posyandu Digital Uji' });
    expect(total - addedByTests).toBe(119);
    expect(total).toBe(await listTotal({}));
  });

  it('opens the list filtered to a unit from the ranked units, with the same total', async () => {
    await page().goto('/');
    const ranking = page().getByRole('region', { name: 'Perangkat daerah menurut jumlah inovasi' });
    await ranking.locator('label', { hasText: 'Tabel' }).click();
    const firstRow = ranking.getByRole('row').nth(1);
    const link = firstRow.getByRole('link', { name: /^\d+ Inovasi:/ });
    const count = Number((await link.innerText()).split(/\s/)[0]);
    await link.click();
    await page().waitForURL((url) => url.pathname === '/inovasi' && url.searchParams.has('unitId'));
    await page()
      .getByRole('status')
      .filter({ hasText: new RegExp(`^(Menampilkan \\d+ dari )?${count} inovasi$`) })
      .waitFor();
  });

  it('counts, charts and lists the same units as innovating, and says what that means', async () => {
    await page().goto('/');
    const card = page().getByRole('group', { name: 'Perangkat daerah berinovasi', exact: true });
    await card.waitFor();
    await card.getByText('Berinovasi: punya inovasi yang aktif atau berlanjut').waitFor();
    const [innovating, total] = (await figure(page(), 'Perangkat daerah berinovasi'))
      .split(' dari ')
      .map(Number);
    const ranking = page().getByRole('region', { name: 'Perangkat daerah menurut jumlah inovasi' });
    await ranking.locator('label', { hasText: 'Tabel' }).click();
    // One header row, then one row per ranked unit.
    await expect.poll(() => ranking.getByRole('row').count()).toBe(innovating! + 1);
    const without = page().getByRole('region', { name: 'Perangkat daerah belum berinovasi' });
    await expect.poll(() => without.getByRole('listitem').count()).toBe(total! - innovating!);
  });

  it('has no accessibility violations on a desktop screen', async () => {
    await page().goto('/');
    await page().getByRole('group', { name: 'Inovasi tercatat', exact: true }).waitFor();
    await page().getByRole('region', { name: 'Tren bulanan' }).locator('svg').first().waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});

describeInBrowser('the dashboard on a phone', () => {
  const page = useBrowserPage({ as: 'koordinator@demo.test', viewport: viewports.phone });

  it('has no accessibility violations and no page-wide sideways scrolling', async () => {
    await page().goto('/');
    await page().getByRole('group', { name: 'Inovasi tercatat', exact: true }).waitFor();
    await page()
      .getByRole('region', { name: 'Corong tahap siklus' })
      .locator('svg')
      .first()
      .waitFor();
    const overflow = await page().evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});

describeInBrowser('the public dashboard, without logging in', () => {
  const page = useBrowserPage();

  it('shows published innovations’ figures, is reachable from the login page and accessible', async () => {
    await page().goto('/masuk');
    await page().getByRole('link', { name: 'Lihat dasbor publik' }).click();
    await page().waitForURL((url) => url.pathname === '/publik');
    await page().getByRole('heading', { name: 'Dasbor publik', level: 1 }).waitFor();
    const total = Number(await figure(page(), 'Inovasi tercatat'));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(119);
    expect(await page().getByRole('link', { name: 'Masuk' }).count()).toBe(1);
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('names the demo region and labels its data as illustrative (a fact stored with the region)', async () => {
    await page().goto('/publik');
    await page().getByRole('heading', { name: 'Dasbor publik', level: 1 }).waitFor();
    await page().getByRole('banner').getByText('Kabupaten Sumedang').waitFor();
    await page().getByRole('banner').getByText('Sumedang Happy Digital Region').waitFor();
    await page()
      .getByTestId('demo-label')
      .filter({ hasText: 'Data demo bersifat ilustratif' })
      .waitFor();
    await expect.poll(() => page().title()).toBe('Dasbor publik · Kabupaten Sumedang');
  });
});

describeInBrowser('the demo label in the app header', () => {
  const page = useBrowserPage({ as: 'koordinator@demo.test' });

  it('shows the demo region with its label, and Profil Daerah says why', async () => {
    await page().goto('/');
    const header = page().getByRole('banner');
    await header.getByRole('heading', { name: 'Kabupaten Sumedang', level: 1 }).waitFor();
    await header
      .getByTestId('demo-label')
      .filter({ hasText: 'Data demo bersifat ilustratif' })
      .waitFor();
    await expect.poll(() => page().title()).toBe('Dasbor · Kabupaten Sumedang');
    await page().getByRole('link', { name: 'Profil Daerah' }).click();
    await page().getByText('Data daerah ini berasal dari data demo').waitFor();
    await expect.poll(() => page().title()).toBe('Profil daerah · Kabupaten Sumedang');
  });
});

describeInBrowser('a unit’s quick-win progress on the dashboard', () => {
  const page = useBrowserPage({ as: 'dinkes.staf@demo.test' });

  it('changes once the unit’s staff add a progress report to a quick win', async () => {
    await page().goto('/');
    const attention = page().getByRole('region', { name: 'Perlu perhatian di unit Anda' });
    const quickWins = attention.getByRole('group', { name: 'Quick win unit Anda' });
    await quickWins.waitFor();
    const before = await quickWins.locator('[data-mean-progress]').innerText();

    // The unit's quick wins (the figure links to them), and the first of them.
    await quickWins.getByRole('link').click();
    await page().waitForURL((url) => url.searchParams.get('stage') === 'quick_win');
    await page().getByRole('status').waitFor();
    // A demo quick win: the other browser tests' innovations ("Posyandu Digital Uji …") may be
    // changing at this very moment in a parallel file.
    await page()
      .getByRole('table', { name: 'Daftar inovasi' })
      .getByRole('link')
      .filter({ hasNotText: 'Posyandu Digital Uji' })
      .first()
      .click();
    await page().waitForURL(/\/inovasi\/[0-9a-f-]{36}$/);

    const progress = page().getByRole('region', { name: 'Laporan kemajuan' });
    const field = progress.getByRole('textbox', { name: /^Kemajuan/ });
    await field.waitFor();
    const previous = Number(await field.inputValue());
    // A large change, so the unit's mean moves whatever the other quick wins report.
    const next = previous < 50 ? 100 : 0;
    await field.fill(String(next));
    await progress.getByLabel(/^Uraian kemajuan/).fill('Laporan uji dari tes dasbor.');
    if (next < previous) {
      await progress.getByLabel(/^Alasan/).fill('Uji tes dasbor: kemajuan dikoreksi.');
    }
    await progress.getByRole('button', { name: 'Simpan laporan' }).click();
    // Saved, or refused: a refusal's message says why (the assertion shows it).
    const saved = page().getByText('Laporan kemajuan disimpan.');
    const refused = progress.getByRole('alert');
    await saved.or(refused).first().waitFor();
    expect(await refused.allInnerTexts()).toEqual([]);
    await saved.waitFor();

    await page().getByRole('link', { name: 'Dasbor' }).first().click();
    await page().waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => quickWins.locator('[data-mean-progress]').innerText(), { timeout: 8_000 })
      .not.toBe(before);
  });
});
