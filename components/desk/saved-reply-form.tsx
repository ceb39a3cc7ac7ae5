'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextAreaField, TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { PLACEHOLDERS } from '@/lib/saved-replies/placeholders';
import { SAVED_REPLY_LIMITS, type SavedReplyInput, savedReplySchema } from '@/lib/saved-replies/schemas';

type Props = {
  action: FormAction;
  defaults: { title?: string; body?: string };
  /** Set when editing; a new reply has none. */
  id?: string;
  /** Admins may make a new reply shared with every agent. */
  mayShare?: boolean;
};

const fieldOrder: Array<keyof SavedReplyInput & string> = ['title', 'body', 'shared'];

const placeholderHint = (
  <>
    Placeholders filled from the ticket: {PLACEHOLDERS.map((name, i) => (
      <span key={name}>
        {i ? ', ' : ''}
        <code className="rounded bg-slate-100 px-1 text-slate-800">{`{{${name}}}`}</code>
      </span>
    ))}
    .
  </>
);

export function SavedReplyForm({ action, defaults, id, mayShare = false }: Props) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<SavedReplyInput>({ schema: savedReplySchema, action, defaults });
  const { register } = form;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-label={id ? 'Edit saved reply' : 'New saved reply'}>
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <TextField label="Title" maxLength={SAVED_REPLY_LIMITS.title} defaultValue={values.title} error={errorFor('title')} {...register('title')} />
      <TextAreaField
        label="Text"
        rows={8}
        maxLength={SAVED_REPLY_LIMITS.body}
        hint={placeholderHint}
        defaultValue={values.body}
        error={errorFor('body')}
        {...register('body')}
      />
      {mayShare && !id ? (
        <label className="flex min-h-11 items-start gap-3 text-sm text-slate-900">
          <input type="checkbox" value="on" defaultChecked={values.shared === 'on'} className="mt-0.5 size-5 shrink-0 accent-brand-600" {...register('shared')} />
          <span>
            <span className="font-medium">Shared with every agent</span>
            <span className="block text-slate-600">Only admins can change or delete a shared reply. This cannot be changed later.</span>
          </span>
        </label>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Saving…' : id ? 'Save changes' : 'Add saved reply'}
        </Button>
      </div>
    </form>
  );
}
