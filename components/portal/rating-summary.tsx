import { ratingLabels } from './rating-labels';

/** The rating once given: five marks, the filled ones the score, with the score in words. */
export function RatingSummary({ rating, comment }: { rating: number; comment: string | null }) {
  return (
    <div data-testid="rating-summary">
      <p className="flex items-center gap-3">
        <span aria-hidden="true" className="text-xl tracking-wider text-amber-600">
          {'★'.repeat(rating)}
          <span className="text-slate-300">{'★'.repeat(5 - rating)}</span>
        </span>
        <span className="font-medium text-slate-900">
          You rated this {rating} out of 5 ({ratingLabels[rating - 1]?.toLowerCase()})
        </span>
      </p>
      {comment ? <p className="mt-2 whitespace-pre-wrap break-words text-slate-700">“{comment}”</p> : null}
    </div>
  );
}
