import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { retryDelayMs } from '../../src/webhooks/delivery.ts';
import { signatureHeaders } from '../../src/webhooks/signing.ts';
import ipaddr from 'ipaddr.js';
import {
  addressProblem,
  checkUrl,
  embeddedIPv4,
  guardedLookup,
  resolveTarget,
  TargetRefusedError,
  type TargetPolicy,
} from '../../src/webhooks/target-policy.ts';
import { verifySignature, verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';

const production: TargetPolicy = { mode: 'production', allowPrivateTargets: false };
const sandbox: TargetPolicy = { mode: 'sandbox', allowPrivateTargets: false };
const tests: TargetPolicy = { mode: 'production', allowPrivateTargets: true };
const fixed =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('webhook targets (SSRF rules)', () => {
  // docs/webhooks.md, "Where webhooks can point": every form it promises to refuse, in every mode.
  const PUBLIC = [
    '93.184.215.14',
    '8.8.8.8',
    '2606:4700:4700::1111',
    // IPv6 forms that embed a public IPv4 address are judged by it
    '::ffff:8.8.8.8',
    '::808:808',
    '::ffff:0:808:808',
    '64:ff9b::808:808',
    '64:ff9b:1:808:8:808:808:808',
    '2002:808:808::1',
    '2001:0:808:808:8000:ffff:fefe:fefe', // Teredo: server 8.8.8.8, client 1.1.1.1
  ];
  const PRIVATE = [
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '100.64.0.1',
    '100.127.255.254',
    '::1',
    'fc00::1',
    'fd12::1',
    // embedded private or loopback IPv4: mapped, compatible, translated, NAT64, 6to4, Teredo client and server
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '::a00:1',
    '::7f00:1',
    '::c0a8:1',
    '::6440:1',
    '::ffff:0:a00:1',
    '64:ff9b::a00:1',
    '64:ff9b::7f00:1',
    '2002:a00:1::1',
    '2002:7f00:1::1',
    '2001:0:808:808::f5ff:fffe',
    '2001:0:a00:1::fefe:fefe',
  ];
  const NEVER = [
    '169.254.169.254',
    '169.254.0.1',
    'fe80::1',
    'febf::1', // link-local (cloud metadata)
    '0.0.0.0',
    '0.1.2.3',
    '::', // unspecified
    '255.255.255.255', // broadcast
    '224.0.0.251',
    '239.255.255.250',
    'ff02::1',
    'ff05::2', // multicast
    '192.0.2.1',
    '198.51.100.1',
    '203.0.113.1',
    '2001:db8::1',
    '3fff::1', // documentation
    '240.0.0.1',
    '192.0.0.1',
    '198.18.0.1',
    'fec0::1',
    '100::1',
    '2001:2::1', // reserved, benchmarking, site-local, discard
    // embedded link-local, unspecified, multicast, documentation, reserved IPv4
    '::ffff:169.254.169.254',
    '::a9fe:a9fe',
    '::ffff:0:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b:1::a9fe:a9fe',
    '2002:a9fe:a9fe::1',
    '2001:0:808:808::5601:5601',
    '2001:0:a9fe:a9fe::fefe:fefe',
    '::e000:fb',
    '::ffff:224.0.0.251',
    '::ffff:0.0.0.0',
    '::2',
    '64:ff9b::',
    '2002::1',
    '64:ff9b::c000:201',
    '2002:f000:1::1',
    // NAT64 local-use: every RFC 6052 reading must pass (here /48 reads 10.0.1.0 and /56 0.1.0.0)
    '64:ff9b:1:a00:1::808:808',
  ];
  const PRIVATE_PROBLEM = 'resolves to a private or loopback address';
  const NEVER_PROBLEM = 'resolves to a link-local, multicast or otherwise non-public address';
  const modes: [string, TargetPolicy][] = [
    ['production', production],
    ['sandbox without private targets', sandbox],
    ['sandbox (default: private targets allowed)', { mode: 'sandbox', allowPrivateTargets: true }],
    ['production with WEBHOOK_ALLOW_PRIVATE_TARGETS', tests],
  ];

  test('only public unicast addresses pass; private and loopback ones only when allowed; link-local, multicast, reserved never — IPv6 forms that embed IPv4 judged by their IPv4 address', () => {
    for (const [name, policy] of modes) {
      for (const address of PUBLIC) assert.equal(addressProblem(address, policy), null, `${name}: ${address}`);
      for (const address of PRIVATE)
        assert.equal(addressProblem(address, policy), policy.allowPrivateTargets ? null : PRIVATE_PROBLEM, `${name}: ${address}`);
      for (const address of NEVER) assert.equal(addressProblem(address, policy), NEVER_PROBLEM, `${name}: ${address}`);
    }
  });

  test('the IPv4 addresses each IPv6 form embeds', () => {
    const embedded = (address: string) => embeddedIPv4(ipaddr.IPv6.parse(address)).map(String);
    assert.deepEqual(embedded('::ffff:169.254.169.254'), ['169.254.169.254']);
    assert.deepEqual(embedded('::a9fe:a9fe'), ['169.254.169.254']);
    assert.deepEqual(embedded('::ffff:0:a00:1'), ['10.0.0.1']);
    assert.deepEqual(embedded('64:ff9b::7f00:1'), ['127.0.0.1']);
    assert.deepEqual(embedded('64:ff9b:1:c0a8:1:100:a9fe:a9fe'), ['192.168.1.1', '168.1.1.0', '1.1.0.169', '169.254.169.254']);
    assert.deepEqual(embedded('2002:a9fe:a9fe:1::1'), ['169.254.169.254']);
    assert.deepEqual(embedded('2001:0:4136:e378:8000:63bf:3fff:fdd2'), ['65.54.227.120', '192.0.2.45']); // RFC 4380's example
    for (const plain of ['::', '::1', '2606:4700:4700::1111', 'fe80::1', '2001:db8::a00:1']) assert.deepEqual(embedded(plain), [], plain);
  });

  test('IP-literal URLs, numeric tricks included, and DNS answers obey the same rules in every mode', async () => {
    const literal = (address: string) => (address.includes(':') ? `[${address}]` : address);
    for (const [name, policy] of modes) {
      for (const address of PUBLIC) assert.equal(checkUrl(`https://${literal(address)}/hook`, policy).protocol, 'https:', `${name}: ${address}`);
      const tricks = ['2130706433', '0x7f.1', '0177.0.0.1', '127.1', '[::ffff:127.0.0.1]', '[::127.0.0.1]', '[0:0:0:0:0:ffff:7f00:1]', '0xa000001'];
      for (const host of [...PRIVATE.map(literal), ...tricks]) {
        const url = `https://${host}/hook`;
        if (policy.allowPrivateTargets) assert.equal(checkUrl(url, policy).protocol, 'https:', `${name}: ${url}`);
        else
          assert.throws(() => checkUrl(url, policy), { name: 'TargetRefusedError', message: 'is a private or loopback address' }, `${name}: ${url}`);
      }
      for (const host of [...NEVER.map(literal), '2852039166', '0xa9fea9fe', '[::169.254.169.254]']) {
        assert.throws(
          () => checkUrl(`https://${host}/hook`, policy),
          { name: 'TargetRefusedError', message: 'is a link-local, multicast or otherwise non-public address' },
          `${name}: ${host}`,
        );
      }
      for (const address of ['::a9fe:a9fe', '64:ff9b::a9fe:a9fe', '2002:a9fe:a9fe::1']) {
        await assert.rejects(
          resolveTarget('embedded.example', policy, fixed('93.184.215.14', address)),
          { message: NEVER_PROBLEM },
          `${name}: ${address}`,
        );
      }
      const privateAnswer = resolveTarget('nat64.example', policy, fixed('64:ff9b::a00:1'));
      if (policy.allowPrivateTargets) assert.deepEqual(await privateAnswer, [{ address: '64:ff9b::a00:1', family: 6 }]);
      else await assert.rejects(privateAnswer, { message: PRIVATE_PROBLEM }, name);
    }
    // http:// for a loopback host when private targets are allowed: an embedded loopback address is one
    assert.equal(checkUrl('http://[::127.0.0.1]:9/x', tests).protocol, 'http:');
    assert.throws(() => checkUrl('http://[::a00:1]:9/x', tests), /must be an https:\/\/ URL/);
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
    // Counted as stored and sent: each é becomes %C3%A9.
    assert.equal(checkUrl(`https://x.example/${'é'.repeat(338)}`, production).href.length, 2046);
    assert.throws(() => checkUrl(`https://x.example/${'é'.repeat(339)}`, production), /at most 2048 characters written as a URL/);
    assert.throws(() => checkUrl('https://x.example:0/', production), /must not name port 0/);
    assert.throws(() => checkUrl('http://127.0.0.1:0/x', tests), /must not name port 0/);
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
      new Promise<unknown[]>((resolve) =>
        (lookup as unknown as (h: string, o: object, cb: (...args: unknown[]) => void) => void)('rebind.example', options, (...args) =>
          resolve(args),
        ),
      );
    assert.deepEqual(await call({}), [null, '93.184.215.14', 4]);
    assert.deepEqual(await call({ all: true }), [null, [{ address: '93.184.215.14', family: 4 }]]);
    answer = '127.0.0.1';
    const [error] = await call({});
    assert.ok(error instanceof TargetRefusedError, 'error instanceof TargetRefusedError');
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
    for (const secret of ['whsec_new', 'whsec_old'])
      assert.equal(verifySignatureV2(body, both['x-signature-v2'], [secret], { now: 1736937000_000 }), true);
    assert.equal(verifySignatureV2(body, both['x-signature-v2'], ['whsec_new'], { now: 1736937000_000 + 301_000 }), false, 'replay window');
  });

  test('retry delays double from 10 s up to 6 h, ±25 %', () => {
    assert.equal(
      retryDelayMs(1, () => 0.5),
      10_000,
    );
    assert.equal(
      retryDelayMs(2, () => 0.5),
      20_000,
    );
    assert.equal(
      retryDelayMs(3, () => 0),
      30_000,
    );
    assert.equal(
      retryDelayMs(3, () => 1),
      50_000,
    );
    assert.equal(
      retryDelayMs(30, () => 0.5),
      6 * 3600_000,
    );
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
