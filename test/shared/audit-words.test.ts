import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readSource as read, SRC, sourceFiles } from '../helpers/sources.ts';
import { actionWords, partyWords } from '../../web/shared/audit-words.ts';

/**
 * Both apps show the audit log's actions in words (web/shared/audit-words.ts). The actions are
 * read from src/, so one recorded there without words fails here:
 *
 * - every action spelt whole on a line that audits (an `action`, `audit(`, `changeProduct(`,
 *   `this.change(`);
 * - those built from parts, for both kinds of account (`operator`, `portal`): TOTP's
 *   `<area>.totp.<action>` (read whole above, without their area) and cookie sessions'
 *   `<area>.session.<how>`; `changeAction(subject)`'s update, activate and deactivate of a
 *   category, a subcategory and a product; the API credentials' actions.
 *
 * The portal's own actions are checked harder by test/portal/activity-words.test.ts.
 */

function includes(file: string, text: string) {
  assert.ok(read(file).includes(text), `${file} builds its actions as ${text}`);
}

function recordedActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction\b|changeProduct\(|this\.change\(|\baudit\(/.test(line)) continue;
      for (const match of line.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) actions.add(match[1]!);
    }
  }
  includes('operators/totp.service.ts', '`${accounts.area}.${action}`');
  includes('infra/sessions/cookie-sessions.ts', '`${this.kind.area}.session.${how}`');
  includes('infra/audit.ts', 'return `${subject}.update`');
  includes('auth/api-credentials.service.ts', "by.audit === 'portal' ? `portal.credential.${verb}` : `client.credential_${verb}`");
  for (const action of [...actions].filter((action) => action.startsWith('totp.'))) {
    actions.delete(action);
    for (const area of ['operator', 'portal']) actions.add(`${area}.${action}`);
  }
  for (const area of ['operator', 'portal']) for (const how of ['sign_in', 'sign_out', 'end']) actions.add(`${area}.session.${how}`);
  for (const subject of ['category', 'subcategory', 'product'])
    for (const verb of ['update', 'activate', 'deactivate']) actions.add(`${subject}.${verb}`);
  for (const verb of ['create', 'revoke']) actions.add(`portal.credential.${verb}`).add(`client.credential_${verb}`);
  return actions;
}

describe("the audit log's words", () => {
  test('every action the store records has words', () => {
    const actions = [...recordedActions()].sort();
    for (const known of ['order.cancel', 'wallet.credit', 'portal.order.create', 'operator.totp.enable', 'webhook.disabled']) {
      assert.ok(actions.includes(known), `${known} is among the actions read from src/: ${actions.join(', ')}`);
    }
    assert.deepEqual(
      actions.filter((action) => actionWords(action) === action),
      [],
      'actions without words in web/shared/audit-words.ts',
    );
    assert.equal(actionWords('something.new'), 'something.new', 'an action without words as the store wrote it');
  });

  test('who acted and what on, in words', () => {
    assert.equal(partyWords('client_user:3'), 'Portal user 3');
    assert.equal(partyWords('operator:alice'), 'Operator alice');
    assert.equal(partyWords('order:12'), 'Order 12');
    assert.equal(partyWords('system'), 'The store');
    assert.equal(partyWords('operator:admin-token'), 'The admin token');
    assert.equal(partyWords('catalog'), 'catalog');
  });
});
