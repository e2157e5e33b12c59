import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { retryDelayMs } from '../../src/webhooks/delivery.ts';
import { signatureHeaders } from '../../src/webhooks/signing.ts';
import { addressProblem, checkUrl, guardedLookup, resolveTarget, TargetRefusedError, type TargetPolicy } from '../../src/webhooks/target-policy.ts';
import { verifySignature, verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';

const production: TargetPolicy = { mode: 'production', allowPrivateTargets: false };
const sandbox: TargetPolicy = { mode: 'sandbox', allowPrivateTargets: false };
const tests: TargetPolicy = { mode: 'production', allowPrivateTargets: true };
const fixed = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('webhook targets (SSRF rules)', () => {
  test('only global unicast addresses pass; private ones only when allowed; link-local, multicast, reserved never', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111']) assert.equal(addressProblem(address, production), null, address);
    for (const address of ['127.0.0.1', '10.1.2.3', '172.31.255.255', '192.168.0.1', '100.64.0.1', '::1', 'fd12::1', '::ffff:10.0.0.1']) {
      assert.equal(addressProblem(address, production), 'resolves to a private or loopback address', address);
      assert.equal(addressProblem(address, tests), null, address);
    }
    for (const address of ['169.254.169.254', 'fe80::1', '0.0.0.0', '::', '224.0.0.251', 'ff02::1', '255.255.255.255', '240.0.0.1', '192.0.2.1', '2001:db8::1', '64:ff9b::a00:1', '2002:a00:1::1']) {
      assert.equal(addressProblem(address, tests), 'resolves to a link-local, multicast or otherwise non-public address', address);
    }
  });

  test('URL rules: https in production; http in sandbox, or for loopback when private targets are allowed', () => {
    assert.equal(checkUrl('https://hooks.example.com/x?y=1', production).href, 'https://hooks.example.com/x?y=1');
    assert.throws(() => checkUrl('http://hooks.example.com/x', production), /must be an https:\/\/ URL/);
    assert.equal(checkUrl('http://hooks.example.com/x', sandbox).protocol, 'http:');
    assert.equal(checkUrl('http://127.0.0.1:9/x', tests).hostname, '127.0.0.1');
    assert.equal(checkUrl('http://localhost:9/x', tests).hostname, 'localhost');
    assert.throws(() => checkUrl('http://hooks.example.com/x', tests), /must be an https:\/\/ URL/);
    assert.throws(() => checkUrl('https://a:b@hooks.example.com/', production), /user name or password/);
    assert.throws(() => checkUrl('javascript:alert(1)', sandbox), /must be an http:\/\/ or https:\/\/ URL/);
    assert.throws(() => checkUrl(`https://x.example/${'a'.repeat(2048)}`, production), /at most 2048 characters/);
    assert.throws(() => checkUrl('https://0x7f.1/', production), /is a private or loopback address/);
  });

  test('every address of a host is checked; one bad address refuses the host', async () => {
    assert.deepEqual(await resolveTarget('ok.example', production, fixed('93.184.215.14')), [{ address: '93.184.215.14', family: 4 }]);
    await assert.rejects(resolveTarget('mixed.example', production, fixed('93.184.215.14', '10.0.0.1')), TargetRefusedError);
    await assert.rejects(resolveTarget('v6.example', production, fixed('fe80::1')), /link-local/);
    await assert.rejects(resolveTarget('none.example', production, fixed()), /could not be resolved/);
    await assert.rejects(
      resolveTarget('fail.example', production, async () => {
        throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
      }),
      /could not be resolved/,
    );
  });

  test('the lookup used for connections re-checks (DNS rebinding) and hands over only checked addresses', async () => {
    let answer = '93.184.215.14';
    const lookup = guardedLookup(production, async () => [{ address: answer, family: 4 }]);
    const call = (options: object) =>
      new Promise<unknown[]>((resolve) => (lookup as unknown as (h: string, o: object, cb: (...args: unknown[]) => void) => void)('rebind.example', options, (...args) => resolve(args)));
    assert.deepEqual(await call({}), [null, '93.184.215.14', 4]);
    assert.deepEqual(await call({ all: true }), [null, [{ address: '93.184.215.14', family: 4 }]]);
    answer = '127.0.0.1';
    const [error] = await call({});
    assert.ok(error instanceof TargetRefusedError);
  });
});

