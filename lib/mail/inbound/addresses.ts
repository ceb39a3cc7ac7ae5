export type MailAddress = { email: string; name: string | null };

const plainEmail = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** `Ana Lima <ana@example.com>`, `"Lima, Ana" <ana@example.com>` or a bare address; null when none. */
export function parseAddress(raw: string | null | undefined): MailAddress | null {
  if (!raw) return null;
  const angled = /^(.*)<([^<>]+)>\s*$/.exec(raw.trim());
  const email = (angled?.[2] ?? raw).trim().toLowerCase();
  if (!plainEmail.test(email) || email.length > 254) return null;
  const name = angled?.[1]?.trim().replace(/^"(.*)"$/, '$1').trim() || null;
  return { email, name };
}

/** Every usable address of a list, once each, in order. */
export function parseAddresses(list: readonly (string | null | undefined)[]): MailAddress[] {
  const seen = new Set<string>();
  const found: MailAddress[] = [];
  for (const raw of list) {
    const address = parseAddress(raw);
    if (address && !seen.has(address.email)) {
      seen.add(address.email);
      found.push(address);
    }
  }
  return found;
}
