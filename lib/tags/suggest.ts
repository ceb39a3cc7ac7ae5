import 'server-only';
import { asc, count, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tags, ticketTags } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { parseInput } from '@/lib/errors';
import { tagSuggestSchema } from './schemas';

export type TagSuggestion = { name: string; tickets: number };

// LIKE's own wildcards in what was typed are matched as themselves.
const likePrefix = (text: string) => `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Existing tags that start with what was typed (any case), the most used first, for the add
 * field's autocomplete. Tags on no ticket any more are left out. Approved staff only.
 */
export async function suggestTags(actor: Actor, input: { prefix?: unknown; limit?: unknown } = {}): Promise<TagSuggestion[]> {
  assertCan(actor, 'ticket:work');
  const { prefix, limit } = parseInput(tagSuggestSchema, input);
  const db = await getDb();
  const used = count(ticketTags.ticketId);
  return db
    .select({ name: tags.name, tickets: sql<number>`${used}::int` })
    .from(tags)
    .innerJoin(ticketTags, eq(ticketTags.tagId, tags.id))
    .where(prefix ? sql`lower(${tags.name}) like ${likePrefix(prefix)}` : undefined)
    .groupBy(tags.id, tags.name)
    .orderBy(desc(used), asc(sql`lower(${tags.name})`))
    .limit(limit);
}
