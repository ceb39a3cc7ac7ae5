import Link from 'next/link';

/** The brand mark and name; `compact` keeps only the mark on a phone (the name stays for screen readers). */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <Link href="/" className="flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-slate-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <path d="M9 10h9a5 5 0 0 1 0 10h-4l-5 4v-4" className="fill-none stroke-white" strokeWidth="2.5" strokeLinejoin="round" strokeLinecap="round" />
      </svg>
      <span className={compact ? 'sr-only sm:not-sr-only' : undefined}>Deskline</span>
    </Link>
  );
}
