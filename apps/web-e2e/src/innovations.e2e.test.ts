import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  describeInBrowser,
  sessionCookieFor,
  useBrowserPage,
  viewports,
} from './support/browser-test';

// One innovation goes through the register in these tests, in order: created by Dinas Kesehatan's
// staff, taken to the quick win, found in the list, and looked at by another unit's staff. Its
// title is unique, so the demo data's own innovations never get in the way.
const title = `Posyandu Digital Uji ${Date.now().toString(36)}`;
let innovationPath = '';

const problemStatement =
  'Data tumbuh kembang balita di posyandu dicatat manual sehingga kasus stunting terlambat terdeteksi.';

/** A tiny but real PDF (the API judges the type from the bytes). */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** The form of a section on the detail page ("Formulir Masalah", …). */
const sectionForm = (page: Page, section: string): Locator =>
  page.getByRole('form', { name: `Formulir ${section}` });

/** Saves a section's form and waits for the confirmation. */
async function save(page: Page, form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByText('Perubahan disimpan.').last().waitFor();
  await form.getByText('Ada perubahan yang belum disimpan.').waitFor({ state: 'detached' });
}

/** Advances to the next stage and waits until the page shows it. */
async function advance(page: Page, nextStage: string, stageAfter: string): Promise<void> {
  await page.getByRole('button', { name: 'Lanjut ke tahap berikutnya' }).click();
  await page.getByText(`Inovasi kini di tahap ${nextStage}.`).waitFor();
  await page.getByRole('heading', { name: `Syarat lanjut ke tahap ${stageAfter}` }).waitFor();
}

