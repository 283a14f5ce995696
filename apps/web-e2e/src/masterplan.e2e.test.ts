import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  accessibilityViolations,
  baseUrl,
  describeInBrowser,
  sessionCookieFor,
  useBrowserPage,
  viewports,
} from './support/browser-test';

// The Rencana Induk screens on the demo masterplan: the coordinator adds a programme and an
// action item through the UI and downloads the PDF; Dinas Kesehatan's head (whose unit the demo
// leaves unsigned) signs the joint commitment and the signed count rises; axe checks the
// masterplan, roadmap and commitment pages.
const suffix = Date.now().toString(36);
const programmeName = `Program Uji Layanan Terpadu ${suffix}`;
const activity = `Pelatihan petugas layanan terpadu ${suffix}`;
const signingHead = 'dinkes.kepala@demo.test';

type Json = Record<string, unknown>;

/** A tRPC request through plain HTTP as the session `cookie`: a mutation (POST) or a query (GET). */
async function trpc(
  cookie: string,
  path: string,
  { input, mutation }: { readonly input: Json; readonly mutation: boolean },
): Promise<Json> {
  const url = `${baseUrl}/trpc/${path}${mutation ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
  const response = await fetch(url, {
    method: mutation ? 'POST' : 'GET',
    headers: {
      cookie: `sc_session=${cookie}`,
      ...(mutation ? { 'content-type': 'application/json', 'x-csrf': '1' } : {}),
    },
    body: mutation ? JSON.stringify(input) : undefined,
  });
  const body = (await response.json()) as { result?: { data: Json }; error?: unknown };
  if (!response.ok || !body.result) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

const call = (cookie: string, path: string, input: Json) =>
  trpc(cookie, path, { input, mutation: true });
const query = (cookie: string, path: string, input: Json) =>
  trpc(cookie, path, { input, mutation: false });

async function useAccount(page: Page, cookie: string): Promise<void> {
  await page.context().clearCookies();
  await page.context().addCookies([{ name: 'sc_session', value: cookie, url: baseUrl }]);
}

/** "N dari M perangkat daerah telah menandatangani" as numbers. */
async function signedCount(page: Page): Promise<{ signed: number; total: number }> {
  const text = await page.getByTestId('signed-count').innerText();
  const match = /(\d+) dari (\d+)/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return { signed: Number(match[1]), total: Number(match[2]) };
}

describeInBrowser('the Rencana Induk screens', () => {
  const page = useBrowserPage();
  let coordinator = '';
  let head = '';

  beforeAll(async () => {
    coordinator = await sessionCookieFor('koordinator@demo.test');
    head = await sessionCookieFor(signingHead);
    // The demo leaves Dinas Kesehatan unsigned; should that change, withdraw its signature first.
    const me = (await query(head, 'auth.me', {})) as { user: { unitId: string } };
    const overview = (await query(coordinator, 'masterplan.overview', {})) as {
      masterplan: unknown;
      commitments: { signedUnitIds: string[] };
    };
    if (!overview.masterplan) throw new Error('the demo data has no masterplan');
    if (overview.commitments.signedUnitIds.includes(me.user.unitId)) {
      await call(coordinator, 'masterplan.withdrawCommitment', {
        unitId: me.user.unitId,
        reason: 'Ditarik untuk uji penandatanganan di aplikasi.',
      });
    }
  });

  it('shows the masterplan without axe violations and lets the coordinator add a programme and an action item', async () => {
    await useAccount(page(), coordinator);
    await page().goto('/rencana-induk');
    await page().getByRole('heading', { name: 'Bimbingan Teknis (Bimtek)' }).waitFor();
    await page().getByRole('heading', { name: 'Smart Governance', level: 3 }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);

    await page().getByRole('button', { name: 'Tambah program Smart Governance' }).click();
    const form = page().getByRole('dialog', { name: 'Tambah program' });
    await form.getByLabel(/^Nama program/).fill(programmeName);
    await form.getByLabel(/^Perangkat daerah pengampu/).click();
    await form.getByLabel(/^Perangkat daerah pengampu/).fill('Kesehatan');
    await page()
      .getByRole('option', { name: /^Dinas Kesehatan/ })
      .click();
    await form.getByRole('button', { name: 'Tambah program' }).click();
    await page().waitForURL(/program=[0-9a-f-]{36}/);

    const drawer = page().getByRole('dialog', { name: programmeName });
    await drawer.getByText('Belum ada rencana aksi').waitFor();
    await drawer.getByRole('button', { name: 'Tambah rencana aksi' }).click();
    const actionForm = page().getByRole('dialog', { name: 'Tambah rencana aksi' });
    await actionForm.getByLabel(/^Kegiatan/).fill(activity);
    await actionForm.getByLabel(/^Target keluaran/).fill('40 petugas terlatih');
    await actionForm.getByRole('button', { name: 'Tambah rencana aksi' }).click();
    await drawer.getByText(activity, { exact: true }).waitFor();
    await drawer.getByText('Direncanakan').first().waitFor();

    // The programme is in the Smart Governance list, with its link.
    await page().keyboard.press('Escape');
    await page().getByRole('link', { name: programmeName }).first().waitFor();
  });

  it('downloads the masterplan as a PDF', async () => {
    await useAccount(page(), coordinator);
    await page().goto('/rencana-induk');
    const responsePromise = page().waitForResponse((r) =>
      r.url().endsWith('/documents/masterplan.pdf'),
    );
    const downloadPromise = page().waitForEvent('download', { timeout: 30_000 });
    await page().getByRole('button', { name: 'Unduh PDF' }).click();
    const response = await responsePromise;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });

  it('shows the roadmap by year without axe violations, filterable by dimension', async () => {
    await useAccount(page(), coordinator);
    await page().goto('/rencana-induk/peta-jalan');
    await page().getByRole('heading', { name: 'Peta Jalan', level: 2 }).waitFor();
    await page().getByRole('heading', { level: 3 }).first().waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByLabel('Dimensi').selectOption('governance');
    await page().waitForURL(/dimensi=governance/);
    await page().getByRole('link', { name: programmeName }).first().waitFor();
  });

  it('lets the head of an unsigned unit sign the joint commitment, and the count rises', async () => {
    await useAccount(page(), head);
    await page().goto('/rencana-induk/komitmen');
    await page().getByRole('heading', { name: 'Komitmen Bersama', level: 2 }).waitFor();
    await page().getByTestId('signed-count').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    const before = await signedCount(page());

    await page().getByLabel(/^NIP/).fill('197805122005011003');
    await page()
      .getByLabel(/^Nama penandatangan/)
      .fill('dr. Uji Penandatangan');
    await page().getByRole('button', { name: 'Lanjutkan' }).click();
    const confirm = page().getByRole('dialog', { name: 'Pastikan tanda tangan Anda' });
    await confirm.getByText('197805122005011003').waitFor();
    await confirm.getByRole('button', { name: 'Tanda tangani' }).click();
    await page()
      .getByText(/Perangkat daerah Anda telah menandatangani/)
      .waitFor();
    await expect.poll(async () => (await signedCount(page())).signed).toBe(before.signed + 1);
    expect((await signedCount(page())).total).toBe(before.total);
    await expect.poll(() => page().getByRole('button', { name: 'Lanjutkan' }).count()).toBe(0);
  });
});

describeInBrowser('the Rencana Induk on a phone', () => {
  const page = useBrowserPage({ viewport: viewports.phone, as: 'koordinator@demo.test' });

  it('shows the commitment page without axe violations', async () => {
    await page().goto('/rencana-induk/komitmen');
    await page().getByTestId('signed-count').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
