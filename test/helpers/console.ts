import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { TestStore } from './store.ts';

/** An operator account made through the admin API with the store's static token. */
export async function createOperator(
  store: TestStore,
  adminToken: string,
  username: string,
): Promise<{ username: string; password: string; id: number }> {
  const response = await store.app.inject({
    method: 'POST',
    url: '/admin/v1/operators',
    headers: { authorization: `Bearer ${adminToken}` },
    payload: { username },
  });
  assert.equal(response.statusCode, 201, response.body);
  const created = response.json();
  return { username: created.username, password: created.password, id: created.operator_id };
}

/** Signs in through the console's own form and waits for the overview. */
export async function signIn(page: Page, base: string, operator: { username: string; password: string }): Promise<void> {
  await page.goto(`${base}/console/`);
  await page.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
  await page.getByLabel('Username').fill(operator.username);
  await page.getByLabel('Password').fill(operator.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is: every serious or critical violation, as text. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    type Axe = {
      run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
    };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(', ')}`);
}
