import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { StoreMode } from '../config.ts';

/**
 * Where webhooks may be sent (docs/webhooks.md, "Where webhooks can point"): the guard against
 * server-side request forgery. A target's host is resolved and EVERY address checked, at
 * registration and again on every connection (the connection goes to the address that was
 * checked, so a DNS answer that changes in between — rebinding — gains nothing).
 */
export interface TargetPolicy {
  mode: StoreMode;
  /** Loopback, private (RFC 1918), unique-local and shared (CGNAT) addresses allowed too. */
  allowPrivateTargets: boolean;
}

export const MAX_URL_LENGTH = 2048;

/** A refused target; the message is safe to show the client (it never names an address). */
export class TargetRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefusedError';
  }
}

/** Ranges (ipaddr.js names) that only `allowPrivateTargets` opens; anything else but `unicast` is always refused. */
const PRIVATE_RANGES = new Set(['private', 'loopback', 'uniqueLocal', 'carrierGradeNat']);

/** The IPv4 address of four 16-bit groups' worth of bytes. */
const ipv4Of = (bytes: number[]) => new ipaddr.IPv4(bytes);
const bytesOf = (groups: number[]) => groups.flatMap((group) => [group >> 8, group & 0xff]);

/**
 * The IPv4 addresses an IPv6 address embeds, by its form; empty when it embeds none. A packet to
 * such an address reaches (or is meant to reach) the IPv4 address, so the address is judged by it:
 *
 *   ::ffff:0:0/96     IPv4-mapped                 the last 32 bits
 *   ::/96             IPv4-compatible (deprecated) the last 32 bits (not :: and ::1, which are
 *                                                 the unspecified and loopback addresses)
 *   ::ffff:0:0:0/96   IPv4-translated (RFC 6145)  the last 32 bits
 *   64:ff9b::/96      NAT64 well-known prefix     the last 32 bits
 *   64:ff9b:1::/48    NAT64 local-use prefix      the network chooses the prefix length, so the
 *                                                 IPv4 address of each RFC 6052 format that fits
 *                                                 (/48, /56, /64, /96): all of them
 *   2002::/16         6to4                        bits 16–47
 *   2001::/32         Teredo                      the server (bits 32–63) and the client (the
 *                                                 last 32 bits, inverted)
 */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const g = address.parts;
  const last = ipv4Of(bytesOf([g[6]!, g[7]!]));
  switch (address.range()) {
    case 'ipv4Mapped':
    case 'rfc6145':
      return [last];
    case 'unicast':
      return g.slice(0, 6).every((group) => group === 0) ? [last] : [];
    case 'rfc6052': {
      if (g[2] === 0) return [last]; // 64:ff9b::/96 (the range admits no other address of 64:ff9b::/32)
      const b = bytesOf(g); // bits 64–71 (b[8]) are never part of the IPv4 address (RFC 6052 2.2)
      return [ipv4Of([b[6]!, b[7]!, b[9]!, b[10]!]), ipv4Of([b[7]!, b[9]!, b[10]!, b[11]!]), ipv4Of([b[9]!, b[10]!, b[11]!, b[12]!]), last];
    }
    case '6to4':
      return [ipv4Of(bytesOf([g[1]!, g[2]!]))];
    case 'teredo':
      return [ipv4Of(bytesOf([g[2]!, g[3]!])), ipv4Of(bytesOf([g[6]! ^ 0xffff, g[7]! ^ 0xffff]))];
    default:
      return [];
  }
}

/** The ranges (ipaddr.js names) an address is judged by: an IPv6 address embedding IPv4 by those of its IPv4 addresses. */
function rangesOf(address: string): string[] {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return [parsed.range()];
  const embedded = embeddedIPv4(parsed as ipaddr.IPv6);
  return embedded.length > 0 ? embedded.map((ipv4) => ipv4.range()) : [parsed.range()];
}

