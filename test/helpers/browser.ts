import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator } from 'playwright-core';

/** Debian's Chromium (package `chromium`); .ci/run installs it when the machine lacks it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for browser tests. Background networking is off: the machine's network is
 * closed, and a test asserts what the page itself fetches.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({
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
}

/** Waits until `element` has the keyboard focus (a dialog gives it back a moment after it closes). */
export async function waitForFocus(element: Locator): Promise<void> {
  const handle = await element.elementHandle();
  await element.page().waitForFunction((target) => target === document.activeElement, handle, { timeout: 5_000 });
}
