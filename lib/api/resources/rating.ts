import { z } from 'zod';
import { ticketStatuses } from '@/lib/vocabulary';
import type { GivenRating } from '@/lib/tickets/conversation';

export const ratingResource = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    ticketStatus: z.enum(ticketStatuses).meta({ description: 'The ticket’s status after the rating: rating a resolved ticket closes it.' }),
  })
  .meta({ id: 'Rating', example: { score: 5, comment: 'Quick and kind.', ticketStatus: 'closed' } });

export type RatingResource = z.output<typeof ratingResource>;

export function toRatingResource(rating: GivenRating): RatingResource {
  return { score: rating.score, comment: rating.comment, ticketStatus: rating.status };
}
