import { ButtonLink } from '@/components/ui/button';

/** The way out of the help centre when no article answers the question. */
export function StillNeedHelp({ title = 'Still need help?', body }: { title?: string; body?: string }) {
  return (
    <section
      aria-labelledby="still-need-help-title"
      className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between sm:p-8"
    >
      <div>
        <h2 id="still-need-help-title" className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p className="mt-1 text-slate-600">
          {body ?? 'Send us a message and a member of the support team will get back to you, usually within one working day.'}
        </p>
      </div>
      <ButtonLink href="/contact" className="shrink-0">
        Contact support
      </ButtonLink>
    </section>
  );
}
