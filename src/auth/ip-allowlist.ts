import ipaddr from 'ipaddr.js';

export type ParsedCidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

function unmap(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
}

/**
 * Canonical text of an allowlist entry: a single address becomes /32 or /128 and host bits
 * are cleared, so `10.0.0.7/8` and `10.0.0.0/8` are one entry. Returns null if invalid.
 */
export function normalizeCidr(input: string): string | null {
  const text = input.trim();
  try {
    if (text.includes('/')) {
      const [address, prefix] = ipaddr.parseCIDR(text);
      const plain = unmap(address);
      const bits = plain !== address ? prefix - 96 : prefix;
      if (bits < 0) return null;
      const network =
        plain.kind() === 'ipv4'
          ? ipaddr.IPv4.networkAddressFromCIDR(`${plain.toString()}/${bits}`)
          : ipaddr.IPv6.networkAddressFromCIDR(`${plain.toString()}/${bits}`);
      return `${network.toString()}/${bits}`;
    }
    const address = unmap(ipaddr.parse(text));
    return `${address.toString()}/${address.kind() === 'ipv4' ? 32 : 128}`;
  } catch {
    return null;
  }
}

export function parseAllowlist(entries: string[]): ParsedCidr[] {
  return entries.map((entry) => ipaddr.parseCIDR(entry) as ParsedCidr);
}

/** An empty allowlist allows every address. */
export function isAddressAllowed(allowlist: ParsedCidr[], ip: string): boolean {
  if (allowlist.length === 0) return true;
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = unmap(ipaddr.parse(ip));
  } catch {
    return false;
  }
  return allowlist.some(([network, bits]) => network.kind() === address.kind() && address.match(network, bits));
}
