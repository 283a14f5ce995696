import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject, describe } from 'vitest';
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

/**
 * One browser for a test file and a fresh context (no cookies, no storage) per test.
 * Returns a getter for the current page.
 */
export function useBrowserPage(
  viewport: { width: number; height: number } = viewports.desktop,
): () => Page {
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
    context = await browser!.newContext({ baseURL: baseUrl, viewport });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  return () => {
    if (!page) throw new Error('no page: call inside a test');
    return page;
  };
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
