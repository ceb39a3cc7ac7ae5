/**
 * Message-IDs and the per-ticket thread. Every mail about a ticket answers the same root id,
 * derived from the ticket's id, so mail clients put them in one conversation even though the
 * root message itself is never sent; the `[HD-…]` in the subject helps those that thread by subject.
 */
export function ticketThreadRoot(ticketId: string, domain: string): string {
  return `<ticket-${ticketId}@${domain}>`;
}

export function mailMessageId(mailId: string, domain: string): string {
  return `<${mailId}@${domain}>`;
}

export function ticketSubject(number: string, subject: string): string {
  const tag = `[${number}]`;
  return subject.includes(tag) ? subject : `${tag} ${subject}`;
}
