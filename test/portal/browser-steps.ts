import type { Browser, Page } from 'playwright-core';
import type { Engine } from '../../src/infra/db/database.ts';
import { launchChromium } from '../helpers/browser.ts';
import { accessibilityViolations } from '../helpers/console.ts';
import type { StoreOptions, TestStore } from '../helpers/store.ts';
import { mailedToken, PASSWORD, startPortalStore, type PortalApi, type Role } from './setup.ts';

export interface Viewport {
  width: number;
  height: number;
}

const LAPTOP: Viewport = { width: 1280, height: 900 };

/** The portal's browser tests: a listening store (`startPortalStore`), Chromium, and the steps every test takes. */
export interface PortalBrowser {
  store: TestStore;
  /** The store's address: the portal is at `${base}/portal/`. */
  base: string;
  browser: Browser;
  /** The store's MAIL_DIR. */
  mail: string;
  call: PortalApi;
  /** Every serious or critical accessibility violation `check` found, after where it was found. */
  violations: string[];
  /** axe-core on the page as it is now; what it finds goes to `violations`. */
  check(where: string, page: Page): Promise<void>;
  /** A new page (its own cookies), the size of a laptop's screen unless `viewport` says otherwise. */
  newPage(viewport?: Viewport): Promise<Page>;
  /** Opens the invitation link last e-mailed to `email`: the form that sets a password. */
  openInvitation(page: Page, email: string): Promise<void>;
  /** Sets PASSWORD on the open invitation form, and waits for the account's home page. */
  choosePassword(page: Page): Promise<void>;
  /** `openInvitation` and `choosePassword`: the invited person is signed in on `page`. */
  accept(page: Page, email: string): Promise<void>;
  /** The operator invites `email` to the client as `role`, who accepts on a new page, signed in. */
  member(clientId: number, email: string, role: Role): Promise<Page>;
  /** Opens a USD product's page and previews the quote of one voucher of `value`, until its table shows. */
  previewQuote(page: Page, productId: number, value: string): Promise<void>;
  /** Signs in through the portal's own form on a new page (`newPage`), and waits for the account's home page. */
  signIn(email: string, password?: string, viewport?: Viewport): Promise<Page>;
  close(): Promise<void>;
}

export async function openPortalBrowser(engine: Engine, options: StoreOptions = {}): Promise<PortalBrowser> {
  const { store, mail, call } = await startPortalStore(engine, options);
  let base: string;
  let browser: Browser;
  try {
    base = await store.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  } catch (error) {
    await store.close();
    throw error;
  }
  const violations: string[] = [];
  const home = (page: Page) => page.getByRole('heading', { name: 'Your account', level: 1, exact: true }).waitFor();
  const portal: PortalBrowser = {
    store,
    base,
    browser,
    mail,
    call,
    violations,
    async check(where, page) {
      for (const violation of await accessibilityViolations(page)) violations.push(`${where}: ${violation}`);
    },
    newPage: (viewport = LAPTOP) => browser.newPage({ viewport }),
    async openInvitation(page, email) {
      const { token } = await mailedToken(store, mail, email, 'accept');
      await page.goto(`${base}/portal/accept?token=${token}`);
      await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    },
    async choosePassword(page) {
      await page.getByLabel('Choose a password').fill(PASSWORD);
      await page.getByLabel('Repeat the password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Set password' }).click();
      await home(page);
    },
    async accept(page, email) {
      await portal.openInvitation(page, email);
      await portal.choosePassword(page);
    },
    async member(clientId, email, role) {
      await call.invite(clientId, email, role);
      const page = await portal.newPage();
      await portal.accept(page, email);
      return page;
    },
    async previewQuote(page, productId, value) {
      await page.goto(`${base}/portal/catalog/${productId}`);
      await page.getByRole('heading', { name: 'What an order would cost' }).waitFor();
      await page.getByLabel('Value per voucher (USD)').fill(value);
      await page.getByRole('button', { name: 'Preview quote' }).click();
      await page.getByRole('table', { name: 'Quote' }).waitFor();
    },
    async signIn(email, password = PASSWORD, viewport) {
      const page = await portal.newPage(viewport);
      await page.goto(`${base}/portal/`);
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await home(page);
      return page;
    },
    async close() {
      await browser.close();
      await store.close();
    },
  };
  return portal;
}
