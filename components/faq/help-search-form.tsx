import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

type Props = {
  q: string;
  category?: string;
  error?: string;
  maxLength: number;
  /** `inverse` for a dark background, such as the home page's banner. */
  tone?: 'default' | 'inverse';
};

/** A plain GET form (`/help?q=…`): it works without JavaScript and its results can be linked to. */
export function HelpSearchForm({ q, category, error, maxLength, tone = 'default' }: Props) {
  return (
    <Form action="/help" role="search" aria-label="Help centre" className="space-y-1.5">
      <label htmlFor="help-q" className={cn('block text-sm font-medium', tone === 'inverse' ? 'text-white' : 'text-slate-800')}>
        Search the help centre
      </label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <input
          id="help-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={maxLength}
          placeholder="For example: reset password"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'help-q-error' : undefined}
          className={cn(
            'block w-full flex-1 rounded-lg border-0 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-500 focus:ring-2 focus:ring-inset focus:outline-none sm:text-sm',
            error ? 'ring-red-500 focus:ring-red-600' : 'ring-slate-300 focus:ring-brand-600',
          )}
        />
        {category ? <input type="hidden" name="category" value={category} /> : null}
        <Button type="submit" variant={tone === 'inverse' ? 'secondary' : 'primary'} className="sm:w-auto">
          Search
        </Button>
      </div>
      {error ? (
        <p id="help-q-error" className="text-sm font-medium text-red-700" data-testid="error-q">
          {error}
        </p>
      ) : null}
    </Form>
  );
}