describeInBrowser('the innovation register, for the staff of Dinas Kesehatan', () => {
  const page = useBrowserPage({ as: 'dinkes.staf@demo.test' });

  it('creates an innovation starting from its problem', async () => {
    await page().goto('/inovasi');
    await page().getByRole('link', { name: 'Inovasi baru' }).click();
    await page().getByRole('heading', { name: 'Inovasi baru', level: 2 }).waitFor();
    // The unit is fixed for unit staff.
    expect(
      await page()
        .getByLabel(/^Perangkat daerah/)
        .inputValue(),
    ).toBe('Dinas Kesehatan');
    expect(await accessibilityViolations(page())).toEqual([]);

    // A first, too short draft of the problem is enough to register the innovation.
    await page()
      .getByLabel(/^Rumusan masalah/)
      .fill('Data balita dicatat manual.');
    await page().getByText('27/50 karakter').waitFor();
    await page()
      .getByLabel(/^Judul inovasi/)
      .fill(title);
    await page()
      .getByLabel(/^Ringkasan/)
      .fill('Pencatatan tumbuh kembang balita secara digital di posyandu.');
    await page()
      .getByLabel(/^Dimensi( \*)?$/)
      .selectOption('living');
    await page()
      .getByLabel(/^Elemen/)
      .selectOption('health');
    await page()
      .getByLabel(/^Jenis/)
      .selectOption('digital');
    await page()
      .getByLabel(/^Bentuk/)
      .selectOption('public_service');
    await page().getByRole('button', { name: 'Simpan inovasi' }).click();

    await page().waitForURL(/\/inovasi\/[0-9a-f-]{36}$/);
    innovationPath = new URL(page().url()).pathname;
    await page().getByRole('heading', { name: title, level: 2 }).waitFor();
    expect(await page().getByRole('link', { name: 'Dinas Kesehatan' }).count()).toBe(1);
  });

  it('is stopped at the gate with the missing fields listed, completes the problem and moves on', async () => {
    await page().goto(innovationPath);
    await page().getByRole('heading', { name: 'Syarat lanjut ke tahap Kebutuhan' }).waitFor();

    await page().getByRole('button', { name: 'Lanjut ke tahap berikutnya' }).click();
    const refused = page().getByRole('alert').filter({ hasText: 'Belum dapat lanjut' });
    await refused.waitFor();
    for (const missing of [
      'Rumusan masalah minimal 50 karakter.',
      'Kelompok terdampak belum diisi.',
      'Bukti / data dasar belum diisi.',
      'Sumber masalah belum diisi.',
    ])
      expect(await refused.getByText(missing).count()).toBe(1);

    const form = sectionForm(page(), 'Masalah');
    await form.getByLabel(/^Rumusan masalah/).fill(problemStatement);
    await form.getByText(/karakter: panjang rumusan sudah cukup/).waitFor();
    await form.getByLabel(/^Kelompok terdampak/).fill('Balita dan ibu balita di 12 desa');
    await form
      .getByLabel(/^Bukti/)
      .fill('Prevalensi stunting 2021: 22,3 % (SSGI); 60 % posyandu masih mencatat di buku.');
    await form.getByLabel(/^Sumber masalah/).selectOption('rpjmd_issue');
    await save(page(), form);
    await advance(page(), 'Kebutuhan', 'Proses Bisnis');
  });

  it('fills the need with a KPI and the business process, and moves on to the quick win', async () => {
    await page().goto(innovationPath);
    const need = sectionForm(page(), 'Kebutuhan');
    await need
      .getByLabel(/^Rumusan kebutuhan/)
      .fill('Data balita terpadu yang terbarui setiap bulan.');
    await need.getByLabel(/^Penerima manfaat/).fill('Ibu balita dan kader posyandu');
    await need.getByLabel(/^Perkiraan jumlah/).fill('12000');
    await need.getByRole('button', { name: 'Tambah indikator' }).click();
    const kpi = need.getByRole('group', { name: 'Indikator 1' });
    await kpi.getByLabel(/^Nama indikator/).fill('Balita ditimbang tercatat digital');
    await kpi.getByLabel(/^Satuan/).fill('%');
    await kpi.getByLabel(/^Nilai awal/).fill('40');
    await kpi.getByLabel(/^Target/).fill('90');
    await kpi.getByLabel(/^Tanggal target/).fill('2027-06-30');
    await save(page(), need);
    await advance(page(), 'Proses Bisnis', 'Quick Win');

    const process = sectionForm(page(), 'Proses Bisnis');
    await process.getByRole('button', { name: 'Tambah langkah saat ini' }).click();
    const asIs = process.getByRole('group', { name: 'Langkah saat ini 1' });
    await asIs.getByLabel(/^Pelaku/).fill('Kader posyandu');
    await asIs.getByLabel(/^Kegiatan/).fill('Mencatat berat badan di buku register');
    await process.getByRole('button', { name: 'Tambah langkah yang diharapkan' }).click();
    const toBe = process.getByRole('group', { name: 'Langkah yang diharapkan 1' });
    await toBe.getByLabel(/^Pelaku/).fill('Kader posyandu');
    await toBe.getByLabel(/^Kegiatan/).fill('Mencatat langsung di aplikasi');
    await toBe.getByLabel(/^Alat/).fill('Ponsel');
    await save(page(), process);
    await page().getByRole('button', { name: 'Lanjut ke tahap berikutnya' }).click();
    await page().getByText('Inovasi kini di tahap Quick Win.').waitFor();
    await page().getByRole('heading', { name: 'Syarat lanjut ke tahap Evaluasi' }).waitFor();
  });

  it('fills the quick win, uploads evidence and sees the whole history', async () => {
    await page().goto(innovationPath);
    const quickWin = sectionForm(page(), 'Quick Win');
    await quickWin.getByLabel(/^Keluaran/).fill('Aplikasi pencatatan posyandu di 12 desa');
    await quickWin.getByLabel(/^Penanggung jawab/).fill('Kepala Seksi Gizi');
    await quickWin.getByLabel(/^Status quick win/).selectOption('in_progress');
    await quickWin.getByLabel(/^Tanggal mulai/).fill('2027-01-04');
    await quickWin.getByLabel(/^Tanggal target/).fill('2027-10-30');
    await quickWin.getByLabel(/^Anggaran/).fill('25000000');
    await quickWin.getByLabel(/^Sumber anggaran/).selectOption('apbd');
    await save(page(), quickWin);

    const section = page().locator('#section-quick_win');
    const chooser = page().waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Unggah bukti' }).click();
    await (
      await chooser
    ).setFiles({ name: 'bukti-quick-win.pdf', mimeType: 'application/pdf', buffer: pdf });
    await section.getByRole('link', { name: 'bukti-quick-win.pdf' }).waitFor();

    const history = page().getByRole('region', { name: 'Riwayat' });
    await history.getByText('Berkas bukti-quick-win.pdf dilampirkan ke bagian Quick Win').waitFor();
    for (const event of [
      'Inovasi dibuat',
      'Bagian Masalah diperbarui',
      'Bagian Kebutuhan diperbarui',
      'Bagian Proses Bisnis diperbarui',
      'Bagian Quick Win diperbarui',
      'Maju dari Masalah ke Kebutuhan',
      'Maju dari Kebutuhan ke Proses Bisnis',
      'Maju dari Proses Bisnis ke Quick Win',
    ])
      expect(await history.getByText(event, { exact: true }).count(), event).toBe(1);
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('adds a progress report, and asks for a reason when progress goes down', async () => {
    await page().goto(innovationPath);
    const progress = page().getByRole('region', { name: 'Laporan kemajuan' });
    await progress.getByText(/Belum ada laporan kemajuan/).waitFor();
    await progress.getByRole('textbox', { name: /^Kemajuan/ }).fill('35');
    await progress.getByLabel(/^Uraian kemajuan/).fill('Aplikasi dipakai di 4 dari 12 desa.');
    await progress.getByRole('button', { name: 'Simpan laporan' }).click();
    await page().getByText('Laporan kemajuan disimpan.').waitFor();
    await progress.getByText('35%', { exact: true }).waitFor();
    const history = page().getByRole('region', { name: 'Riwayat' });
    await history.getByText('Laporan kemajuan: 35%').waitFor();
    // Progress below the last report needs a reason before anything is sent.
    await progress.getByRole('textbox', { name: /^Kemajuan/ }).fill('20');
    await progress.getByLabel(/^Uraian kemajuan/).fill('Dua desa berhenti memakai aplikasi.');
    await progress.getByRole('button', { name: 'Simpan laporan' }).click();
    await progress
      .getByText(/Kemajuan di bawah laporan sebelumnya \(35%\)/)
      .first()
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('finds the innovation in the list by stage and search, with the filters in the URL', async () => {
    await page().goto('/inovasi');
    await page().getByRole('status').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByLabel('Tahap', { exact: true }).selectOption('quick_win');
    await page().getByLabel('Cari inovasi').fill(title);
    await page()
      .getByRole('status')
      .filter({ hasText: /^1 inovasi$/ })
      .waitFor();
    const table = page().getByRole('table', { name: 'Daftar inovasi' });
    expect(await table.getByRole('link', { name: title }).count()).toBe(1);
    const url = new URL(page().url());
    expect(url.searchParams.get('stage')).toBe('quick_win');
    expect(url.searchParams.get('q')).toBe(title);
  });
  it('keeps what the user typed when someone else saved first, names them, and reloads on request', async () => {
    await page().goto(innovationPath);
    const mine = sectionForm(page(), 'Quick Win');
    await mine.getByLabel(/^Penanggung jawab/).fill('Kepala Seksi Gizi dan KIA');

    // Meanwhile the unit head changes the same section, in a browser of their own.
    const origin = new URL(page().url()).origin;
    const other = await page().context().browser()!.newContext({ baseURL: origin });
    await other.addCookies([
      { name: 'sc_session', value: await sessionCookieFor('dinkes.kepala@demo.test'), url: origin },
    ]);
    const head = await other.newPage();
    await head.goto(innovationPath);
    const theirs = sectionForm(head, 'Quick Win');
    await theirs.getByLabel(/^Penanggung jawab/).fill('Kepala Bidang Kesehatan Masyarakat');
    await save(head, theirs);
    await other.close();

    await mine.getByRole('button', { name: 'Simpan', exact: true }).click();
    const conflict = page()
      .getByRole('alert')
      .filter({ hasText: 'Perubahan Anda belum tersimpan' });
    await conflict.getByText(/diubah oleh Kepala Dinas Kesehatan \(Demo\) pada/).waitFor();
    expect(await mine.getByLabel(/^Penanggung jawab/).inputValue()).toBe(
      'Kepala Seksi Gizi dan KIA',
    );

    await conflict.getByRole('button', { name: 'Muat ulang' }).click();
    await page().getByText('Versi terbaru telah dimuat').waitFor();
    expect(await mine.getByLabel(/^Penanggung jawab/).inputValue()).toBe(
      'Kepala Bidang Kesehatan Masyarakat',
    );
    // The user's unsaved text is still shown until they choose what to do with it.
    await page().getByText('Kepala Seksi Gizi dan KIA').waitFor();
    await page().getByRole('button', { name: 'Buang isian saya' }).click();
    await page().getByText('Versi terbaru telah dimuat').waitFor({ state: 'detached' });
  });
});

describeInBrowser('the innovation list on a 375-px phone screen', () => {
  const page = useBrowserPage({ viewport: viewports.phone, as: 'dinkes.staf@demo.test' });

  it('shows cards without horizontal scrolling', async () => {
    await page().goto(`/inovasi?q=${encodeURIComponent(title)}`);
    await page().getByRole('link', { name: title }).waitFor();
    expect(await page().getByRole('table').count()).toBe(0);
    expect(await page().getByRole('list', { name: 'Daftar inovasi' }).locator('li').count()).toBe(
      1,
    );
    await page().getByRole('button', { name: 'Filter', exact: true }).click();
    await page().getByLabel('Tahap', { exact: true }).waitFor();
    const overflow = await page().evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});

describeInBrowser('the same innovation, for the staff of another unit', () => {
  const page = useBrowserPage({ as: 'kominfo.staf@demo.test' });

  it('is shown read-only: no form, no advance button, no upload', async () => {
    await page().goto(innovationPath);
    await page().getByRole('heading', { name: title, level: 2 }).waitFor();
    // The current stage's section is open; the stepper opens an earlier one.
    await page().getByRole('button', { name: 'Masalah: Selesai' }).click();
    await page().getByText(problemStatement).waitFor();
    expect(await page().getByRole('form').count()).toBe(0);
    expect(await page().getByRole('textbox').count()).toBe(0);
    expect(await page().getByRole('button', { name: 'Lanjut ke tahap berikutnya' }).count()).toBe(
      0,
    );
    expect(await page().getByRole('button', { name: 'Unggah bukti' }).count()).toBe(0);
    expect(await page().getByRole('button', { name: 'Ubah profil' }).count()).toBe(0);
    expect(await page().getByRole('link', { name: 'bukti-quick-win.pdf' }).count()).toBe(1);
  });
});
