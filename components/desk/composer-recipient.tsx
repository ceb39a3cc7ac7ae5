/**
 * Whom the message reaches, for reply and note alike. Both lines are in the page and the checked
 * radio button picks the one shown (CSS `:has`), so it is right without JavaScript too.
 */
export function ComposerRecipient({ name, email }: { name: string; email: string }) {
  return (
    <div aria-live="polite" data-testid="composer-recipient">
      <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-950 ring-1 ring-brand-200 group-has-[input[value=internal]:checked]:hidden">
        <span className="font-semibold">To:</span> {name} &lt;{email}&gt;
      </p>
      <p className="hidden rounded-lg bg-amber-100 px-3 py-2 text-sm font-semibold text-amber-950 ring-1 ring-amber-400 group-has-[input[value=internal]:checked]:block">
        Internal note — only staff see this
      </p>
    </div>
  );
}
