import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityViolations, describeInBrowser, viewports } from './support/browser-test';
import { launchChromium } from './support/chromium';
import { startServer, type ServerProcess } from './support/server-process';

// A deployment that starts from nothing: this file starts its own server (DEMO_DATA=false, a
// fresh database), reads the one-time setup link from its output and sets the region up in
// the browser. The shared demo server of the other browser tests is not used.

const region = {
  name: 'Kabupaten Sumedang',
  province: 'Jawa Barat',
  code: '32.11',
  branding: 'Sumedang Simpati Digital',
};
const coordinator = {
  name: 'Tim Smart City Sumedang',
  email: 'tim.smartcity@sumedangkab.go.id',
  password: 'Sumedang-Tandang-2026',
};
/** A 24 × 24 transparent PNG (the emblem uploaded on the region profile page). */
const emblemPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAAJUlEQVR4nGNwi1pwgpaYYdSCUQtGLRi1YNSCUQtGLRi1YGhYAAATQZI9KBuyOgAAAABJRU5ErkJggg==',
  'base64',
);

describeInBrowser('setting up a region that starts from nothing', () => {
  let server: ServerProcess;
  let browser: Browser;
  let setupLink: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'false' });
    // The link is printed once ready (it may reach the pipe just after the readiness answer).
    const line = /^Open (http:\/\/\S+\/siapkan\?token=[\w-]{43}) to set up the region$/m;
    setupLink = (await server.waitForOutput(line))[1]!;
    expect(new URL(setupLink).origin).toBe(server.baseUrl);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(viewport: { width: number; height: number } = viewports.desktop) {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    return page;
  }

  async function noHorizontalOverflow(page: Page): Promise<void> {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }

  async function fillRegion(page: Page, code = region.code): Promise<void> {
    await page.getByLabel(/^Nama daerah/).fill(region.name);
    await page.getByLabel(/^Jenis daerah/).selectOption('kabupaten');
    await page.getByLabel(/^Kode wilayah Kemendagri/).fill(code);
    await page.getByLabel(/^Provinsi/).fill(region.province);
    await page.getByLabel(/^Slogan kota cerdas/).fill(region.branding);
  }

  it('says on the login page that the app is not set up yet, instead of a login that cannot work', async () => {
    const page = await newPage();
    await page.goto('/masuk');
    await page.getByText('Aplikasi belum disiapkan').waitFor();
    expect(await page.getByLabel('Email').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Masuk · Smart City');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The app behind the login leads there too.
    await page.goto('/');
    await page.waitForURL(/\/masuk/);
    await page.getByText('Aplikasi belum disiapkan').waitFor();
  });

  it('says plainly when the link is not valid, and leads to the login page', async () => {
    const page = await newPage();
    await page.goto('/siapkan?token=bukan-token-yang-benar');
    await page.getByRole('heading', { name: 'Tautan penyiapan tidak berlaku' }).waitFor();
    await page.getByText('tidak dikenal atau sudah dipakai').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ke halaman masuk' }).click();
    await page.waitForURL(/\/masuk/);
  });

  it('is accessible and fits a phone at both steps', async () => {
    const page = await newPage(viewports.phone);
    await page.goto(setupLink);
    await page.getByRole('heading', { name: 'Langkah 1 dari 2: data daerah' }).waitFor();
    await expect.poll(() => page.title()).toBe('Siapkan aplikasi · Smart City');
    await noHorizontalOverflow(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await fillRegion(page);
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { name: 'Langkah 2 dari 2: koordinator pertama' }).waitFor();
    await noHorizontalOverflow(page);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('walks the wizard and lands on the dashboard logged in, the region in the header and no demo label', async () => {
    const page = await newPage();
    await page.goto(setupLink);
    await page.getByRole('heading', { name: 'Langkah 1 dari 2: data daerah' }).waitFor();
    // Step 1, checked with the domain's rule before anything is sent.
    await fillRegion(page, '3211');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByText('Tulis kode sebagai NN.NN, mis. 32.11.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/^Kode wilayah Kemendagri/).fill(region.code);
    await page.getByRole('button', { name: 'Lanjut' }).click();

    // Step 2: the first coordinator with their own password, typed twice.
    await page.getByRole('heading', { name: 'Langkah 2 dari 2: koordinator pertama' }).waitFor();
    await page.getByLabel(/^Nama lengkap/).fill(coordinator.name);
    await page.getByLabel(/^Email/).fill(coordinator.email);
    await page.getByLabel(/^Kata sandi/).fill(coordinator.password);
    await page.getByLabel(/^Ulangi kata sandi/).fill('Sandi-Yang-Lain-2026');
    await page.getByRole('button', { name: 'Siapkan dan masuk' }).click();
    await page.getByText('Kedua kata sandi tidak sama.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/^Ulangi kata sandi/).fill(coordinator.password);
    await page.getByRole('button', { name: 'Siapkan dan masuk' }).click();

    // Logged in, on the dashboard.
    await page.waitForURL((url) => url.pathname === '/');
    const header = page.getByRole('banner');
    await header.getByRole('heading', { name: region.name, level: 1 }).waitFor();
    await header.getByText(region.branding).waitFor();
    await page.getByRole('button', { name: `Menu pengguna: ${coordinator.name}` }).waitFor();
    expect(await page.getByText('Data demo bersifat ilustratif').count()).toBe(0);
    expect(await page.getByTestId('demo-label').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Dasbor · Kabupaten Sumedang');

    // Another page, another title.
    await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/inovasi');
    await expect.poll(() => page.title()).toBe('Inovasi · Kabupaten Sumedang');

    // The session is real: a reload keeps the coordinator logged in.
    await page.reload();
    await page.getByRole('button', { name: `Menu pengguna: ${coordinator.name}` }).waitFor();
  });

  it('refuses the link a second time, in the browser and through the API', async () => {
    const page = await newPage();
    await page.goto(setupLink);
    await page.getByRole('heading', { name: 'Aplikasi sudah disiapkan' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const token = new URL(setupLink).searchParams.get('token');
    const response = await fetch(`${server.baseUrl}/trpc/setup.complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf': '1' },
      body: JSON.stringify({
        token,
        region: { name: 'Kota Lain', kind: 'kota', province: 'Jawa Barat', code: '32.73' },
        coordinator: {
          name: 'Orang Lain',
          email: 'lain@kota.go.id',
          password: coordinator.password,
        },
      }),
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { data: { details: { reason: string } } } };
    expect(body.error.data.details.reason).toBe('already_set_up');
    // The login page shows the region now.
    await page.getByRole('link', { name: 'Ke halaman masuk' }).click();
    await page.getByRole('heading', { name: region.name, level: 1 }).waitFor();
    await page.getByLabel('Email').waitFor();
  });

  it('lets the coordinator upload the emblem on Profil daerah; the header and the public page show it', async () => {
    for (const viewport of [viewports.desktop, viewports.phone]) {
      const page = await newPage(viewport);
      await page.goto('/masuk');
      await page.getByLabel('Email').fill(coordinator.email);
      await page.getByLabel(/^Kata sandi/).fill(coordinator.password);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/pengaturan/daerah');
      await page.getByRole('heading', { name: 'Profil daerah', level: 2 }).waitFor();
      await expect.poll(() => page.title()).toBe('Profil daerah · Kabupaten Sumedang');
      expect(await page.getByLabel(/^Kode wilayah Kemendagri/).inputValue()).toBe('32.11');
      if (viewport === viewports.desktop) {
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Unggah lambang' }).click();
        await (
          await chooser
        ).setFiles({
          name: 'lambang.png',
          mimeType: 'image/png',
          buffer: emblemPng,
        });
        await page.getByTestId('emblem-preview').waitFor();
        // The header's emblem is there at once.
        await page.getByRole('banner').locator('img').waitFor();
      } else {
        await noHorizontalOverflow(page);
      }
      await page.getByTestId('emblem-preview').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    const page = await newPage(viewports.phone);
    await page.goto('/publik');
    await page.getByRole('heading', { name: 'Dasbor publik', level: 1 }).waitFor();
    await page.getByText(region.name).first().waitFor();
    await page.locator('header img').waitFor();
    expect(await page.getByTestId('demo-label').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Dasbor publik · Kabupaten Sumedang');
    await noHorizontalOverflow(page);
  });
});
