import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longerThan } from '../../src/shared/text-length.ts';

test('longerThan counts characters (code points), as the request schemas do', () => {
  assert.equal(longerThan('a'.repeat(255), 255), false);
  assert.equal(longerThan('a'.repeat(256), 255), true);
  // An emoji is two UTF-16 units and one character.
  assert.equal(longerThan('😀'.repeat(255), 255), false);
  assert.equal(longerThan('😀'.repeat(256), 255), true);
  assert.equal(longerThan(`${'😀'.repeat(254)}ab`, 255), true);
  // A lone surrogate counts one, as for Ajv's maxLength.
  assert.equal(longerThan('\ud800'.repeat(255), 255), false);
  assert.equal(longerThan('\ud800'.repeat(256), 255), true);
  assert.equal(longerThan('', 0), false);
});
