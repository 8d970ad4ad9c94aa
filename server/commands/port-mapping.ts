/**
 * The value of `docker run -p`, `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, read once for
 * both the value check and explain: the host IP is IPv4 (each part 0–255) or bracketed IPv6, each
 * port or range end at most 65535. What the parts mean together (a host range for one container
 * port, ranges of equal size) is for the reader to judge.
 */

export interface PortRange {
  /** As written: `80`, `8000-8010`. */
  readonly text: string;
  readonly low: number;
  readonly high: number;
}

export interface PortMapping {
  readonly address?: string;
  readonly hostPorts?: PortRange;
  readonly containerPorts: PortRange;
  readonly protocol: string;
}

/** The mapping, or null when docker would not read the value as one. */
export function parsePortMapping(value: string): PortMapping | null {
  const slash = value.indexOf('/');
  const ports = slash < 0 ? value : value.slice(0, slash);
  const protocol = slash < 0 ? 'tcp' : value.slice(slash + 1);
  if (!/^(tcp|udp|sctp)$/.test(protocol)) return null;
  const bracketed = /^(\[[0-9a-fA-F:.]+\]):(.*)$/.exec(ports);
  const parts = bracketed ? [bracketed[1]!, ...bracketed[2]!.split(':')] : ports.split(':');
  if (parts.length > 3 || (bracketed && parts.length !== 3)) return null;
  const [address, host, container] = parts.length === 3 ? parts : parts.length === 2 ? [undefined, ...parts] : [undefined, undefined, parts[0]];
  if (address !== undefined && !bracketed && !isIPv4(address)) return null;
  const containerPorts = portRange(container!);
  const hostPorts = host ? portRange(host) : undefined;
  if (!containerPorts || hostPorts === null) return null;
  return { ...(address ? { address } : {}), ...(hostPorts ? { hostPorts } : {}), containerPorts, protocol };
}

function isIPv4(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) && text.split('.').every((part) => Number(part) <= 255);
}

function portRange(text: string): PortRange | null {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return null;
  const [low, high] = [Number(match[1]), Number(match[2] ?? match[1])];
  return low <= 65535 && high <= 65535 ? { text, low, high } : null;
}
