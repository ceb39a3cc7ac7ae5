import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ticketNumberSchema } from '@/lib/tickets/schemas';
import { SUBMITTED_COOKIE } from '../submitted-cookie';

export const metadata: Metadata = { title: 'Request received' };

export default async function ThanksPage() {
  const raw = (await cookies()).get(SUBMITTED_COOKIE)?.value;
  const number = ticketNumberSchema.safeParse(raw ?? '').data;

  if (!number) {
    return (
      <Card className="mx-auto max-w-2xl text-center">
        <h1 className="text-2xl font-bold text-slate-900">Nothing to show here</h1>
        <p className="mt-3 text-slate-600">
          This page confirms a request just after it is sent. If you sent one, check your email for the ticket number.
        </p>
        <div className="mt-6">
          <ButtonLink href="/contact">Contact support</ButtonLink>
        </div>
      </Card>
    );
  }

  return (
    <Card className="mx-auto max-w-2xl">
      <div className="flex items-center gap-3 text-emerald-700">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 fill-none stroke-current stroke-2">
          <circle cx="12" cy="12" r="10" />
          <path d="m8 12 3 3 5-6" />
        </svg>
        <h1 className="text-2xl font-bold text-slate-900">We have your request</h1>
      </div>
      <p className="mt-4 text-slate-700">Your ticket number is</p>
      <p className="mt-1 font-mono text-3xl font-bold tracking-wide text-brand-700" data-testid="ticket-number">
        {number}
      </p>
      <p className="mt-2 text-sm text-slate-500">Keep it handy: quote it if you contact us about this request again.</p>

      <h2 className="mt-8 text-lg font-semibold text-slate-900">What happens next</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-slate-700">
        <li>Your request joins the support queue and an agent picks it up, usually within one working day.</li>
        <li>The agent replies to the email address you gave, quoting your ticket number.</li>
        <li>Reply to that email to add details; everything stays on the same ticket.</li>
      </ol>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/" variant="secondary">
          Back to the home page
        </ButtonLink>
        <ButtonLink href="/contact" variant="ghost">
          Send another request
        </ButtonLink>
      </div>
    </Card>
  );
}
