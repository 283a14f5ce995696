import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject, describe } from 'vitest';
import { demoPassword } from '@smartcity/demo-data/password';
import { launchChromium } from './chromium';

/** The running app's base URL ('' when the browser tests cannot run on this machine). */
export const baseUrl = inject('baseUrl');

/** A `describe` that runs only when the browser tests can run (see global-setup). */
export const describeInBrowser = describe.skipIf(baseUrl === '');

/** Viewports the product must work in. */
export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;

/** The password of the demo accounts (the demo seed's own constant, not a copy of it). */
export { demoPassword };

/** Logs in through the API (not the UI) and returns the session cookie's value. */
export async function sessionCookieFor(email: string, password = demoPassword): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf': '1' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sc_session='));
  if (!response.ok || !cookie) throw new Error(`login as ${email} failed: ${response.status}`);
  // The value ends at the first attribute (`; Path=/ ...`), if any.
  const end = cookie.indexOf(';');
  return cookie.slice('sc_session='.length, end === -1 ? undefined : end);
}

/** Options of {@link useBrowserPage}. */
export type BrowserPageOptions = {
  readonly viewport?: { width: number; height: number };
  /** Start each test logged in as this demo account. */
  readonly as?: string;
};

/**
 * One browser for a test file and a fresh context (no cookies, no storage) per test, logged in
 * when `as` is given. Returns a getter for the current page.
 */
export function useBrowserPage(options: BrowserPageOptions = {}): () => Page {
  const viewport = options.viewport ?? viewports.desktop;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('no browser: launching Chromium failed in beforeAll');
    context = await browser.newContext({ baseURL: baseUrl, viewport });
    if (options.as) {
      await context.addCookies([
        { name: 'sc_session', value: await sessionCookieFor(options.as), url: baseUrl },
      ]);
    }
    page = await context.newPage();
    // Fail fast with the locator in the message rather than at the test's timeout.
    page.setDefaultTimeout(8_000);
  });
  afterEach(async () => {
    await context?.close();
  });
  return () => {
    if (!page) throw new Error('no page: call inside a test');
    return page;
  };
}

/** Logs in through the login page and waits until the app has left it. */
export async function logInThroughUi(
  page: Page,
  email: string,
  password = demoPassword,
): Promise<void> {
  if (!page.url().includes('/masuk')) await page.goto('/masuk');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Kata sandi/).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname !== '/masuk');
}

/** axe-core's violations on the page (WCAG 2.1 A and AA rules), as short readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
