import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityViolations, describeInBrowser, viewports } from './support/browser-test';
import { launchChromium } from './support/chromium';
import { runCli, startServer, type ServerProcess } from './support/server-process';

/**
 * A real regency starting from nothing (issue 11), on a server of its own without demo data: the
 * region and its first coordinator from the CLI's `setup`. The rest through the app: units, a
 * merge, the masterplan and its first programme.
 */
describeInBrowser('a region that starts from nothing', () => {
  const coordinatorEmail = 'koordinator@ujikab.go.id';
  const coordinatorPassword = 'Koordinator-Uji-2026';
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let coordinatorCookie: string;

  async function trpc<T>(path: string, input: unknown, cookie?: string): Promise<T> {
    const response = await fetch(`${server.baseUrl}/trpc/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf': '1',
        ...(cookie ? { cookie: `sc_session=${cookie}` } : {}),
      },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { result?: { data: T } };
    if (!response.ok || !body.result) throw new Error(`${path} failed: ${JSON.stringify(body)}`);
    const session = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('sc_session='))
      ?.slice('sc_session='.length)
      .split(';')[0];
    if (session) lastCookie = session;
    return body.result.data;
  }
  let lastCookie = '';

  /** A page of a fresh browser context logged in with the session cookie. */
  async function pageWith(
    cookie: string,
    viewport: { width: number; height: number } = viewports.desktop,
  ): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport });
    await context.addCookies([{ name: 'sc_session', value: cookie, url: server.baseUrl }]);
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smartcity-kosong-'));
    const file = join(dir, 'kosong.db');
    const env = { DATABASE_URL: `sqlite:${file}` };
    await runCli(
      [
        'setup',
        '--region',
        'Kabupaten Uji Coba',
        '--kind',
        'kabupaten',
        '--province',
        'Jawa Barat',
        '--code',
        '32.99',
        '--coordinator-email',
        coordinatorEmail,
        '--coordinator-name',
        'Tim Smart City',
      ],
      { ...env, COORDINATOR_PASSWORD: coordinatorPassword },
    );
    server = await startServer({ ...env, DEMO_DATA: 'false' });
    await trpc('auth.login', { email: coordinatorEmail, password: coordinatorPassword });
    coordinatorCookie = lastCookie;
    for (const unit of [
      { code: '1.02.01', name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas' },
      {
        code: '2.16.01',
        name: 'Dinas Komunikasi dan Informatika',
        shortName: 'Diskominfo',
        type: 'dinas',
      },
    ])
      await trpc('unit.create', unit, coordinatorCookie);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the coordinator add, edit and merge units; a merged unit points to its successor', async () => {
    const page = await pageWith(coordinatorCookie);
    await page.goto('/perangkat-daerah');
    await page.getByRole('status').filter({ hasText: '2 perangkat daerah' }).waitFor();
    await page.getByRole('button', { name: 'Tambah perangkat daerah' }).click();
    const form = page.getByRole('dialog', { name: 'Tambah perangkat daerah' });
    await form.getByLabel(/^Nama resmi/).fill('Dinas Arsip Daerah');
    await form.getByLabel(/^Kode/).fill('dinkes');
    await form.getByLabel(/^Kode/).fill('Dinas Arsip');
    await form.getByRole('button', { name: 'Simpan' }).click();
    // The domain's code rule, in the form, before anything is sent.
    await form
      .getByText(/huruf kecil, angka, titik atau tanda hubung/)
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByLabel(/^Kode/).fill('1.02.01');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.getByText('Kode ini sudah dipakai perangkat daerah lain di daerah ini.').waitFor();
    await form.getByLabel(/^Kode/).fill('2.24.01');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Dinas Arsip Daerah ditambahkan.').waitFor();
    await page.getByRole('status').filter({ hasText: '3 perangkat daerah' }).waitFor();

    // The unit has a user, so the merge has something to move.
    const { items } = await fetch(
      `${server.baseUrl}/trpc/unit.list?input=${encodeURIComponent(JSON.stringify({ search: 'Arsip' }))}`,
    )
      .then((r) => r.json() as Promise<{ result: { data: { items: { id: string }[] } } }>)
      .then((b) => b.result.data);
    await trpc(
      'user.create',
      {
        name: 'Staf Arsip',
        email: 'staf.arsip@ujikab.go.id',
        role: 'unit_staff',
        unitId: items[0]!.id,
        invite: true,
      },
      coordinatorCookie,
    );

    await page.getByRole('link', { name: 'Dinas Arsip Daerah', exact: true }).click();
    await page.getByRole('heading', { name: 'Dinas Arsip Daerah', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Ubah' }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah perangkat daerah' });
    await edit.getByLabel(/^Singkatan/).fill('Disarpus');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Perubahan pada Dinas Arsip Daerah disimpan.').waitFor();
    // Checked on a fresh load: a notification fading in or out fails axe's contrast check.
    await page.reload();
    await page.getByText('Disarpus').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Gabungkan' }).click();
    const merge = page.getByRole('dialog', { name: 'Gabungkan Dinas Arsip Daerah' });
    await merge.getByLabel(/^Perangkat daerah pengganti/).click();
    await page.getByRole('option', { name: 'Dinas Komunikasi dan Informatika' }).click();
    await merge.getByText('Yang akan dipindahkan ke Diskominfo:').waitFor();
    await merge.getByText('1 pengguna').waitFor();
    await merge.getByText('0 inovasi').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await merge.getByRole('button', { name: 'Gabungkan' }).click();
    await page
      .getByText('Dinas Arsip Daerah digabung ke Dinas Komunikasi dan Informatika.')
      .waitFor();
    await page
      .getByText(
        'Perangkat daerah ini telah digabung ke Dinas Komunikasi dan Informatika; semua catatannya kini ada di sana.',
      )
      .waitFor();
    const row = page.getByRole('row', { name: /Digabung ke/ });
    await row.getByRole('link', { name: 'Dinas Komunikasi dan Informatika' }).waitFor();
    expect(await page.getByRole('button', { name: 'Gabungkan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Nonaktifkan' }).count()).toBe(0);

    // Gone from the list, back with the inactive ones, marked as merged.
    await page.getByRole('link', { name: 'Kembali ke daftar' }).click();
    await page.getByRole('status').filter({ hasText: '2 perangkat daerah' }).waitFor();
    await page.getByLabel('Tampilkan yang tidak aktif').check();
    await page.getByRole('status').filter({ hasText: '3 perangkat daerah' }).waitFor();
    await page.getByRole('row', { name: /Dinas Arsip Daerah.*Digabung/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('inactive')).toBe('true');

    const phone = await pageWith(coordinatorCookie, viewports.phone);
    await phone.goto(`/perangkat-daerah/${items[0]!.id}`);
    await phone.getByText(/telah digabung ke Dinas Komunikasi dan Informatika/).waitFor();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(phone)).toEqual([]);
    await page.context().close();
    await phone.context().close();
  });

  it('lets the coordinator create the masterplan from nothing and add a programme; others read why it is missing', async () => {
    // Another role, invited and logged in through the link, reads a plain explanation.
    const invitation = await trpc<{ invitation: { token: string } }>(
      'user.create',
      { name: 'Bupati Uji', email: 'bupati@ujikab.go.id', role: 'leader', invite: true },
      coordinatorCookie,
    );
    await trpc('auth.acceptInvitation', {
      token: invitation.invitation.token,
      password: 'Bupati-Uji-Coba-1',
    });
    const leader = await pageWith(lastCookie, viewports.phone);
    await leader.goto('/rencana-induk');
    await leader.getByText('Rencana induk belum tersedia').waitFor();
    await leader.getByText(/belum membuat rencana induk kota cerdas/).waitFor();
    expect(await leader.getByRole('button', { name: 'Buat rencana induk' }).count()).toBe(0);
    expect(await accessibilityViolations(leader)).toEqual([]);
    // Nor does a leader manage units: the server says so, and the actions are not there.
    await leader.goto('/perangkat-daerah');
    await leader.getByRole('link', { name: 'Dinas Kesehatan', exact: true }).click();
    await leader.getByRole('heading', { name: 'Dinas Kesehatan', level: 2 }).waitFor();
    for (const name of ['Tambah perangkat daerah', 'Ubah', 'Nonaktifkan', 'Gabungkan'])
      expect(await leader.getByRole('button', { name }).count(), name).toBe(0);
    await leader.context().close();

    const page = await pageWith(coordinatorCookie);
    await page.goto('/rencana-induk/komitmen');
    await page.getByText('Rencana induk belum tersedia').waitFor();
    await page.goto('/rencana-induk');
    await page.getByText('Rencana induk belum tersedia').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Buat rencana induk' }).click();
    const form = page.getByRole('dialog', { name: 'Buat rencana induk' });
    const title = 'Masterplan Smart City Kabupaten Uji Coba';
    await form.getByLabel(/^Judul/).fill(title);
    await form.getByLabel(/^Misi 1/).fill('Layanan publik digital yang inklusif');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Buat rencana induk' }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    await page.getByText('Layanan publik digital yang inklusif').waitFor();

    await page.getByRole('button', { name: 'Tambah program Smart Governance' }).click();
    const programme = page.getByRole('dialog', { name: 'Tambah program' });
    const name = 'Layanan administrasi terpadu di kecamatan';
    await programme.getByLabel(/^Nama program/).fill(name);
    await programme.getByLabel(/^Perangkat daerah pengampu/).click();
    await programme.getByLabel(/^Perangkat daerah pengampu/).fill('Kesehatan');
    await page.getByRole('option', { name: /^Dinas Kesehatan/ }).click();
    await programme.getByRole('button', { name: 'Tambah program' }).click();
    await page.waitForURL(/program=[0-9a-f-]{36}/);
    await page.getByRole('dialog', { name }).getByText('Belum ada rencana aksi').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name }).first().waitFor();

    // The other Rencana Induk pages have it too now.
    await page.goto('/rencana-induk/peta-jalan');
    await page.getByText(name).first().waitFor();
    expect(await page.getByText('Rencana induk belum tersedia').count()).toBe(0);
    await page.context().close();
  });
});
