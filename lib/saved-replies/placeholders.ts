/**
 * The placeholders a saved reply may use, and where each value comes from. A fixed list on
 * purpose: only what the customer already knows about their own ticket, and the agent's name —
 * never notes, the description, or any field only staff see.
 */
export const PLACEHOLDERS = [
  'customer.firstName',
  'customer.name',
  'customer.email',
  'ticket.number',
  'ticket.subject',
  'agent.name',
  'agent.firstName',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type PlaceholderSource = {
  customer: { name: string; email: string };
  ticket: { number: string; subject: string };
  agent: { name: string };
};

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

function valuesOf(source: PlaceholderSource): Record<Placeholder, string> {
  return {
    'customer.firstName': firstName(source.customer.name),
    'customer.name': source.customer.name.trim(),
    'customer.email': source.customer.email,
    'ticket.number': source.ticket.number,
    'ticket.subject': source.ticket.subject,
    'agent.name': source.agent.name.trim(),
    'agent.firstName': firstName(source.agent.name),
  };
}

const known = new Set<string>(PLACEHOLDERS);
const pattern = /\{\{\s*([A-Za-z]+\.[A-Za-z]+)\s*\}\}/g;

/**
 * Fills `{{customer.firstName}}` and the like. A placeholder not on the list stays as written, so
 * the agent sees it in the composer and fixes it before sending.
 */
export function renderPlaceholders(body: string, source: PlaceholderSource): string {
  const values = valuesOf(source);
  return body.replace(pattern, (whole, name: string) => (known.has(name) ? values[name as Placeholder] : whole));
}
