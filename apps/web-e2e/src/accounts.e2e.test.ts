import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  baseUrl,
  describeInBrowser,
  logInThroughUi,
  sessionCookieFor,
  useBrowserPage,
  viewports,
} from './support/browser-test';

/** A fresh browser context (no cookies: another person's browser) and its page. */
async function freshBrowser(
  browser: Browser,
  viewport: { width: number; height: number } = viewports.desktop,
) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  return { page, close: () => context.close() };
}

/** Fills the "Tambah pengguna" form of the users page up to the choice of first access. */
async function fillNewUser(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/pengguna');
  await page.getByRole('status').filter({ hasText: 'pengguna' }).waitFor();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
  await dialog.getByLabel(/^Nama/).fill(name);
  await dialog.getByLabel(/^Email/).fill(email);
  await dialog.getByLabel(/^Perangkat daerah/).click();
  await page.getByRole('option', { name: 'Dinas Perhubungan' }).click();
}

/** No horizontal scrolling at the page's width (phones). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describeInBrowser('first access to an account', () => {
  const page = useBrowserPage({ as: 'koordinator@demo.test' });

  it('makes a unit user whose password the coordinator set change it before reaching the app', async () => {
    await fillNewUser(page(), 'Dadang Sumarna', 'dadang.sumarna@sumedangkab.go.id');
    const dialog = page().getByRole('dialog', { name: 'Tambah pengguna' });
    expect(await dialog.getByLabel('Tetapkan kata sandi').isChecked()).toBe(true);
    await dialog.getByLabel(/^Kata sandi awal/).fill('Dadang-Awal-2026');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page().getByText('Pengguna Dadang Sumarna dibuat.').waitFor();
    await page().getByText('Belum mengganti kata sandi awal').first().waitFor();

    const other = await freshBrowser(page().context().browser()!);
    try {
      // A link into the app: the login first, then the password page, then the page itself.
      await other.page.goto('/inovasi');
      await other.page.waitForURL(/\/masuk/);
      await logInThroughUi(other.page, 'dadang.sumarna@sumedangkab.go.id', 'Dadang-Awal-2026');
      await other.page.waitForURL(/\/ganti-kata-sandi/);
      await other.page.getByRole('heading', { name: 'Ganti kata sandi', level: 1 }).waitFor();
      await other.page.getByText(/ditetapkan oleh koordinator smart city/).waitFor();
      expect(await accessibilityViolations(other.page)).toEqual([]);
      expect(new URL(other.page.url()).searchParams.get('redirect')).toBe('/inovasi');
      // Nothing else opens before the change; the page asked for is remembered.
      await other.page.goto('/perangkat-daerah');
      await other.page.waitForURL(/\/ganti-kata-sandi\?redirect=%2Fperangkat-daerah/);
      await other.page.getByLabel(/^Kata sandi dari koordinator/).fill('Dadang-Awal-2026');
      await other.page.getByLabel(/^Kata sandi baru/).fill('Pilihan-Dadang-Sendiri');
      await other.page.getByLabel(/^Ulangi kata sandi baru/).fill('Pilihan-Dadang-Berbeda');
      await other.page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
      await other.page.getByText('Kedua kata sandi tidak sama.').waitFor();
      await other.page.getByLabel(/^Ulangi kata sandi baru/).fill('Pilihan-Dadang-Sendiri');
      await other.page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
      // On to where they were going, then anywhere, the dashboard among them.
      await other.page.getByRole('heading', { name: 'Perangkat Daerah', level: 2 }).waitFor();
      expect(new URL(other.page.url()).pathname).toBe('/perangkat-daerah');
      await other.page.getByText('Kata sandi Anda telah diganti.').waitFor();
      await other.page.getByRole('link', { name: 'Dasbor', exact: true }).click();
      await other.page.getByRole('heading', { name: 'Dasbor', level: 2 }).waitFor();
      await other.page
        .getByRole('heading', { name: 'Cakupan perangkat daerah × dimensi' })
        .waitFor();
    } finally {
      await other.close();
    }
  });

  it('hands over an invitation link, which a fresh browser accepts and lands logged in', async () => {
    await fillNewUser(page(), 'Euis Komariah', 'euis.komariah@sumedangkab.go.id');
    const dialog = page().getByRole('dialog', { name: 'Tambah pengguna' });
    await dialog.getByLabel('Buat tautan undangan').check();
    expect(await dialog.getByLabel(/^Kata sandi awal/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const linkDialog = page().getByRole('dialog', { name: 'Tautan undangan untuk Euis Komariah' });
    await linkDialog.getByText(/berlaku sampai/).waitFor();
    await linkDialog.getByRole('button', { name: 'Salin tautan' }).waitFor();
    // A notification fading in or out fails axe's contrast check: let "created" go first.
    await page()
      .getByText('Pengguna Euis Komariah dibuat.')
      .waitFor({ state: 'detached', timeout: 10_000 });
    expect(await accessibilityViolations(page())).toEqual([]);
    const link = await linkDialog.getByLabel('Tautan undangan').inputValue();
    expect(link).toMatch(/\/undangan\?token=[A-Za-z0-9_-]{43}$/);
    await linkDialog.getByRole('button', { name: 'Selesai' }).click();
    await page()
      .getByText(/Undangan menunggu, s\.d\./)
      .first()
      .waitFor();

    const other = await freshBrowser(page().context().browser()!);
    try {
      await other.page.goto(link);
      await other.page.getByRole('heading', { name: 'Undangan akun', level: 1 }).waitFor();
      await other.page
        .getByText('Akun untuk Euis Komariah (euis.komariah@sumedangkab.go.id)')
        .waitFor();
      expect(await accessibilityViolations(other.page)).toEqual([]);
      await other.page.getByLabel(/^Kata sandi/).fill('Euis-Pilih-Sendiri-1');
      await other.page.getByLabel(/^Ulangi kata sandi/).fill('Euis-Pilih-Sendiri-1');
      await other.page.getByRole('button', { name: 'Simpan kata sandi dan masuk' }).click();
      await other.page.getByRole('heading', { name: 'Dasbor', level: 2 }).waitFor();
      await other.page.getByRole('button', { name: /Menu pengguna: Euis Komariah/ }).waitFor();
      // The link is used up.
      await other.page.goto(link);
      await other.page.getByText(/Tautan undangan ini sudah dipakai/).waitFor();
    } finally {
      await other.close();
    }
    await page().reload();
    await page().getByText('euis.komariah@sumedangkab.go.id').waitFor();
    expect(
      await page()
        .getByText(/Undangan menunggu/)
        .count(),
    ).toBe(0);
  });
});

/** Calls a tRPC mutation over HTTP with a session cookie. */
async function mutation(path: string, input: unknown, cookie: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf': '1', cookie: `sc_session=${cookie}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: unknown } };
  if (!response.ok || !body.result) throw new Error(`${path} failed: ${JSON.stringify(body)}`);
  return body.result.data;
}

