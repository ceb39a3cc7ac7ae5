import Link from 'next/link';
import { cn } from '@/components/ui/cn';

type Props = {
  categories: Array<{ slug: string; name: string; articleCount: number }>;
  active: string | null;
  /** The current search, kept when the category changes. */
  q: string;
};

function hrefFor(q: string, category: string | null): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  const query = params.toString();
  return query ? `/help?${query}` : '/help';
}

const pill = 'inline-flex min-h-11 items-center gap-1.5 rounded-full px-4 text-sm font-medium ring-1 ring-inset';

/** Category pills; the chosen one lives in the URL, so a filtered page can be shared. */
export function CategoryFilter({ categories, active, q }: Props) {
  const items = [{ slug: null, name: 'All topics', articleCount: null }, ...categories];
  return (
    <nav aria-label="Topics">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => {
          const current = item.slug === active;
          return (
            <li key={item.slug ?? 'all'}>
              <Link
                href={hrefFor(q, item.slug)}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  pill,
                  current ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
                )}
              >
                {item.name}
                {item.articleCount !== null ? (
                  <span className={cn('text-xs', current ? 'text-brand-100' : 'text-slate-500')}>
                    <span className="sr-only">, </span>
                    {item.articleCount}
                    <span className="sr-only"> articles</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
