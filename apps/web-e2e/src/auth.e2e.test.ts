import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  describeInBrowser,
  logInThroughUi,
  useBrowserPage,
  viewports,
} from './support/browser-test';

describeInBrowser('logging in and out', () => {
  const page = useBrowserPage();

  it('sends the public to the login page, then back to where they wanted to go', async () => {
    await page().goto('/perangkat-daerah?q=kes');
    await page().waitForURL(/\/masuk/);
    expect(await accessibilityViolations(page())).toEqual([]);
    await logInThroughUi(page(), 'dinkes.staf@demo.test');
    expect(new URL(page().url()).pathname).toBe('/perangkat-daerah');
    expect(new URL(page().url()).searchParams.get('q')).toBe('kes');
  });

  it('logs in the Dinas Kesehatan staff, shows the user menu with role and unit, and logs out', async () => {
    await logInThroughUi(page(), 'dinkes.staf@demo.test');
    await page()
      .getByRole('button', { name: /Menu pengguna: Staf Dinas Kesehatan/ })
      .click();
    expect(await page().getByTestId('user-menu-role').textContent()).toBe(
      'Staf perangkat daerah · Dinkes',
    );
    await page().getByRole('menuitem', { name: 'Keluar' }).click();
    await page().waitForURL(/\/masuk/);
    await page().getByText('Anda telah keluar.').waitFor();
    // The session is gone: the app sends us back to the login page.
    await page().goto('/');
    await page().waitForURL(/\/masuk/);
  });

  it('opens the user menu from the keyboard, moves focus into it, and Escape returns it', async () => {
    await logInThroughUi(page(), 'dinkes.staf@demo.test');
    const trigger = page().getByRole('button', { name: /Menu pengguna: Staf Dinas Kesehatan/ });
    expect(await trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    const focusIsIn = (selector: string) =>
      page().evaluate((s) => document.activeElement?.closest(s) != null, selector);
    // Twice: the first time may load the menu's code, the second uses it.
    for (const key of ['Enter', 'Space']) {
      await trigger.focus();
      await page().keyboard.press(key);
      const menu = page().getByRole('menu');
      await menu.waitFor();
      expect(await trigger.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => focusIsIn('[role="menu"]')).toBe(true);
      await page().keyboard.press('ArrowDown');
      await expect
        .poll(() => page().evaluate(() => document.activeElement?.textContent))
        .toBe('Profil saya');
      await page().keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('says plainly when the email or password is wrong', async () => {
    await page().goto('/masuk');
    await page().getByLabel('Email').fill('dinkes.staf@demo.test');
    await page()
      .getByLabel(/^Kata sandi/)
      .fill('salah-sekali-123');
    await page().getByRole('button', { name: 'Masuk' }).click();
    await page().getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }).waitFor();
    expect(new URL(page().url()).pathname).toBe('/masuk');
  });

  it('shows only what the role may use: no user management for unit staff', async () => {
    await logInThroughUi(page(), 'dinkes.staf@demo.test');
    expect(await page().getByRole('link', { name: 'Pengguna', exact: true }).count()).toBe(0);
    await page().goto('/pengguna');
    await page().waitForURL((url) => url.pathname === '/');
  });
});

describeInBrowser('user management by a coordinator', () => {
  const page = useBrowserPage({ as: 'koordinator@demo.test' });

  it('creates a user who can then log in', async () => {
    await page().goto('/pengguna');
    await page().getByRole('status').filter({ hasText: 'pengguna' }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page().getByRole('dialog', { name: 'Tambah pengguna' });
    await dialog.getByLabel(/^Nama/).fill('Asep Saepudin');
    await dialog.getByLabel(/^Email/).fill('asep.saepudin@sumedangkab.go.id');
    await dialog.getByLabel(/^NIP/).fill('198905152014021003');
    await dialog.getByLabel(/^Perangkat daerah/).click();
    await page().getByRole('option', { name: 'Dinas Perhubungan' }).click();
    await dialog.getByLabel(/^Kata sandi awal/).fill('Asep-Sumedang-2026');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page().getByText('Pengguna Asep Saepudin dibuat.').waitFor();
    await page().getByText('asep.saepudin@sumedangkab.go.id').waitFor();

    // The new user logs in, in a browser of their own.
    const context = await page()
      .context()
      .browser()!
      .newContext({ baseURL: new URL(page().url()).origin });
    try {
      const other = await context.newPage();
      await logInThroughUi(other, 'asep.saepudin@sumedangkab.go.id', 'Asep-Sumedang-2026');
      // The coordinator chose the password: the user chooses their own first (issue 11).
      await other.waitForURL(/\/ganti-kata-sandi/);
      await other.getByLabel(/^Kata sandi dari koordinator/).fill('Asep-Sumedang-2026');
      await other.getByLabel(/^Kata sandi baru/).fill('Asep-Pilihan-Sendiri');
      await other.getByLabel(/^Ulangi kata sandi baru/).fill('Asep-Pilihan-Sendiri');
      await other.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
      await other.getByRole('button', { name: /Menu pengguna: Asep Saepudin/ }).click();
      expect(await other.getByTestId('user-menu-role').textContent()).toBe(
        'Staf perangkat daerah · Dishub',
      );
    } finally {
      await context.close();
    }
  });

  it('validates the form with the domain rules before sending', async () => {
    await page().goto('/pengguna');
    await page().getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page().getByRole('dialog', { name: 'Tambah pengguna' });
    await dialog.getByLabel(/^Email/).fill('bukan-email');
    await dialog.getByLabel(/^NIP/).fill('123');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Masukkan alamat email yang valid.').waitFor();
    await dialog.getByText('NIP harus 18 digit angka.').waitFor();
    await dialog.getByText('Peran ini memerlukan perangkat daerah.').waitFor();
    // The open dialog, with its errors, is accessible too (its close button has a name).
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('leads back to the login page with a message when the session ends, then back to the page', async () => {
    await page().goto('/pengguna');
    await page().getByRole('status').filter({ hasText: 'pengguna' }).waitFor();
    await page().context().clearCookies();
    await page().getByLabel('Peran').selectOption('leader');
    await page().waitForURL(/\/masuk/);
    await page().getByText('Sesi Anda telah berakhir. Silakan masuk kembali.').waitFor();
    await logInThroughUi(page(), 'koordinator@demo.test');
    expect(new URL(page().url()).pathname).toBe('/pengguna');
  });
});

describeInBrowser('profile on a phone', () => {
  const page = useBrowserPage({ viewport: viewports.phone, as: 'kominfo.kepala@demo.test' });

  it('shows the account and refuses a mismatched new password before sending', async () => {
    await page().goto('/profil');
    await page().getByRole('heading', { name: 'Profil saya', level: 2 }).waitFor();
    expect(await page().getByText('Kepala perangkat daerah').count()).toBe(1);
    await page()
      .getByLabel(/^Kata sandi saat ini/)
      .fill('Demo-Sumedang-2022');
    await page()
      .getByLabel(/^Kata sandi baru/)
      .fill('Kata-Sandi-Baru-1');
    await page()
      .getByLabel(/^Ulangi kata sandi baru/)
      .fill('Kata-Sandi-Lain-2');
    await page().getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page().getByText('Kedua kata sandi tidak sama.').waitFor();
    const overflow = await page().evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
