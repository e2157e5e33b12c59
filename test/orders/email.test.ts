import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { inspect } from 'node:util';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { FolderMailTransport, type MailMessage, type MailTransport } from '../../src/notifications/mail-transport.ts';
import { Mailer } from '../../src/notifications/mailer.ts';
import { ENGINES, openTestDatabase, startTestStore, type TestDatabase, type TestStore } from '../helpers/store.ts';
import { closedPort, startFakeSmtpServer, type FakeSmtpServer } from '../helpers/smtp-server.ts';
import { getOrder, orderableProduct, orderingClient, orderOf, placeOrder, type OrderActor } from './setup.ts';
import { tempDir } from '../helpers/temp-dirs.ts';

const SMTP_PASSWORD = 'S3cret-Pa55-x9';
const silent = pino({ level: 'silent' });

async function outboxRows(store: TestStore, orderId?: number) {
  let query = store.container.database.db.selectFrom('email_outbox').selectAll().orderBy('id');
  if (orderId !== undefined) query = query.where('order_id', '=', orderId);
  return query.execute();
}

/** Headers (unfolded) and the decoded text body of a raw message. */
function parseMessage(raw: string) {
  const split = raw.indexOf('\n\n');
  const headerText = raw
    .slice(0, split)
    .replace(/\r/g, '')
    .replace(/\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of headerText.split('\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = raw.slice(split + 2).replace(/\r/g, '');
  if (headers.get('content-transfer-encoding') === 'quoted-printable') {
    body = body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return { headers, body };
}

async function emlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Rounds of `mailer.runDue()` until `done()` holds (retries are due after a few ms). */
async function runUntil(mailer: Mailer, done: () => Promise<boolean>): Promise<void> {
  for (let round = 0; round < 200; round++) {
    await mailer.runDue();
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the mailer did not get there');
}

function voucherSecrets(order: ReturnType<typeof orderOf>): string[] {
  return order.vouchers.flatMap((v) => [v.card_number, v.pin_code, v.claim_url]).filter((s): s is string => !!s);
}

describe('mail configuration', () => {
  test('defaults: .eml files in DATA_DIR/outbox, from Popup Reward Store <no-reply@localhost>', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/store' });
    assert.equal(config.mail.smtpUrl, null);
    assert.equal(config.mail.dir, path.resolve('/tmp/store/outbox'));
    assert.equal(config.mail.from, 'Popup Reward Store <no-reply@localhost>');
    assert.equal(config.mail.maxAttempts, 10);
    const set = loadConfig({ MAIL_DIR: '/tmp/mails', MAIL_FROM: 'Shop <shop@example.com>', MAIL_MAX_ATTEMPTS: '3' });
    assert.deepEqual({ ...set.mail }, { smtpUrl: null, dir: path.resolve('/tmp/mails'), from: 'Shop <shop@example.com>', maxAttempts: 3 });
  });

  test('SMTP_URL keeps its password out of JSON, String() and inspect', () => {
    const config = loadConfig({ SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@mail.example.com:587` });
    assert.equal(config.mail.smtpUrl!.withCredentials(), `smtp://mailer:${SMTP_PASSWORD}@mail.example.com:587`);
    assert.equal(config.mail.smtpUrl!.redacted, 'smtp://mailer:[redacted]@mail.example.com:587');
    for (const shown of [JSON.stringify(config), String(config.mail.smtpUrl), inspect(config, { depth: 5 })]) {
      assert.ok(!shown.includes(SMTP_PASSWORD), shown);
    }
    assert.equal(config.mail.smtpUrl!.scrub(`535 bad password ${SMTP_PASSWORD}`), '535 bad password [redacted]');
  });

  test('bad SMTP_URL and MAIL_FROM are reported without echoing the value', () => {
    assert.throws(
      () => loadConfig({ SMTP_URL: `http://u:${SMTP_PASSWORD}@host`, MAIL_FROM: 'not an address', MAIL_MAX_ATTEMPTS: '0' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError, 'error instanceof ConfigError');
        assert.equal(error.problems.length, 3);
        assert.match(error.message, /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL with a host/);
        assert.match(error.message, /MAIL_FROM must be one e-mail address/);
        assert.match(error.message, /MAIL_MAX_ATTEMPTS must be a whole number from 1 to 100/);
        assert.ok(!error.message.includes(SMTP_PASSWORD), '!error.message.includes(SMTP_PASSWORD)');
        return true;
      },
    );
    assert.throws(() => loadConfig({ MAIL_FROM: 'a@example.com, b@example.com' }), /MAIL_FROM must be one e-mail address/);
  });
});

for (const engine of ENGINES) {
  describe(`order e-mail notices: outbox and mailer [${engine}]`, () => {
    let store: TestStore;
    let product: number;
    let buyer: OrderActor;
    let mailDir: string;

    before(async () => {
      mailDir = path.join(tempDir('prs-mail-'), 'outbox');
      store = await startTestStore(engine, { env: { MAIL_DIR: mailDir } });
      product = await orderableProduct(store, { name: 'Mail Test Card', voucherType: 'CODE_WITH_PIN' });
      buyer = await orderingClient(store, '1000.00');
    });
    after(() => store?.close());

    test('a delivered order with email: one .eml file with the recipient and subject, and no voucher code', async () => {
      const order = orderOf(
        await placeOrder(store, buyer.token, {
          product_id: product,
          denomination: 25,
          quantity: 2,
          email: 'buyer@example.com',
          client_reference: 'mail-1',
        }),
      );
      assert.equal(order.status, 'DELIVERED');
      const [queued] = await outboxRows(store, order.id);
      assert.equal(queued!.status, 'PENDING');

      assert.equal(await store.container.mailer.runDue(), 1);
      const files = await emlFiles(mailDir);
      assert.equal(files.length, 1, files.join(', '));
      assert.match(files[0]!, new RegExp(`^\\d{8}T\\d{6}Z-notice-${queued!.id}\\.eml$`));
      assert.equal((await stat(path.join(mailDir, files[0]!))).mode & 0o777, 0o600);

      const raw = await readFile(path.join(mailDir, files[0]!), 'utf8');
      const { headers, body } = parseMessage(raw);
      assert.equal(headers.get('to'), 'buyer@example.com');
      assert.equal(headers.get('from'), 'Popup Reward Store <no-reply@localhost>');
      assert.equal(headers.get('subject'), `Order #${order.id}: 2 Mail Test Card vouchers delivered`);
      assert.equal(headers.get('message-id'), `<notice-${queued!.id}-${queued!.created_at.getTime()}@localhost>`);
      assert.ok(body.includes(`Your order #${order.id} (mail-1) has been delivered.`), body);
      assert.ok(body.includes(`GET /api/v1/orders/${order.id}`), body);
      const secrets = voucherSecrets(order);
      assert.equal(secrets.length, 4);
      for (const secret of secrets) assert.ok(!raw.includes(secret) && !body.includes(secret), 'no voucher code or PIN in the mail');

      const [sent] = await outboxRows(store, order.id);
      assert.equal(sent!.status, 'SENT');
      assert.equal(sent!.attempts, 1);
      assert.ok(sent!.sent_at, 'sent!.sent_at');
      assert.equal(sent!.locked_until, null);

      assert.equal(await store.container.mailer.runDue(), 0, 'a sent notice is not sent again');
      assert.deepEqual(await emlFiles(mailDir), files, 'no temporary files left behind');
    });

    test('an order without email queues no notice', async () => {
      const before = await emlFiles(mailDir);
      const order = orderOf(await placeOrder(store, buyer.token, { product_id: product, denomination: 25, quantity: 1 }));
      assert.equal(order.status, 'DELIVERED');
      assert.deepEqual(await outboxRows(store, order.id), []);
      assert.equal(await store.container.mailer.runDue(), 0);
      assert.deepEqual(await emlFiles(mailDir), before);
    });

    test('a large order gets its notice once the worker delivers it', async () => {
      const order = orderOf(await placeOrder(store, buyer.token, { product_id: product, denomination: 10, quantity: 6, email: 'late@example.com' }));
      assert.equal(order.status, 'PENDING');
      assert.deepEqual(await outboxRows(store, order.id), [], 'no notice before the order completes');
      await store.container.fulfilment.runDue();
      assert.equal(orderOf(await getOrder(store, buyer.token, order.id)).status, 'DELIVERED');
      assert.equal(await store.container.mailer.runDue(), 1);
      const [row] = await outboxRows(store, order.id);
      assert.equal(row!.status, 'SENT');
      assert.equal(row!.recipient, 'late@example.com');
    });
  });

  describe(`order e-mail notices over SMTP [${engine}]`, () => {
    let smtp: FakeSmtpServer;

    before(async () => {
      smtp = await startFakeSmtpServer({ rejectRecipient: (address) => address.startsWith('nobody@') });
    });
    after(() => smtp?.close());

    test('SMTP_URL: the notice goes to the server, logged in with the URL credentials; a refused recipient is FAILED at once', async () => {
      const store = await startTestStore(engine, {
        env: { SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${smtp.port}`, MAIL_FROM: 'Shop <shop@example.com>' },
      });
      try {
        const product = await orderableProduct(store);
        const buyer = await orderingClient(store, '100.00');
        const order = orderOf(
          await placeOrder(store, buyer.token, { product_id: product, denomination: 10, quantity: 1, email: 'buyer@example.com' }),
        );
        const refused = orderOf(
          await placeOrder(store, buyer.token, { product_id: product, denomination: 10, quantity: 1, email: 'nobody@example.com' }),
        );

        assert.equal(await store.container.mailer.runDue(), 2);
        assert.equal(smtp.received.length, 1);
        const [mail] = smtp.received;
        assert.equal(mail!.auth, `mailer\0${SMTP_PASSWORD}`);
        assert.equal(mail!.from, 'shop@example.com');
        assert.deepEqual(mail!.to, ['buyer@example.com']);
        const { headers } = parseMessage(mail!.data.replace(/\r\n/g, '\n'));
        assert.equal(headers.get('subject'), `Order #${order.id}: 1 Order Test Card voucher delivered`);
        for (const secret of voucherSecrets(order)) assert.ok(!mail!.data.includes(secret), '!mail!.data.includes(secret)');

        const [sent] = await outboxRows(store, order.id);
        assert.equal(sent!.status, 'SENT');
        const [failed] = await outboxRows(store, refused.id);
        assert.equal(failed!.status, 'FAILED');
        assert.equal(failed!.attempts, 1);
        assert.match(failed!.last_error!, /^EENVELOPE: .*550/);
        assert.equal(orderOf(await getOrder(store, buyer.token, refused.id)).status, 'DELIVERED');
        assert.ok(!store.logs.text().includes(SMTP_PASSWORD), 'the SMTP password is never logged');
      } finally {
        await store.close();
      }
    });

    test('an unreachable SMTP server: retried with backoff, then FAILED with the reason; the order stays DELIVERED', async () => {
      const port = await closedPort();
      const store = await startTestStore(engine, {
        env: { SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${port}`, MAIL_MAX_ATTEMPTS: '3' },
        mail: { baseDelayMs: 20, maxDelayMs: 40 },
      });
      try {
        const product = await orderableProduct(store);
        const buyer = await orderingClient(store, '100.00');
        const response = await placeOrder(store, buyer.token, { product_id: product, denomination: 10, quantity: 2, email: 'buyer@example.com' });
        assert.equal(response.statusCode, 201);
        const order = orderOf(response);
        assert.equal(order.status, 'DELIVERED');

        assert.equal(await store.container.mailer.runDue(), 1);
        const [first] = await outboxRows(store, order.id);
        assert.equal(first!.status, 'PENDING');
        assert.equal(first!.attempts, 1);
        assert.match(first!.last_error!, /ECONNREFUSED|ECONNECTION|ESOCKET/);
        assert.ok(first!.next_attempt_at.getTime() > first!.created_at.getTime(), 'the retry waits');
        assert.equal(first!.locked_until, null);

        await runUntil(store.container.mailer, async () => (await outboxRows(store, order.id))[0]!.status !== 'PENDING');
        const [failed] = await outboxRows(store, order.id);
        assert.equal(failed!.status, 'FAILED');
        assert.equal(failed!.attempts, 3);
        assert.equal(failed!.sent_at, null);
        assert.ok(!failed!.last_error!.includes(SMTP_PASSWORD), '!failed!.last_error!.includes(SMTP_PASSWORD)');

        const after = orderOf(await getOrder(store, buyer.token, order.id));
        assert.equal(after.status, 'DELIVERED');
        assert.equal(after.vouchers.length, 2);
        assert.ok(store.logs.text().includes('e-mail notice FAILED'), "store.logs.text().includes('e-mail notice FAILED')");
        assert.ok(!store.logs.text().includes(SMTP_PASSWORD), 'the SMTP password is never logged');
        assert.equal(await store.container.mailer.runDue(), 0, 'a FAILED notice is left alone');
      } finally {
        await store.close();
      }
    });
  });

  describe(`several mailers on one database [${engine}]`, () => {
    let db: TestDatabase;

    before(async () => {
      db = await openTestDatabase(engine);
    });
    after(() => db?.drop());

    const queueNotice = (recipient: string) =>
      db.database.db.insertInto('email_outbox').values({ order_id: null, recipient, subject: 'Notice', body: 'Hello' }).execute();

    /** Records every send; each takes a moment, so claims of two mailers interleave. */
    function recordingTransport(sent: string[], hold?: Promise<void>): MailTransport {
      return {
        target: 'memory',
        async send(message: MailMessage) {
          await (hold ?? new Promise((resolve) => setTimeout(resolve, 2)));
          sent.push(message.key);
        },
        close: async () => {},
      };
    }

    test('two mailers never send one notice twice', async () => {
      for (let i = 0; i < 40; i++) {
        await queueNotice(`r${i}@example.com`);
      }
      const sent: string[] = [];
      const mailers = [0, 1].map(
        () => new Mailer({ db: db.database.db, transport: recordingTransport(sent), from: 'a@example.com', log: silent }, { batchSize: 3 }),
      );
      const rounds = [0, 0];
      await Promise.all(
        mailers.map(async (mailer, i) => {
          while ((await mailer.runDue()) > 0) rounds[i]!++;
        }),
      );
      assert.equal(sent.length, 40);
      assert.equal(new Set(sent).size, 40, 'no notice sent twice');
      assert.ok(rounds[0]! > 0 && rounds[1]! > 0, `both mailers worked: ${rounds.join(', ')}`);
      const statuses = await db.database.db.selectFrom('email_outbox').select(['status', 'attempts']).execute();
      assert.ok(
        statuses.every((row) => row.status === 'SENT' && row.attempts === 1),
        "statuses.every((row) => row.status === 'SENT' && row.attempts === 1)",
      );
    });

    test('a mailer whose claim ran out cannot record over the mailer that took the notice over', async () => {
      await queueNotice('slow@example.com');
      let release!: () => void;
      const hold = new Promise<void>((resolve) => (release = resolve));
      const slowSent: string[] = [];
      const slow = new Mailer(
        { db: db.database.db, transport: recordingTransport(slowSent, hold), from: 'a@example.com', log: silent },
        { leaseMs: 50 },
      );
      const slowRound = slow.runDue();
      await new Promise((resolve) => setTimeout(resolve, 150));

      const fastSent: string[] = [];
      const fast = new Mailer({ db: db.database.db, transport: recordingTransport(fastSent), from: 'a@example.com', log: silent });
      assert.equal(await fast.runDue(), 1, 'the expired claim is taken over');
      release();
      assert.equal(await slowRound, 1);
      const row = await db.database.db.selectFrom('email_outbox').selectAll().where('recipient', '=', 'slow@example.com').executeTakeFirstOrThrow();
      assert.equal(row.status, 'SENT');
      assert.equal(row.attempts, 1, 'only the live claim recorded its attempt');
    });

    test('the folder transport writes atomically and replaces its own file when a notice is sent again', async () => {
      const dir = tempDir('prs-mail-');
      const transport = new FolderMailTransport(path.join(dir, 'nested'));
      const message = { key: 'k1', from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hello', messageId: '<k1@example.com>' };
      await transport.send(message);
      await transport.send({ ...message, text: 'Hello again' });
      assert.deepEqual(await readdir(path.join(dir, 'nested')), ['k1.eml']);
      assert.ok(
        (await readFile(path.join(dir, 'nested', 'k1.eml'), 'utf8')).includes('Hello again'),
        "(await readFile(path.join(dir, 'nested', 'k1.eml'), 'utf8')).includes('Hello again')",
      );
    });
  });
}
