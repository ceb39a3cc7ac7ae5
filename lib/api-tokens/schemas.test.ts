import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTokenFormSchema, createTokenSchema } from './schemas';

describe('the token settings form', () => {
  it('turns its text choices into what the API takes', () => {
    const readOnly = createTokenFormSchema.parse({ name: ' Nightly export ', scopes: 'read', expiresInDays: '90' });
    expect(readOnly).toEqual({ name: 'Nightly export', scopes: ['read'], expiresInDays: 90 });
    expect(createTokenSchema.parse(readOnly)).toEqual(readOnly);

    const writer = createTokenFormSchema.parse({ name: 'Bot', scopes: 'read,write', expiresInDays: 'never' });
    expect(writer).toEqual({ name: 'Bot', scopes: ['read', 'write'], expiresInDays: null });
    expect(createTokenSchema.parse(writer)).toEqual(writer);
  });

  it('answers an error per field for a missing name and choices it does not offer', () => {
    const result = createTokenFormSchema.safeParse({ name: '  ', scopes: 'write', expiresInDays: '7' });
    expect(result.success).toBe(false);
    const fields = result.success ? {} : z.flattenError(result.error).fieldErrors;
    expect(fields).toEqual({
      name: ['Give the token a name.'],
      scopes: ['Choose what the token may do.'],
      expiresInDays: ['Choose when the token expires.'],
    });
  });
});
