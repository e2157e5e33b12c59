import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { PopupStoreError, verifyWebhook, type PopupStore, type StoreEvent } from '../../sdk/src/index.ts';
import { ENGINES } from '../helpers/store.ts';
import { WebhookReceiver, type ReceivedRequest } from '../helpers/webhook-receiver.ts';
import { customer, FetchSpy, product, sdkFor, startListeningStore, type Customer, type SdkStore } from './setup.ts';

/** Collects an async iterable. */
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

const rejectsWith = (promise: Promise<unknown>, expected: Partial<PopupStoreError>) =>
  assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof PopupStoreError, String(error));
    assert.deepEqual(Object.fromEntries(Object.keys(expected).map((key) => [key, error[key as keyof PopupStoreError]])), expected);
    return true;
  });

for (const engine of ENGINES) {
  describe(`SDK: every client method against a store [${engine}]`, () => {
    let base: SdkStore;
    let receiver: WebhookReceiver;
    let client: Customer;
    let spy: FetchSpy;
    let sdk: PopupStore;
    let categoryName: string;
    let categoryId: number;
    let subcategoryId: number;
    const productIds: number[] = [];
    /** A delivery of an order event before any rotation, and the webhook's secret then. */
    let delivery: ReceivedRequest;
    let secret: string;

    before(async () => {
      base = await startListeningStore(engine, { env: { LOG_LEVEL: 'warn' }, webhooks: { idleDelayMs: 20 } });
      receiver = await WebhookReceiver.start();
      const { store } = base;
      categoryName = `SDK Cards ${engine}`;
      categoryId = (await store.container.reference.createCategory({ name: categoryName })).id;
      subcategoryId = (await store.container.reference.createSubcategory({ categoryId, name: 'SDK Sub' })).id;
      for (const name of ['Card A', 'Card B', 'Card C', 'Card D', 'Card E']) productIds.push(await product(store, name, categoryId, subcategoryId));
      client = await customer(store, '1000.00');
      spy = new FetchSpy();
      sdk = sdkFor(base, client, { fetch: spy.fetch });
    });
    after(async () => {
      await base?.store.close();
      await receiver?.close();
    });

    test('reference data: countries, currencies, categories and subcategories, listed and by id', async () => {
      const countries = await sdk.countries.list();
      const usa = countries.find((country) => country.id === 840);
      assert.ok(usa, 'the USA is listed');
      assert.deepEqual(await sdk.countries.get(840), usa);
      const currencies = await sdk.currencies.list();
      const usd = currencies.find((currency) => currency.id === 840);
      assert.equal(usd?.currency, 'USD');
      assert.deepEqual(await sdk.currencies.get('840'), usd);
      const category = (await sdk.categories.list()).find((item) => item.id === categoryId);
      assert.equal(category?.name, categoryName);
      assert.deepEqual(await sdk.categories.get(categoryId), category);
      const subcategory = (await sdk.subcategories.list()).find((item) => item.id === subcategoryId);
      assert.equal(subcategory?.name, 'SDK Sub');
      assert.deepEqual(await sdk.subcategories.get(subcategoryId), subcategory);
      // One login for every call so far.
      assert.equal(spy.to('POST', '/auth/login').length, 1);
    });

    test('products.list is one page with the page headers; pages and iterate walk every page', async () => {
      const query = { category: categoryName, limit: 2, sort: { field: 'id', direction: 'ASC' as const } };
      const first = await sdk.products.list(query);
      assert.deepEqual(
        first.items.map((item) => item.id),
        productIds.slice(0, 2),
      );
      const { items: _items, ...meta } = first;
      assert.deepEqual(meta, { total: 5, page: 1, limit: 2, totalPages: 3, hasMore: true, nextPage: 2, nextCursor: null });
      const last = await sdk.products.list({ ...query, page: 3 });
      assert.deepEqual([last.items.length, last.hasMore, last.nextPage], [1, false, null]);

      const from = spy.requests.length;
      const pages = await all(sdk.products.pages(query));
      assert.deepEqual(
        pages.map((page) => [page.page, page.items.length]),
        [
          [1, 2],
          [2, 2],
          [3, 1],
        ],
      );
      assert.deepEqual(
        spy.requests.slice(from).map((request) => new URL(request.path, 'http://x').searchParams.get('page')),
        ['1', '2', '3'].map((page, index) => (index === 0 ? null : page)),
      );
      const ids = (await all(sdk.products.iterate(query))).map((item) => item.id);
      assert.deepEqual(ids, productIds);
      // From a later page on.
      assert.deepEqual(
        (await all(sdk.products.iterate({ ...query, page: 2 }))).map((item) => item.id),
        productIds.slice(2),
      );
    });

    test('products.get, quote and availability', async () => {
      const id = productIds[0]!;
      const detail = await sdk.products.get(id);
      assert.equal(detail.id, id);
      assert.equal(detail.name, 'Card A');
      assert.equal(detail.available_denominations.length, 2);
      const quote = await sdk.products.quote(id, { denomination: 50, quantity: 2 });
      assert.equal(quote.total_payable, 98);
      assert.deepEqual(await sdk.products.availability(id, { denomination: 50, quantity: 2 }), { is_available: true });
      await rejectsWith(sdk.products.quote(id, { denomination: 15, quantity: 1 }), {
        status: 400,
        name: 'BadRequestError',
        code: 'BAD_REQUEST',
        message: 'Invalid denomination',
      });
    });

    test('orders.create sends an Idempotency-Key (its own or the caller’s); get, list and iterate', async () => {
      const placed = await sdk.orders.create({ product_id: productIds[1]!, denomination: 25, quantity: 2, client_reference: `sdk-${engine}-1` });
      assert.equal(placed.status, 'DELIVERED');
      assert.equal(placed.vouchers.length, 2);
      const [sent] = spy.to('POST', '/api/v1/orders');
      assert.match(sent!.headers.get('idempotency-key') ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

      const body = { product_id: productIds[1]!, denomination: 30, quantity: 1, client_reference: `sdk-${engine}-2` };
      const keyed = await sdk.orders.create(body, { idempotencyKey: `key-${engine}` });
      assert.equal(spy.to('POST', '/api/v1/orders').at(-1)!.headers.get('idempotency-key'), `key-${engine}`);
      // The same key and body again: the first order, replayed, not a second one.
      assert.equal((await sdk.orders.create(body, { idempotencyKey: `key-${engine}` })).id, keyed.id);

      assert.deepEqual(await sdk.orders.get(placed.id), placed);
      const byReference = await sdk.orders.list({ client_reference: `sdk-${engine}-1` });
      assert.deepEqual(
        byReference.items.map((order) => order.id),
        [placed.id],
      );
      assert.equal(byReference.total, 1);
      const newestFirst = (await all(sdk.orders.iterate({ limit: 1 }))).map((order) => order.id);
      assert.deepEqual(newestFirst, [keyed.id, placed.id]);
      const firstPage = await sdk.orders.list({ limit: 1 });
      assert.ok(firstPage.nextCursor, 'the orders list gives a cursor, which iterate follows past any page depth');
    });

    test('orders.waitUntilFinal follows an order the delivery worker completes', async () => {
      const pending = await sdk.orders.create({ product_id: productIds[2]!, denomination: 10, quantity: 6 });
      assert.equal(pending.status, 'PENDING');
      const final = await sdk.orders.waitUntilFinal(pending.id, { timeoutMs: 20_000, intervalMs: 50 });
      assert.equal(final.status, 'DELIVERED');
      assert.equal(final.delivered_quantity, 6);
      assert.equal(final.vouchers.length, 6);
    });

    test('wallets and transactions: list, iterate, get', async () => {
      const wallets = await sdk.wallets.list();
      assert.deepEqual(
        wallets.items.map((wallet) => wallet.id),
        [client.walletId],
      );
      assert.equal(wallets.total, 1);
      const wallet = await sdk.wallets.get(client.walletId);
      assert.deepEqual(wallet, wallets.items[0]);
      assert.deepEqual(
        (await all(sdk.wallets.iterate())).map((item) => item.id),
        [client.walletId],
      );

      const firstPage = await sdk.transactions.list({ limit: 2 });
      assert.ok(firstPage.total >= 4, `top-up and three orders: ${firstPage.total}`);
      const every = await all(sdk.transactions.iterate({ limit: 2 }));
      assert.equal(every.length, firstPage.total);
      assert.equal(new Set(every.map((item) => item.id)).size, every.length);
      assert.deepEqual(await sdk.transactions.get(every[0]!.id), every[0]);
    });

    test('webhooks: create, list, get, update, test ping, attempts, rotate secret, redeliver, delete; each delivery verifies', async () => {
      const hook = await sdk.webhooks.create({ url: receiver.url('/sdk'), events: ['*'], description: 'SDK' });
      assert.match(hook.secret, /^whsec_/);
      assert.deepEqual(
        (await sdk.webhooks.list()).items.map((item) => item.id),
        [hook.id],
      );
      const shown = await sdk.webhooks.get(hook.id);
      assert.equal('secret' in shown, false);
      assert.equal((await sdk.webhooks.update(hook.id, { description: 'SDK, changed' })).description, 'SDK, changed');
      assert.deepEqual(
        (await all(sdk.webhooks.iterate({ limit: 1 }))).map((item) => item.id),
        [hook.id],
      );

      const ping = await sdk.webhooks.test(hook.id);
      assert.equal(ping.success, true);
      assert.equal(ping.status_code, 200);
      const pinged = receiver.requests.find((request) => request.headers['x-event-type'] === 'ping')!;
      const pingEvent = await verifyWebhook(pinged.rawBody, pinged.headers, hook.secret);
      assert.equal(pingEvent.type, 'ping');
      assert.equal(pingEvent.id, ping.event_id);

      // A real event: the order's debit and delivery, delivered by the worker.
      const from = receiver.requests.length;
      await sdk.orders.create({ product_id: productIds[3]!, denomination: 20, quantity: 1 });
      const delivered = (await receiver.waitFor(from + 2)).slice(from);
      const events: StoreEvent[] = [];
      for (const request of delivered) events.push(await verifyWebhook(Buffer.from(request.rawBody), request.headers, [hook.secret]));
      assert.deepEqual(events.map((event) => event.type).sort(), ['order.delivered', 'wallet.debited']);
      for (const event of events) assert.deepEqual(await sdk.events.get(event.id), event);
      [delivery, secret] = [delivered[0]!, hook.secret];

      const attempts = await sdk.webhooks.attempts(hook.id, { limit: 10 });
      assert.ok(
        attempts.some((attempt) => attempt.kind === 'test' && attempt.event_id === ping.event_id),
        "attempts.some((attempt) => attempt.kind === 'test' && attempt.event_id === ping.event_id)",
      );

      // After a rotation both secrets verify the redelivery (V2 carries a signature of each).
      const rotated = await sdk.webhooks.rotateSecret(hook.id);
      assert.notEqual(rotated.secret, hook.secret);
      const before = receiver.requests.length;
      const redelivery = await sdk.events.redeliver(events[0]!.id, hook.id);
      assert.deepEqual(
        redelivery.deliveries.map((delivery) => delivery.webhook_id),
        [hook.id],
      );
      const [again] = (await receiver.waitFor(before + 1)).slice(before) as [ReceivedRequest];
      assert.deepEqual(await verifyWebhook(again.rawBody, again.headers, rotated.secret), events[0]);
      assert.deepEqual(await verifyWebhook(again.rawBody, again.headers, hook.secret), events[0]);
      assert.equal((await sdk.webhooks.redeliver(events[1]!.id)).deliveries.length, 1);

      await sdk.webhooks.delete(hook.id);
      await rejectsWith(sdk.webhooks.get(hook.id), { status: 404, name: 'NotFoundError', code: 'NOT_FOUND', message: 'Webhook not found' });
    });

    test('verifyWebhook: V2 over the raw bytes, legacy X-Signature only when asked, tampering and stale timestamps refused', async () => {
      const { rawBody, headers } = delivery;
      const expected = JSON.parse(rawBody);
      const fetchHeaders = new Headers(Object.entries(headers).map(([name, value]): [string, string] => [name, String(value)]));
      assert.deepEqual(await verifyWebhook(new TextEncoder().encode(rawBody), fetchHeaders, secret), expected);
      const { 'x-signature-v2': v2, ...legacyOnly } = headers;
      const timestamp = Number(/t=(\d+)/.exec(String(v2))![1]);
      const refused = async (promise: Promise<unknown>, code: string) => {
        const error = await promise.then(
          () => assert.fail('verified'),
          (caught: unknown) => caught,
        );
        assert.ok(error instanceof PopupStoreError, 'error instanceof PopupStoreError');
        assert.deepEqual([error.status, error.name, error.code], [0, 'WebhookVerificationError', code]);
      };
      await refused(verifyWebhook(rawBody.replace('}', ' }'), headers, secret), 'WEBHOOK_SIGNATURE_INVALID');
      await refused(verifyWebhook(rawBody, headers, ['whsec_not-this-one']), 'WEBHOOK_SIGNATURE_INVALID');
      await refused(verifyWebhook(rawBody, { ...headers, 'x-signature-v2': `t=${timestamp}` }, secret), 'WEBHOOK_SIGNATURE_INVALID');
      await refused(verifyWebhook(rawBody, headers, secret, { now: (timestamp + 301) * 1000 }), 'WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE');
      assert.deepEqual(await verifyWebhook(rawBody, headers, secret, { now: (timestamp + 301) * 1000, toleranceSeconds: Infinity }), expected);
      await refused(verifyWebhook(rawBody, legacyOnly, secret), 'WEBHOOK_SIGNATURE_MISSING');
      assert.deepEqual(await verifyWebhook(rawBody, legacyOnly, [secret], { allowLegacySignature: true }), expected);
      await refused(verifyWebhook(rawBody, legacyOnly, 'whsec_not-this-one', { allowLegacySignature: true }), 'WEBHOOK_SIGNATURE_INVALID');
      // Signed, but not an event.
      const signed = (body: string) => ({
        'x-signature-v2': `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
      });
      await refused(verifyWebhook('not json', signed('not json'), secret, { now: timestamp * 1000 }), 'WEBHOOK_PAYLOAD_INVALID');
      assert.equal(
        (await verifyWebhook('{"id":"evt_1","type":"ping"}', signed('{"id":"evt_1","type":"ping"}'), secret, { now: timestamp * 1000 })).id,
        'evt_1',
      );
    });

    test('verifyWebhook accepts the signed example of docs/reference/webhooks.md', async () => {
      const body =
        '{"id":"evt_01a24969982fe4c7162f4930","type":"wallet.debited","created_at":"2026-12-06T03:33:19Z","data":{"amount":-97.5,"balance":9902.5,"currency":"USD","order_id":1,"wallet_id":1,"transaction_id":4}}';
      const headers = {
        'X-Signature': '36fdf9d91207e521965c844117df99d4524ba878edf21297510744da9ceea975',
        'X-Signature-V2': 't=1796528000,v1=fb1ae34cf466c932f6a7a3d59f0c62d843cd0dbb3cd8fa63805ecbca01432a17',
      };
      const event = await verifyWebhook(body, headers, 'whsec_example', { toleranceSeconds: Infinity });
      assert.equal(event.id, 'evt_01a24969982fe4c7162f4930');
      const { 'X-Signature-V2': _v2, ...legacy } = headers;
      assert.deepEqual(await verifyWebhook(body, legacy, 'whsec_example', { allowLegacySignature: true }), event);
    });

    test('events: one page after a cursor, iterate from the start or a cursor, get', async () => {
      const everything = (await sdk.events.list({ limit: 1000 })).items;
      assert.ok(everything.length >= 4, `${everything.length} events`);
      const first = await sdk.events.list({ limit: 1 });
      assert.equal(first.nextCursor, everything[0]!.id);
      assert.equal(first.hasMore, true);
      assert.equal(first.nextPage, null);
      const iterated = await all(sdk.events.iterate({ limit: 2 }));
      assert.deepEqual(
        iterated.map((event) => event.id),
        everything.map((event) => event.id),
      );
      const rest = await all(sdk.events.iterate({ after: everything[1]!.id, limit: 2 }));
      assert.deepEqual(rest, everything.slice(2));
      assert.deepEqual(await sdk.events.get(everything[0]!.id), everything[0]);
    });

    test('store.request calls any path of the document, with the answer’s status and headers', async () => {
      const answer = await sdk.request('get', '/api/v1/products/{id}', { params: { id: productIds[4]! } });
      assert.equal(answer.status, 200);
      assert.equal(answer.data.name, 'Card E');
      assert.ok(answer.headers.get('x-request-id'), "answer.headers.get('x-request-id')");
    });
  });
}
