import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readSource as read, SRC, sourceFiles } from '../helpers/sources.ts';
import { label } from '../../web/portal/src/format.ts';

/**
 * The Activity page shows each entry of `GET /portal/v1/audit` (a client's `portal.` actions,
 * portal-account.service.ts) in words. The actions are read from src/, so one recorded there
 * without words on the page fails here:
 *
 * - every action spelt whole, in quotes or between backticks (`'portal.codes.reveal'`);
 * - those built from parts: the API credentials' `portal.credential.${verb}` (the values of the
 *   type of `verb`), and the actions of the two kinds of account the portal shares with the
 *   operators, built on the area `'portal'`: cookie sessions' `<area>.session.sign_in` and
 *   `<area>.session.${how}` (the values of the type of `how`), and TOTP's `<area>.<action>` for
 *   each action its service audits.
 *
 * Another way of building a portal action from parts fails too, until this test reads it.
 */

const name = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

/** The string values of a parameter's union type, as written (`how: 'sign_out' | 'end'`). */
function values(source: string, parameter: string): string[] {
  const type = new RegExp(`\\b${parameter}: ('[a-z_]+'(?: \\| '[a-z_]+')*)`).exec(source);
  assert.ok(type, `the type of ${parameter}`);
  return [...type[1]!.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]!);
}

function includes(source: string, text: string, where: string) {
  assert.ok(source.includes(text), `${where} builds its actions as ${text}`);
}

/** Every action the store can record for the Activity page. */
function portalActions(): Set<string> {
  const actions = new Set<string>();
  const templates: string[] = [];
  const areas: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/['"`](portal\.[a-z_]+(?:\.[a-z_]+)*)['"`]/g)) actions.add(match[1]!);
    for (const match of source.matchAll(/`portal\.[a-z_.]*\$\{[^`]*`/g)) templates.push(`${name(file)}: ${match[0]}`);
    if (source.includes("area: 'portal'")) areas.push(name(file));
  }

  assert.deepEqual(templates, ['auth/api-credentials.service.ts: `portal.credential.${verb}`'], 'portal actions built from a template');
  for (const verb of values(read('auth/api-credentials.service.ts'), 'verb')) actions.add(`portal.credential.${verb}`);

  assert.deepEqual(areas.sort(), ['portal/portal-sessions.service.ts', 'portal/portal-totp.repository.ts'], "kinds of account of the area 'portal'");
  const sessions = read('infra/sessions/cookie-sessions.ts');
  includes(sessions, '`${this.kind.area}.session.sign_in`', 'cookie-sessions.ts');
  includes(sessions, '`${this.kind.area}.session.${how}`', 'cookie-sessions.ts');
  actions.add('portal.session.sign_in');
  for (const how of values(sessions, 'how')) actions.add(`portal.session.${how}`);
  const totp = read('operators/totp.service.ts');
  includes(totp, '`${accounts.area}.${action}`', 'totp.service.ts');
  const audited = [...totp.matchAll(/this\.audit\(\w+, \w+, '([a-z_.]+)'/g)].map((match) => match[1]!);
  assert.ok(audited.length > 0, 'the actions TOTP audits');
  for (const action of audited) actions.add(`portal.${action}`);
  return actions;
}

describe("the Activity page's words for what happened", () => {
  test('every action the store records for a client in the portal has words', () => {
    const actions = [...portalActions()].sort();
    for (const known of ['portal.codes.reveal', 'portal.session.sign_in', 'portal.session.end', 'portal.totp.enable', 'portal.credential.revoke']) {
      assert.ok(actions.includes(known), `${known} is among the actions read from src/: ${actions.join(', ')}`);
    }
    assert.deepEqual(
      actions.filter((action) => label('auditAction', action) === action),
      [],
      'actions without words in web/shared/audit-words.ts',
    );
    assert.equal(label('auditAction', 'portal.codes.reveal'), 'Revealed voucher codes');
  });

  test('an action without words is shown as the store wrote it', () => {
    assert.equal(label('auditAction', 'portal.something.new'), 'portal.something.new');
  });
});
