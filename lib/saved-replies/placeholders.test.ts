import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, renderPlaceholders } from './placeholders';

const source = {
  customer: { name: '  Ada   King Lovelace ', email: 'ada@example.test' },
  ticket: { number: 'HD-20261204-0042', subject: 'Parcel missing' },
  agent: { name: 'Grace Hopper' },
};

describe('renderPlaceholders', () => {
  it('fills every placeholder on the list from the ticket and the agent', () => {
    const body = PLACEHOLDERS.map((name) => `{{${name}}}`).join('|');
    expect(renderPlaceholders(body, source)).toBe('Ada|Ada   King Lovelace|ada@example.test|HD-20261204-0042|Parcel missing|Grace Hopper|Grace');
  });

  it('allows spaces inside the braces and fills a placeholder each time it appears', () => {
    expect(renderPlaceholders('Hi {{ customer.firstName }}, {{customer.firstName}}!', source)).toBe('Hi Ada, Ada!');
  });

  it('leaves unknown placeholders, and fields kept from customers, visible as written', () => {
    const body = '{{ticket.description}} {{ticket.internalNote}} {{agent.email}} {{customer.phone}} {{constructor.name}} {{nope}}';
    expect(renderPlaceholders(body, source)).toBe(body);
  });

  it('does not read the values it inserts as placeholders again', () => {
    const sneaky = { ...source, ticket: { ...source.ticket, subject: '{{agent.name}}' } };
    expect(renderPlaceholders('Re: {{ticket.subject}}', sneaky)).toBe('Re: {{agent.name}}');
  });
});
