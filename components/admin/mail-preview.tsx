import { MailFrame } from './mail-frame';

/** The message as rendered: the HTML (our template with escaped user text) sandboxed all the same, and the text. */
export function MailPreview({ html, text }: { html: string; text: string }) {
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <section aria-labelledby="mail-html-heading">
        <h2 id="mail-html-heading" className="text-lg font-semibold text-slate-900">
          As HTML
        </h2>
        <MailFrame title="The message as HTML" html={html} />
      </section>
      <section aria-labelledby="mail-text-heading">
        <h2 id="mail-text-heading" className="text-lg font-semibold text-slate-900">
          As plain text
        </h2>
        <pre
          tabIndex={0}
          aria-label="The message as plain text"
          className="mt-3 h-[40rem] overflow-auto rounded-2xl bg-white p-5 font-mono text-sm break-words whitespace-pre-wrap text-slate-800 shadow-sm ring-1 ring-slate-200"
        >
          {text}
        </pre>
      </section>
    </div>
  );
}
