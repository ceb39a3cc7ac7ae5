/**
 * Why a mail was written by a machine rather than a person (an out-of-office reply, a bounce, a
 * list), or null. Such mail never becomes a reply or a ticket: answering it would let two
 * autoresponders mail each other forever (RFC 3834).
 */
export function automatedReason(headers: Record<string, string> | null, fromEmail: string): string | null {
  const header = (name: string) => {
    for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return value.trim();
    return undefined;
  };
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && autoSubmitted.toLowerCase() !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = header('precedence')?.toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  if (header('x-autoreply') !== undefined) return 'X-Autoreply';
  if (header('x-autorespond') !== undefined) return 'X-Autorespond';
  if (header('return-path')?.replace(/\s/g, '') === '<>') return 'empty Return-Path';
  const local = fromEmail.split('@')[0]?.toLowerCase() ?? '';
  if (local === 'mailer-daemon' || local === 'postmaster') return `sent by ${local}`;
  return null;
}
