import { existsSync } from 'node:fs';
import { afterEach } from 'node:test';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (package `chromium`); .ci/run installs it when the machine lacks it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for browser tests. Background networking is off: the machine's network is
 * closed, and a test asserts what the page itself fetches.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  launched.add(browser);
  browser.on('disconnected', () => launched.delete(browser));
  return browser;
}

const launched = new Set<Browser>();
/** Of each open page's accessibility tree, at most this much goes into a failed test's error. */
const SNAPSHOT_CHARACTERS = 8_000;

/** Where a page is, without its query or fragment (an invitation's token), and the roles and names it shows. */
async function describePage(page: Page): Promise<string> {
  const url = new URL(page.url());
  const tree = await page
    .locator('body')
    .ariaSnapshot({ timeout: 5_000 })
    .catch((error: unknown) => `(no snapshot: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  const shown = tree.length > SNAPSHOT_CHARACTERS ? `${tree.slice(0, SNAPSHOT_CHARACTERS)}\n…` : tree;
  return `page ${url.origin}${url.pathname}:\n${shown}`;
}

// Every test file that drives a browser imports this module: when one of its tests fails, its error
// ends with what each open page showed then — a timeout in CI says what the page held instead.
afterEach(async (context) => {
  // Node 20 has both; this project's @types/node does not declare them.
  const { passed, error } = context as unknown as { passed: boolean; error?: unknown };
  if (passed || launched.size === 0 || !(error instanceof Error)) return;
  const failure = error.cause instanceof Error ? error.cause : error;
  const pages = [...launched].flatMap((browser) => browser.contexts().flatMap((browserContext) => browserContext.pages()));
  const described = await Promise.all(pages.filter((page) => !page.isClosed()).map(describePage));
  if (described.length === 0) return;
  // Reporters print the stack, which holds the message: the text goes at its end.
  const text = `\n\nWhat the open pages showed:\n${described.join('\n\n')}`;
  if (failure.stack) failure.stack += text;
  else failure.message += text;
});

/** Waits until `element` has the keyboard focus (a dialog gives it back a moment after it closes). */
export async function waitForFocus(element: Locator): Promise<void> {
  const handle = await element.elementHandle();
  await element.page().waitForFunction((target) => target === document.activeElement, handle, { timeout: 5_000 });
}