describe('webhook signatures and retry schedule', () => {
  test('X-Signature over the raw body, X-Signature-V2 over "<t>.<body>"; both secrets during the overlap', () => {
    const body = '{"id":"evt_1","type":"ping","created_at":"2025-01-15T10:30:00Z","data":{}}';
    const single = signatureHeaders(body, 1736937000, { current: 'whsec_a', previous: null });
    assert.equal(single['x-signature'], createHmac('sha256', 'whsec_a').update(body).digest('hex'));
    assert.equal(single['x-signature-v2'], `t=1736937000,v1=${createHmac('sha256', 'whsec_a').update(`1736937000.${body}`).digest('hex')}`);
    assert.equal(verifySignature(body, single['x-signature'], ['whsec_a']), true);
    assert.equal(verifySignatureV2(body, single['x-signature-v2'], ['whsec_a'], { now: 1736937000_000 }), true);
    assert.match(single['x-signature-v2'], /^t=1736937000,v1=[0-9a-f]{64}$/);

    const both = signatureHeaders(body, 1736937000, { current: 'whsec_new', previous: 'whsec_old' });
    assert.match(both['x-signature-v2'], /^t=1736937000,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    assert.equal(verifySignature(body, both['x-signature'], ['whsec_old']), true);
    for (const secret of ['whsec_new', 'whsec_old']) assert.equal(verifySignatureV2(body, both['x-signature-v2'], [secret], { now: 1736937000_000 }), true);
    assert.equal(verifySignatureV2(body, both['x-signature-v2'], ['whsec_new'], { now: 1736937000_000 + 301_000 }), false, 'replay window');
  });

  test('retry delays double from 10 s up to 6 h, ±25 %', () => {
    assert.equal(retryDelayMs(1, () => 0.5), 10_000);
    assert.equal(retryDelayMs(2, () => 0.5), 20_000);
    assert.equal(retryDelayMs(3, () => 0), 30_000);
    assert.equal(retryDelayMs(3, () => 1), 50_000);
    assert.equal(retryDelayMs(30, () => 0.5), 6 * 3600_000);
    let total = 0;
    let attempts = 0;
    while (total < 3 * 24 * 3600_000) total += retryDelayMs(++attempts, () => 0.5);
    assert.ok(attempts >= 15 && attempts <= 25, `${attempts} attempts in 3 days`);
  });
});

describe('configuration: STORE_MODE, WEBHOOK_ALLOW_PRIVATE_TARGETS, EVENT_RETENTION_DAYS', () => {
  test('defaults: production, no private targets, 30 days; sandbox allows private targets unless told otherwise', () => {
    const defaults = loadConfig({});
    assert.deepEqual([defaults.storeMode, defaults.webhookAllowPrivateTargets, defaults.eventRetentionDays], ['production', false, 30]);
    const box = loadConfig({ STORE_MODE: 'Sandbox' });
    assert.deepEqual([box.storeMode, box.webhookAllowPrivateTargets], ['sandbox', true]);
    assert.equal(loadConfig({ STORE_MODE: 'sandbox', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' }).webhookAllowPrivateTargets, false);
    assert.equal(loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: '1', EVENT_RETENTION_DAYS: '90' }).eventRetentionDays, 90);
  });

  test('bad values are all reported at once', () => {
    assert.throws(
      () => loadConfig({ STORE_MODE: 'staging', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'maybe', EVENT_RETENTION_DAYS: '29' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.includes('STORE_MODE must be production or sandbox') &&
        error.problems.includes('WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false') &&
        error.problems.includes('EVENT_RETENTION_DAYS must be a whole number from 30 to 3650 (got "29")'),
    );
  });
});
