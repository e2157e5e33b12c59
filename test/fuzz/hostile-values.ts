import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations.ts';

/** A number written into a JSON body as this exact text (`1e400`, `-0`, `9007199254740993`). */
export class RawNumber {
  constructor(public readonly text: string) {}
}

/** JSON text of a generated value; RawNumber is written verbatim. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const HOSTILE_STRINGS = [
  '\u0000',
  'name\u0000with nul',
  '\ud800',
  'tail \udfff',
  '\udc00\ud800',
  'x'.repeat(100_000),
  '\u0001\u0008\u001b[31m\u007f',
  '\u202eevil\u202c',
  '😀🎁💳',
  '',
  ' ',
  '%00',
  "' OR 1=1 --",
  '../../etc/passwd',
  '{"field":"id","direction":"DESC"}',
  '2147483648',
  '-1',
  '1e3',
  'null',
  'true',
  'USD',
  'DELIVERED',
  '2025-01-15T10:30:00Z',
  'https://[::a9fe:a9fe]/hook',
];

export const HOSTILE_NUMBERS: unknown[] = [
  0,
  -1,
  1,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  new RawNumber('9007199254740993'),
  new RawNumber('-0'),
  new RawNumber('1e400'),
  new RawNumber('-1e400'),
  new RawNumber('1e-400'),
  new RawNumber('1E+2'),
  0.5,
  1.005,
  0.1 + 0.2,
  1e21,
  -2147483649,
  '12',
  '1e3',
];

const WRONG_TYPES: unknown[] = [null, true, false, [], {}, [1, 'a'], { nested: { deep: '\u0000' } }];

/** Query and path text: what a URL can carry, hostile parts already percent-encoded. */
export const HOSTILE_URL_TEXT = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%C0%80',
  '%FF',
  '%',
  '%zz',
  '2147483647',
  '2147483648',
  '9007199254740993',
  '99999999999999999999999',
  '-1',
  '0',
  '-0',
  '1e3',
  '1.5',
  '0x10',
  '%201',
  '',
  'abc',
  '%E2%80%AE',
  '%F0%9F%98%80',
  'x'.repeat(5000),
  '%7B%22field%22%3A%22id%22%2C%22direction%22%3A%22ASC%22%7D',
  '%7B%22field%22%3A%22%5Cu0000%22%7D',
  '%7B%22field%22%3A%22id%22%2C%22Field%22%3A%22id%22%7D',
  'DELIVERED',
  'usd',
  '2025-01-15T10:30:00Z',
  '2025-13-45',
];

function typesOf(schema: JsonSchema): string[] {
  if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf)!.flatMap(typesOf);
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

/** A value that fits the schema's shape (not necessarily its bounds), to reach deeper code. */
function plausible(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => plausible(variant, depth)));
  const type = typesOf(schema)[0];
  switch (type) {
    case 'integer':
      return fc.oneof(fc.integer({ min: schema.minimum ?? 1, max: Math.min(schema.maximum ?? 40, 40) }), fc.integer({ min: 1, max: 12 }));
    case 'number':
      return fc.oneof(fc.constantFrom(1, 5, 10, 25, 50, 100, 0.01), fc.double({ min: 0, max: 1000, noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(value(schema.items ?? {}, depth + 1), { maxLength: 3 });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(schema, depth + 1);
    case 'string':
      if (schema.format === 'date-time') return fc.constantFrom('2025-01-15T10:30:00Z', '2030-01-01T00:00:00Z');
      if (schema.format === 'uri') return fc.constantFrom('https://example.com/hook', 'http://127.0.0.1:1/x');
      return fc.oneof(
        fc.constantFrom('Acme', 'USD', 'vouchers', 'order-ref-1', '10.00', '203.0.113.0/24', 'DELIVERED', '1'),
        fc.string({ maxLength: 20 }),
      );
    default:
      return fc.constantFrom('x', 1, null);
  }
}

/** A value for a schema: mostly plausible, often hostile (strings, numbers, wrong types). */
export function value(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: plausible(schema, depth), weight: 5 },
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 2 },
    { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 2 },
    { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 1 },
  );
}

/** An object for a schema: required fields usually present, optional ones sometimes, extras sometimes. */
export function objectOf(schema: JsonSchema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fields = properties.map(([name, property]) =>
    fc
      .tuple(fc.integer({ min: 0, max: 9 }), value(property, depth))
      .map(([roll, generated]) => (roll < (required.has(name) ? 9 : 5) ? ([name, generated] as const) : null)),
  );
  const extra = fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', '\u0000', 'a'.repeat(300)), value({}, depth)), {
    freq: 5,
  });
  return fc.tuple(fc.tuple(...fields), extra).map(([entries, extraField]) => {
    const object: Record<string, unknown> = {};
    for (const entry of entries) if (entry) object[entry[0]] = entry[1];
    if (extraField) Object.defineProperty(object, extraField[0], { value: extraField[1], enumerable: true, writable: true });
    return object;
  });
}

/** Percent-encoded UTF-8 of a string; an unpaired surrogate (no UTF-8 form) becomes the bytes a careless encoder writes. */
function encodeText(text: string): string {
  return text.isWellFormed() ? encodeURIComponent(text) : encodeURIComponent(text.toWellFormed()).replaceAll('%EF%BF%BD', '%ED%A0%80');
}

/** Text for a query or path parameter, already URL-encoded. */
export function urlText(schema: JsonSchema): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: plausible(schema, 0).map((generated) => encodeText(String(generated))), weight: 4 },
    { arbitrary: fc.constantFrom(...HOSTILE_URL_TEXT), weight: 3 },
  );
}
