import { isIP } from 'node:net';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type LanKind = 'private' | 'link-local' | 'unique-local';
export interface LanAddress {
  address: string;
  family: 'IPv4' | 'IPv6';
  /** The interface's name as the system gives it (en0, wlan0, Wi-Fi…). */
  interfaceName: string;
  kind: LanKind;
}

const ipv4 = (address: string) => address.split('.').map(Number) as [number, number, number, number];

/** What kind of local-network address this is, or null when it is not one (public, loopback, unspecified). */
export function lanKind(address: string): LanKind | null {
  const family = isIP(address);
  if (family === 4) {
    const [a, b] = ipv4(address);
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
    if (a === 169 && b === 254) return 'link-local';
    return null;
  }
  if (family === 6) {
    // fc00::/7. IPv6 link-local (fe80::/10) needs a zone in a URL, which phones do not take.
    return /^f[cd][0-9a-f]{2}:/i.test(address) ? 'unique-local' : null;
  }
  return null;
}

/**
 * The addresses of this machine a room's phones can reach it on: private IPv4 (10/8,
 * 172.16/12, 192.168/16), IPv4 link-local (169.254/16) and IPv6 unique-local (fc00::/7),
 * private first. The facilitator picks from these; the workshop never listens on all interfaces.
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal) continue;
      const kind = lanKind(info.address);
      if (kind) found.push({ address: info.address, family: info.family === 'IPv4' ? 'IPv4' : 'IPv6', interfaceName, kind });
    }
  }
  const order: Record<LanKind, number> = { private: 0, 'unique-local': 1, 'link-local': 2 };
  return found.sort((a, b) => order[a.kind] - order[b.kind]);
}
