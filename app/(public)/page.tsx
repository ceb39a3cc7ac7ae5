import Link from 'next/link';
import { HelpSearchForm } from '@/components/faq/help-search-form';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { listFeaturedArticles } from '@/lib/faq/public';
import { FAQ_LIMITS } from '@/lib/faq/public-schemas';

function primaryAction(actor: Actor): { href: string; label: string; note: string } {
  if (actor.kind === 'anonymous') {
    return { href: '/contact', label: 'Contact support', note: 'No account needed. You get a ticket number straight away.' };
  }
  if (actor.role === 'customer') {
    return { href: '/portal/tickets/new', label: 'Open a new request', note: `Signed in as ${actor.email}.` };
  }
  if (actor.staffStatus !== 'approved') {
    return { href: '/pending', label: 'See your application', note: 'An admin reviews new agents before they can answer tickets.' };
  }
  return { href: '/desk', label: 'Go to the desk', note: 'The latest tickets are waiting in the queue.' };
}

const features = [
  {
    title: 'Ask without an account',
    body: 'Use the contact form from any device. Your request is saved the moment you send it and gets its own ticket number.',
  },
  {
    title: 'A real person replies',
    body: 'Every request lands in one shared queue where the support team picks it up, keeps private notes and replies to you.',
  },
  {
    title: 'Nothing gets lost',
    body: 'Every change to a ticket is recorded, so you and the team always know who did what and when.',
  },
];

export default async function HomePage() {
  const [actor, popular] = await Promise.all([getActor(), listFeaturedArticles()]);
  const action = primaryAction(actor);
  const greeting = actor.kind === 'user' ? `Hello, ${actor.name.split(' ')[0]}` : 'How can we help?';

  return (
    <div className="space-y-12">
      <section className="rounded-3xl bg-gradient-to-br from-brand-700 to-brand-900 px-6 py-12 text-white shadow-lg sm:px-12 sm:py-16">
        <p className="text-sm font-semibold tracking-wide text-brand-100 uppercase">Support centre</p>
        <h1 className="mt-3 max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">{greeting}</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-100">
          Questions about an order, your account or a bug? Search the help centre, or send us a message and our support team will get back to you.
        </p>
        <div className="mt-8 max-w-2xl">
          <HelpSearchForm q="" maxLength={FAQ_LIMITS.query} tone="inverse" />
        </div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
          <ButtonLink href={action.href} variant="secondary" className="px-6 text-base">
            {action.label}
          </ButtonLink>
          {actor.kind === 'anonymous' ? (
            <ButtonLink href="/sign-in" variant="ghost" className="text-white hover:bg-white/10 hover:text-white">
              Sign in to your account
            </ButtonLink>
          ) : actor.role === 'customer' ? (
            <ButtonLink href="/portal/tickets" variant="ghost" className="text-white hover:bg-white/10 hover:text-white">
              See my tickets
            </ButtonLink>
          ) : null}
        </div>
        <p className="mt-4 text-sm text-brand-100">{action.note}</p>
      </section>

      {popular.length > 0 ? (
        <section aria-labelledby="popular-title">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="popular-title" className="text-xl font-semibold text-slate-900">
              Popular articles
            </h2>
            <Link href="/help" className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">
              Browse the help centre
            </Link>
          </div>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="popular-articles">
            {popular.map((article) => (
              <li key={article.slug} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                {article.category ? <Badge>{article.category.name}</Badge> : null}
                <Link
                  href={`/help/${encodeURIComponent(article.slug)}`}
                  className="mt-2 block font-semibold text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline"
                >
                  {article.question}
                </Link>
                <p className="mt-1 line-clamp-2 text-sm text-slate-600">{article.excerpt}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="why-title">
        <h2 id="why-title" className="sr-only">
          What to expect
        </h2>
        <div className="grid gap-6 md:grid-cols-3">
          {features.map((feature) => (
            <Card key={feature.title} className="sm:p-6">
              <h3 className="text-lg font-semibold text-slate-900">{feature.title}</h3>
              <p className="mt-2 text-slate-600">{feature.body}</p>
            </Card>
          ))}
        </div>
      </section>

      {actor.kind === 'anonymous' ? (
        <section className="flex flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between sm:p-8">
          <div>
            <h2 className="text-lg font-semibold text-slate-900">Work in support?</h2>
            <p className="mt-1 text-slate-600">Apply for an agent account. An admin approves new agents before they see the queue.</p>
          </div>
          <ButtonLink href="/agents/register" variant="secondary">
            Apply as an agent
          </ButtonLink>
        </section>
      ) : null}
    </div>
  );
}