async function unitId(name: string): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ search: name }));
  const response = await fetch(`${baseUrl}/trpc/unit.list?input=${input}`);
  const body = (await response.json()) as { result: { data: { items: { id: string }[] } } };
  return body.result.data.items[0]!.id;
}

describeInBrowser('first access on a phone', () => {
  const page = useBrowserPage({ viewport: viewports.phone });

  it('has accessible password and invitation pages that fit a 375 px screen', async () => {
    const coordinator = await sessionCookieFor('koordinator@demo.test');
    const dishub = await unitId('Dinas Perhubungan');
    await mutation(
      'user.create',
      {
        name: 'Ujang Telepon',
        email: 'ujang.telepon@sumedangkab.go.id',
        role: 'unit_staff',
        unitId: dishub,
        password: 'Ujang-Awal-2026',
      },
      coordinator,
    );
    const invited = (await mutation(
      'user.create',
      {
        name: 'Neneng Telepon',
        email: 'neneng.telepon@sumedangkab.go.id',
        role: 'unit_head',
        unitId: dishub,
        invite: true,
      },
      coordinator,
    )) as { invitation: { token: string } };

    await logInThroughUi(page(), 'ujang.telepon@sumedangkab.go.id', 'Ujang-Awal-2026');
    await page().getByRole('heading', { name: 'Ganti kata sandi', level: 1 }).waitFor();
    expect(await overflow(page())).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Keluar' }).click();
    await page().waitForURL(/\/masuk/);

    await page().goto(`/undangan?token=${invited.invitation.token}`);
    await page()
      .getByText('Akun untuk Neneng Telepon (neneng.telepon@sumedangkab.go.id)')
      .waitFor();
    expect(await overflow(page())).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page())).toEqual([]);
    // An unknown link says so plainly.
    await page().goto('/undangan?token=tidak-ada');
    await page()
      .getByText(/Tautan undangan ini tidak dikenal/)
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
