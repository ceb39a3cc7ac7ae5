import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '@/lib/errors';

// Where a webhook must not reach unless an admin allows it: this machine, the private network
// around it, and addresses that are no single public host (server-side request forgery).
const refused = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  refused.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  refused.addSubnet(network, prefix, 'ipv6');
}

/** An IPv4 address written inside IPv6 (::ffff:10.0.0.1, ::ffff:a00:1), or null. */
function embeddedIpv4(address: string): string | null {
  const match = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!match?.[1]) return null;
  const tail = match[1];
  if (isIP(tail) === 4) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!hex?.[1] || !hex[2]) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether `address` (an IP literal) is loopback, private, link-local, multicast or otherwise not a public host. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  const family = isIP(bare);
  if (family === 4) return refused.check(bare, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(bare);
  if (v4) return refused.check(v4, 'ipv4');
  return refused.check(bare, 'ipv6');
}

export type ResolvedTarget = { url: URL; address: string; family: 4 | 6 };

type Resolver = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** Why a webhook URL is refused, as a field error. */
function refuse(message: string): AppError {
  return new AppError('validation', message, { fields: { url: [message] } });
}

/**
 * Checks a webhook URL and resolves its host: http(s) only, no credentials, and (unless
 * `allowPrivate`) every address the name resolves to public — one private answer is enough
 * to refuse, since the connection could land on any of them. The answer is the address to
 * connect to, so that a second look-up (DNS rebinding) cannot send the request elsewhere.
 */
export async function resolveWebhookTarget(raw: string, allowPrivate: boolean, resolve: Resolver = systemResolver): Promise<ResolvedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('Enter a full address starting with https:// or http://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('Only http:// and https:// addresses can receive webhooks.');
  if (url.username || url.password) throw refuse('Leave user names and passwords out of the address.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let answers: Array<{ address: string; family: number }>;
  if (isIP(host)) answers = [{ address: host, family: isIP(host) }];
  else {
    try {
      answers = await resolve(host);
    } catch {
      throw refuse(`The name ${host} could not be resolved.`);
    }
  }
  const first = answers[0];
  if (!first) throw refuse(`The name ${host} could not be resolved.`);
  if (!allowPrivate && answers.some((answer) => isPrivateAddress(answer.address))) {
    throw refuse('This address points into a private network or at this server. An admin can allow private addresses below.');
  }
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
