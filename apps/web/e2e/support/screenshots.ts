import type { Page, TestInfo } from '@playwright/test';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Numbered full-page screenshots per test: test-results/screenshots/<test>-<nn>-<step>.png */
export function screenshotter(testInfo: TestInfo) {
  let n = 0;
  const prefix = testInfo.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return async (page: Page, step: string) => {
    n += 1;
    const file = `${prefix}-${String(n).padStart(2, '0')}-${step}.png`;
    await page.screenshot({ path: path.join(DIR, file), fullPage: true });
  };
}
