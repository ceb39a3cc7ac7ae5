import { Badge } from '@/components/ui/badge';

/** Paragraphs as the answer was typed: an empty line starts a new one. */
export function answerParagraphs(answer: string): string[] {
  return answer
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * The saved article as a visitor of the help centre reads it (app/(public)/help/[slug]): the
 * question, its category and the answer's paragraphs, with line breaks kept and no markup.
 */
export function FaqPreview({ question, answer, category, published }: { question: string; answer: string; category: string | null; published: boolean }) {
  return (
    <section aria-labelledby="preview-heading" className="rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-6 py-3">
        <h2 id="preview-heading" className="text-sm font-semibold text-slate-700">
          Preview
        </h2>
        {published ? <Badge tone="green">Published</Badge> : <Badge tone="amber">Draft — not visible to the public</Badge>}
      </div>
      <article className="px-6 py-6">
        {category ? <p className="text-sm font-medium text-brand-700">{category}</p> : null}
        <h3 className="mt-1 text-xl font-bold break-words text-slate-900">{question}</h3>
        <div className="mt-4 space-y-4 text-slate-800">
          {answerParagraphs(answer).map((paragraph, index) => (
            <p key={index} className="break-words whitespace-pre-line leading-relaxed">
              {paragraph}
            </p>
          ))}
        </div>
      </article>
    </section>
  );
}