/** Why an address may not be a target, or null when it may. */
export function addressProblem(address: string, policy: TargetPolicy): string | null {
  if (!ipaddr.isValid(address)) return 'is not an IP address';
  const ranges = rangesOf(address);
  if (ranges.every((range) => range === 'unicast' || (policy.allowPrivateTargets && PRIVATE_RANGES.has(range)))) return null;
  return ranges.every((range) => range === 'unicast' || PRIVATE_RANGES.has(range))
    ? 'resolves to a private or loopback address'
    : 'resolves to a link-local, multicast or otherwise non-public address';
}

const isLoopbackHost = (host: string) => host === 'localhost' || (isIP(host) !== 0 && rangesOf(host).every((range) => range === 'loopback'));

/** The host of a URL without IPv6 brackets. */
export const urlHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * The URL rules that need no DNS: absolute http(s), https only in production (http is allowed
 * in sandbox mode, and for loopback hosts when private targets are allowed — tests), no
 * credentials, and an IP-literal host must pass `addressProblem`. Returns the parsed URL or
 * throws TargetRefusedError with the reason.
 */
export function checkUrl(text: string, policy: TargetPolicy): URL {
  if (text.length > MAX_URL_LENGTH) throw new TargetRefusedError(`must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetRefusedError('must be an absolute URL');
  }
  // What is stored and sent is the URL as written out: a non-ASCII character takes up to 9 there (`%C3%A9`, punycode).
  if (url.href.length > MAX_URL_LENGTH) {
    throw new TargetRefusedError(`must be at most ${MAX_URL_LENGTH} characters written as a URL (a character that is not ASCII takes several)`);
  }
  if (url.port === '0') throw new TargetRefusedError('must not name port 0');
  const host = urlHost(url);
  const httpAllowed = policy.mode === 'sandbox' || (policy.allowPrivateTargets && isLoopbackHost(host));
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && httpAllowed)) {
    throw new TargetRefusedError(policy.mode === 'sandbox' ? 'must be an http:// or https:// URL' : 'must be an https:// URL');
  }
  if (url.username || url.password) throw new TargetRefusedError('must not contain a user name or password');
  if (!host) throw new TargetRefusedError('must name a host');
  if (isIP(host)) {
    const problem = addressProblem(host, policy);
    if (problem) throw new TargetRefusedError(problem.replace('resolves to', 'is'));
  }
  return url;
}

type LookupAll = (hostname: string) => Promise<{ address: string; family: number }[]>;

const DNS_TIMEOUT_MS = 5000;

/** The system resolver (what connections use too), given up after 5 s. */
const systemLookupAll: LookupAll = (hostname) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('DNS lookup timed out')), DNS_TIMEOUT_MS).unref();
  });
  return Promise.race([dns.promises.lookup(hostname, { all: true, verbatim: true }), timeout]).finally(() => clearTimeout(timer));
};

/** Every address of the host, each checked; throws TargetRefusedError when one is refused or none exists. */
export async function resolveTarget(
  host: string,
  policy: TargetPolicy,
  lookupAll: LookupAll = systemLookupAll,
): Promise<{ address: string; family: number }[]> {
  if (isIP(host)) {
    const problem = addressProblem(host, policy);
    if (problem) throw new TargetRefusedError(problem.replace('resolves to', 'is'));
    return [{ address: host, family: isIP(host) }];
  }
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookupAll(host);
  } catch {
    throw new TargetRefusedError('host could not be resolved');
  }
  if (addresses.length === 0) throw new TargetRefusedError('host could not be resolved');
  for (const { address } of addresses) {
    const problem = addressProblem(address, policy);
    if (problem) throw new TargetRefusedError(problem);
  }
  return addresses;
}

/**
 * A `lookup` for net/tls.connect (undici's `connect` option): resolves the host, refuses it when
 * any address is refused, and hands the connection only checked addresses. (Node skips `lookup`
 * for IP-literal hosts: those are checked by `checkUrl` before the request.)
 */
export function guardedLookup(policy: TargetPolicy, lookupAll: LookupAll = systemLookupAll): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    resolveTarget(hostname, policy, lookupAll).then(
      (addresses) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = family ? addresses.filter((a) => a.family === family) : addresses;
        if (usable.length === 0) return callback(Object.assign(new Error(`no IPv${family} address`), { code: 'ENOTFOUND' }));
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: unknown) => callback(error),
    );
  }) as LookupFunction;
}
