import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  describeInBrowser,
  useBrowserPage,
  viewports,
} from './support/browser-test';

describeInBrowser('units page on a desktop screen', () => {
  const page = useBrowserPage({ as: 'dinkes.staf@demo.test' });

  it('lists the 55 units of Kabupaten Sumedang, Dinas Kesehatan among them', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('link', { name: 'Dinas Kesehatan', exact: true }).waitFor();
    expect(await page().getByRole('status').textContent()).toBe('55 perangkat daerah');
    expect(await page().getByRole('table').locator('tbody tr').count()).toBe(55);
  });

  it('narrows the list as the user searches, and keeps the search in the URL', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('link', { name: 'Dinas Kesehatan', exact: true }).waitFor();
    await page().getByLabel('Cari perangkat daerah').fill('kesehatan');
    await page().getByRole('status').filter({ hasText: '1 perangkat daerah' }).waitFor();
    const names = await page()
      .getByRole('table')
      .locator('tbody tr td:first-child')
      .allTextContents();
    expect(names).toEqual(['Dinas Kesehatan']);
    expect(new URL(page().url()).searchParams.get('q')).toBe('kesehatan');
  });

  it('filters by type', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('link', { name: 'Dinas Kesehatan', exact: true }).waitFor();
    await page().getByLabel('Jenis').selectOption('kecamatan');
    await page().getByRole('status').filter({ hasText: '26 perangkat daerah' }).waitFor();
    expect(await page().getByRole('table').locator('tbody tr').count()).toBe(26);
  });

  it('shows an empty state with a way back when nothing matches', async () => {
    await page().goto('/perangkat-daerah?q=tidak-ada-unit-ini');
    await page().getByText('Tidak ada perangkat daerah yang cocok').waitFor();
    await page().getByRole('button', { name: 'Hapus filter' }).click();
    await page().getByRole('status').filter({ hasText: '55 perangkat daerah' }).waitFor();
    expect(await page().getByLabel('Cari perangkat daerah').inputValue()).toBe('');
  });

  it('switches to English, and the choice survives a reload', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('heading', { name: 'Perangkat Daerah', level: 2 }).waitFor();
    await page().getByText('EN', { exact: true }).click();
    await page().getByRole('heading', { name: 'Work units', level: 2 }).waitFor();
    expect(await page().getByLabel('Search work units').count()).toBe(1);
    expect(await page().getAttribute('html', 'lang')).toBe('en');
    await page().reload();
    await page().getByRole('heading', { name: 'Work units', level: 2 }).waitFor();
    expect(await page().getByRole('status').textContent()).toBe('55 work units');
  });

  it('opens a unit from the list', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('link', { name: 'Dinas Kesehatan', exact: true }).click();
    await page().getByRole('heading', { name: 'Dinas Kesehatan', level: 2 }).waitFor();
    expect(await page().getByText('Kabupaten Sumedang, Jawa Barat').count()).toBe(1);
  });

  it('has no axe-core violations on the units page, the dashboard and a unit page', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('link', { name: 'Dinas Kesehatan', exact: true }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().goto('/');
    // The dashboard (issue 5) replaced the catalogue cards with the monitoring figures.
    await page().getByRole('heading', { name: 'Cakupan perangkat daerah × dimensi' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('link', { name: 'Perangkat Daerah', exact: true }).click();
    await page().getByRole('link', { name: 'Dinas Kesehatan', exact: true }).click();
    await page().getByRole('heading', { name: 'Dinas Kesehatan', level: 2 }).waitFor();
    await page().getByRole('heading', { name: 'Cakupan enam dimensi' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});

describeInBrowser('units page on a 375-px phone screen', () => {
  const page = useBrowserPage({ viewport: viewports.phone, as: 'dinkes.staf@demo.test' });

  it('shows the units as cards without horizontal scrolling', async () => {
    await page().goto('/perangkat-daerah');
    await page().getByRole('link', { name: 'Dinas Kesehatan', exact: true }).waitFor();
    expect(await page().getByRole('table').count()).toBe(0);
    expect(
      await page().getByRole('list', { name: 'Daftar perangkat daerah' }).locator('li').count(),
    ).toBe(55);
    const overflow = await page().evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('opens the navigation from the menu button', async () => {
    await page().goto('/');
    await page().getByRole('button', { name: 'Buka navigasi' }).click();
    await page().getByRole('link', { name: 'Perangkat Daerah', exact: true }).click();
    await page().getByRole('heading', { name: 'Perangkat Daerah', level: 2 }).waitFor();
    expect(new URL(page().url()).pathname).toBe('/perangkat-daerah');
  });
});
