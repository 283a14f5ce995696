import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  accessibilityViolations,
  describeInBrowser,
  logInThroughUi,
  useBrowserPage,
} from './support/browser-test';

// The server sweeps for stale innovations when it starts, so the demo data's quiet innovations of
// Dinas Kesehatan are waiting as unread notifications for its head when they log in. Counts are
// read, not assumed: other test files may add notifications of their own.

/** The bell in the header, whatever its count. */
const bell = (page: Page) => page.getByRole('button', { name: /^Notifikasi, / });

/** The unread count the bell announces (0 when all are read). */
async function unreadCount(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute('aria-label')) ?? '';
  const match = /^Notifikasi, (\d+) belum dibaca$/.exec(label);
  return match ? Number(match[1]) : 0;
}

/** Waits until the bell announces this count. */
async function bellSays(page: Page, count: number): Promise<void> {
  const name = count > 0 ? `Notifikasi, ${count} belum dibaca` : 'Notifikasi, semua sudah dibaca';
  await page.getByRole('button', { name, exact: true }).waitFor();
}

describeInBrowser('notifications, for the head of Dinas Kesehatan', () => {
  const page = useBrowserPage();

  it('shows the unread count after login, and marking one read lowers it', async () => {
    await logInThroughUi(page(), 'dinkes.kepala@demo.test');
    await page()
      .getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ })
      .waitFor();
    const before = await unreadCount(page());
    expect(before).toBeGreaterThanOrEqual(1);

    await bell(page()).click();
    const popover = page().getByRole('dialog');
    await popover.waitFor();
    await popover.getByText('Notifikasi terbaru').waitFor();
    await popover
      .getByText(/Tidak ada kegiatan selama \d+ hari/)
      .first()
      .waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
    await popover
      .getByRole('button', { name: /^Tandai dibaca: / })
      .first()
      .click();
    await bellSays(page(), before - 1);

    // The page lists them all, each linking to its innovation.
    await popover.getByRole('link', { name: 'Lihat semua notifikasi' }).click();
    await page().waitForURL('**/notifikasi');
    // The popover closes as the link is followed; let its fade-out end before axe reads colours.
    await popover.waitFor({ state: 'detached' });
    await page().getByRole('heading', { name: 'Notifikasi', level: 2 }).waitFor();
    const list = page().getByRole('list', { name: 'Daftar notifikasi' });
    await list.waitFor();
    expect(await list.getByRole('link').count()).toBeGreaterThanOrEqual(1);
    expect(await list.getByRole('link').first().getAttribute('href')).toMatch(
      /^\/inovasi\/[0-9a-f-]{36}$/,
    );
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('opens the popover from the keyboard, traps focus in it, and Escape returns it', async () => {
    await logInThroughUi(page(), 'dinkes.kepala@demo.test');
    const trigger = page().getByTestId('notification-bell');
    await bell(page()).waitFor();
    expect(await trigger.getAttribute('aria-haspopup')).toBe('dialog');
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    const focusIsIn = (selector: string) =>
      page().evaluate((s) => document.activeElement?.closest(s) != null, selector);
    // Twice: the first time may load the popover's code, the second uses it.
    for (const key of ['Enter', 'Space']) {
      await trigger.focus();
      await page().keyboard.press(key);
      const popover = page().getByRole('dialog');
      await popover.getByText('Notifikasi terbaru').waitFor();
      expect(await trigger.getAttribute('aria-expanded')).toBe('true');
      // Focus moves to the popover's first control (FocusTrap), as before the popover loaded lazily.
      await expect
        .poll(() =>
          page().evaluate(
            () =>
              document.activeElement ===
              document.querySelector('[role="dialog"]')?.querySelector('button, a[href]'),
          ),
        )
        .toBe(true);
      // Tab stays inside the popover.
      for (let i = 0; i < 15; i++) await page().keyboard.press('Tab');
      expect(await focusIsIn('[role="dialog"]')).toBe(true);
      await page().keyboard.press('Escape');
      await popover.waitFor({ state: 'detached' });
      await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('marks all read from the page, and filters the unread ones', async () => {
    await logInThroughUi(page(), 'dinkes.kepala@demo.test');
    await page().goto('/notifikasi');
    await page().getByRole('list', { name: 'Daftar notifikasi' }).waitFor();
    await bell(page()).waitFor();
    const markAll = page().getByRole('button', { name: 'Tandai semua dibaca' });
    if ((await unreadCount(page())) > 0) {
      await markAll.click();
      await bellSays(page(), 0);
    }
    expect(await markAll.isDisabled()).toBe(true);
    await page().getByText('Belum dibaca', { exact: true }).click();
    await page().getByText('Semua notifikasi sudah dibaca').waitFor();
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
