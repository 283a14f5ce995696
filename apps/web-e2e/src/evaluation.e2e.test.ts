import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  accessibilityViolations,
  baseUrl,
  describeInBrowser,
  sessionCookieFor,
  useBrowserPage,
} from './support/browser-test';

// One quick win goes through an evaluation round: Dinas Kesehatan submits it (prepared over
// HTTP), the coordinator creates and opens a round in the UI, two evaluators score it, the
// coordinator records "Berdampak" and the innovation is sustained and counted as evaluated.
const suffix = Date.now().toString(36);
// "Posyandu Digital Uji" marks innovations the browser tests create (the dashboard test leaves them out).
const title = `Posyandu Digital Uji Antrean ${suffix}`;
const roundName = `Evaluasi Quick Win Uji ${suffix}`;
const secondEvaluator = 'penilai.kabupaten@demo.test';
let innovationId = '';
let roundPath = '';
let impactfulBefore = 0;

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

async function impactfulCount(): Promise<number> {
  const cookie = await sessionCookieFor('koordinator@demo.test');
  const summary = (await query(cookie, 'dashboard.summary', {})) as {
    counts: { byOutcome: { impactful: number } };
  };
  return summary.counts.byOutcome.impactful;
}

/** A quick win of Dinas Kesehatan with a progress report, submitted to evaluation by its head. */
async function prepareInnovation(): Promise<string> {
  const staff = await sessionCookieFor('dinkes.staf@demo.test');
  const head = await sessionCookieFor('dinkes.kepala@demo.test');
  const me = (await query(staff, 'auth.me', {})) as { user: { unitId: string } };
  let innovation = await call(staff, 'innovation.create', {
    unitId: me.user.unitId,
    title,
    summary: 'Pendaftaran imunisasi dari rumah untuk memangkas antrean di puskesmas.',
    dimension: 'living',
    element: 'health',
    jenis: 'digital',
    bentuk: 'public_service',
    inisiator: 'unit',
    problem: {
      statement:
        'Antrean layanan imunisasi di puskesmas rata-rata 3 jam sehingga banyak ibu membatalkan kunjungan.',
      affectedGroup: 'Ibu dan balita di 35 puskesmas',
      evidence: 'Data SIMPUS: 41% kunjungan batal',
      source: 'survey',
    },
  });
  const id = innovation.id as string;
  const update = async (cookie: string, section: string, data: Json) => {
    innovation = await call(cookie, 'innovation.updateSection', {
      id,
      version: innovation.version,
      section,
      data,
    });
  };
  const advance = async (cookie: string) => {
    innovation = await call(cookie, 'innovation.advance', { id, version: innovation.version });
  };
  await advance(staff);
  await update(staff, 'need', {
    statement: 'Pendaftaran imunisasi yang dapat dijadwalkan dari rumah',
    beneficiaries: { who: 'Ibu balita', estimatedCount: 52000 },
    indicators: [
      { name: 'Waktu tunggu', unit: 'menit', baseline: 180, target: 30, targetDate: '2026-12-31' },
    ],
  });
  await advance(staff);
  await update(staff, 'process', {
    asIs: [{ actor: 'Ibu', activity: 'Datang dan mengambil nomor antrean' }],
    toBe: [{ actor: 'Ibu', activity: 'Memesan jadwal lewat WhatsApp', tool: 'Chatbot' }],
    needsApplication: false,
  });
  await advance(staff);
  await update(staff, 'quick_win', {
    deliverable: 'Pendaftaran imunisasi lewat WhatsApp di 5 puskesmas',
    responsiblePerson: 'Kepala Bidang Kesehatan Masyarakat',
    startDate: '2026-01-05',
    targetDate: '2026-09-30',
    budget: 25000000,
    fundingSource: 'apbd',
    status: 'in_progress',
  });
  await call(staff, 'progress.add', {
    innovationId: id,
    reportDate: '2026-03-01',
    progressPercent: 60,
    narrative: 'Tiga puskesmas sudah melayani pendaftaran lewat WhatsApp.',
    kpiActuals: [{ name: 'Waktu tunggu', actual: 45 }],
    status: 'in_progress',
  });
  innovation = await query(staff, 'innovation.byId', { id }).then((d) => d.innovation as Json);
  await advance(head);
  return id;
}

/** The second evaluator: the demo account of the regency's assessment team. */
function secondEvaluatorCookie(): Promise<string> {
  return sessionCookieFor(secondEvaluator);
}

async function useAccount(page: Page, cookie: string): Promise<void> {
  await page.context().clearCookies();
  await page.context().addCookies([{ name: 'sc_session', value: cookie, url: baseUrl }]);
}

