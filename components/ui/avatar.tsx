import { cn } from './cn';

// Background and text pairs that all keep a contrast of at least 4.5:1, in light and dark themes.
const palette = [
  'bg-sky-100 text-sky-900',
  'bg-emerald-100 text-emerald-900',
  'bg-amber-100 text-amber-900',
  'bg-rose-100 text-rose-900',
  'bg-violet-100 text-violet-900',
  'bg-teal-100 text-teal-900',
  'bg-orange-100 text-orange-900',
  'bg-indigo-100 text-indigo-900',
] as const;

/** A stable index for an id: the same person always gets the same colour, on every page. */
export function colourIndex(id: string, size = palette.length): number {
  let hash = 0;
  for (let i = 0; i < id.length; i += 1) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % size;
}

/** Up to two letters: first and last word of the name, else the start of the e-mail address. */
export function initialsOf(name: string | null | undefined, fallback = '?'): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return fallback.slice(0, 1).toUpperCase() || '?';
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words.at(-1)!.charAt(0) : '';
  return `${first}${last}`.toUpperCase();
}

type Props = { id: string; name: string | null | undefined; size?: 'sm' | 'md'; className?: string };

/** Initials in a coloured circle; decorative, since the name is always written beside it. */
export function Avatar({ id, name, size = 'sm', className }: Props) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-flex shrink-0 items-center justify-center rounded-full font-semibold select-none',
        size === 'sm' ? 'h-6 w-6 text-[0.65rem]' : 'h-8 w-8 text-xs',
        palette[colourIndex(id)],
        className,
      )}
    >
      {initialsOf(name, id)}
    </span>
  );
}