/** Scores every criterion of the open sheet with `score` and submits it. */
async function scoreAndSubmit(page: Page, score: string): Promise<void> {
  await page.goto('/penilaian');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
  const sheet = page.getByRole('region', { name: 'Lembar penilaian' });
  for (const criterion of ['Kemanfaatan', 'Dampak', 'Kebaruan', 'Keberlanjutan', 'Replikasi']) {
    const group = sheet.getByRole('group', { name: new RegExp(`^${criterion} \\(bobot`) });
    await group.getByRole('radio', { name: score, exact: true }).check();
  }
  await sheet.getByText('Berdampak').waitFor();
  await sheet.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, kirim' }).click();
  await page.getByText('Penilaian dikirim.').waitFor();
  await sheet.getByRole('button', { name: 'Ajukan koreksi' }).waitFor();
}

describeInBrowser('an evaluation round, from submission to a sustained innovation', () => {
  const page = useBrowserPage();
  let coordinator = '';

  beforeAll(async () => {
    innovationId = await prepareInnovation();
    impactfulBefore = await impactfulCount();
    coordinator = await sessionCookieFor('koordinator@demo.test');
  });

  it('lets the coordinator create a round with the default rubric, add the quick win, assign two evaluators and open it', async () => {
    await sessionCookieFor('penilai@demo.test');
    const second = await secondEvaluatorCookie();
    const secondName = ((await query(second, 'auth.me', {})) as { user: { name: string } }).user
      .name;
    await useAccount(page(), coordinator);
    await page().goto('/penilaian');
    await page().getByRole('heading', { name: 'Penilaian', level: 2 }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);

    await page().getByRole('button', { name: 'Buat periode' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel(/^Nama periode/).fill(roundName);
    await dialog.getByLabel(/^Mulai/).fill('2026-01-01');
    await dialog.getByLabel(/^Selesai/).fill('2026-12-31');
    await dialog.getByText('Jumlah bobot: 100% dari 100%').waitFor();
    await dialog.getByRole('button', { name: 'Buat periode' }).click();
    await page().waitForURL(/\/penilaian\/[0-9a-f-]{36}$/);
    roundPath = new URL(page().url()).pathname;
    await page().getByRole('heading', { name: roundName, level: 2 }).waitFor();

    await page().getByLabel('Tambah inovasi', { exact: true }).first().click();
    await page()
      .getByRole('option', { name: new RegExp(title) })
      .click();
    await page().getByRole('button', { name: 'Tambahkan' }).click();
    await page().getByText('Inovasi ditambahkan ke periode.').waitFor();

    const picker = page().getByLabel(`Penilai untuk ${title}`, { exact: true }).first();
    const roundId = roundPath.split('/').pop()!;
    const assigned = async () => {
      const detail = (await query(coordinator, 'evaluation.round', { id: roundId })) as {
        entries: { title: string; assignments: unknown[] }[];
      };
      return detail.entries.find((e) => e.title === title)?.assignments.length ?? 0;
    };
    for (const [index, name] of ['Penilai Kominfo (Demo)', secondName].entries()) {
      await picker.click();
      await page()
        .getByRole('option', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })
        .click();
      // The assignment is stored before going on (a notice of the previous one may still show).
      await expect.poll(assigned, { timeout: 8_000 }).toBe(index + 1);
      await page().keyboard.press('Escape');
    }
    // Checked on a fresh load: a notification fading in or out fails axe's contrast check.
    await page().reload();
    await page().getByRole('heading', { name: roundName, level: 2 }).waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);

    await page().getByRole('button', { name: 'Buka periode' }).click();
    await page().getByRole('dialog').getByRole('button', { name: 'Buka periode' }).click();
    await page().getByText('Periode dibuka. Penilai dapat mulai menilai.').waitFor();
  });

  it('lets both evaluators score the quick win beside its data, and submit', async () => {
    await useAccount(page(), await sessionCookieFor('penilai@demo.test'));
    await page().goto('/penilaian');
    await page().getByRole('link', { name: title }).waitFor();
    await page().getByRole('link', { name: title }).click();
    await page()
      .getByRole('table', { name: /^Indikator/ })
      .getByText('45')
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await scoreAndSubmit(page(), '4');

    await useAccount(page(), await secondEvaluatorCookie());
    await scoreAndSubmit(page(), '5');
  });

  it('lets the coordinator record the outcome; the innovation is sustained and counted as evaluated', async () => {
    await useAccount(page(), coordinator);
    await page().goto(roundPath);
    const results = page().getByRole('region', { name: 'Hasil penilaian' });
    await results.getByText('2/2 terkirim').waitFor();
    await results.getByRole('button', { name: 'Catat hasil' }).click();
    const dialog = page().getByRole('dialog');
    expect(await dialog.getByRole('radio', { name: 'Berdampak', exact: true }).isChecked()).toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Simpan hasil' }).click();
    await page().getByText(`Hasil ${title}: Berdampak.`).waitFor();
    await results.getByText('Hasil dicatat').waitFor();

    await page().goto(`/inovasi/${innovationId}`);
    await page().getByRole('heading', { name: title, level: 2 }).waitFor();
    await page().getByText('Berlanjut').first().waitFor();
    const history = page().getByRole('region', { name: 'Riwayat penilaian' });
    await history.getByText(roundName).waitFor();
    expect(await impactfulCount()).toBe(impactfulBefore + 1);
  });
});
