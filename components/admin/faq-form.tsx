'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FAQ_LIMITS, type FaqArticleInput, faqArticleSchema } from '@/lib/faq/schemas';
import type { FormAction } from '@/lib/forms/form-state';

type Props = {
  action: FormAction;
  categories: Array<{ id: string; name: string }>;
  defaults: Partial<Record<keyof FaqArticleInput, string>>;
  /** Set when editing an existing article. */
  id?: string;
};

const fieldOrder: Array<keyof FaqArticleInput & string> = ['question', 'categoryId', 'answer', 'visibility'];

export function FaqForm({ action, categories, defaults, id }: Props) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<FaqArticleInput>({ schema: faqArticleSchema, action, defaults });
  const { register } = form;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <TextField
        label="Question"
        maxLength={FAQ_LIMITS.question}
        hint="As a customer would ask it. The article’s address is made from it."
        defaultValue={values.question}
        error={errorFor('question')}
        {...register('question')}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField
          label="Category"
          placeholder="Choose a category"
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          defaultValue={values.categoryId ?? ''}
          error={errorFor('categoryId')}
          {...register('categoryId')}
        />
        <SelectField
          label="Visibility"
          options={[
            { value: 'draft', label: 'Draft — admins only' },
            { value: 'published', label: 'Published' },
          ]}
          defaultValue={values.visibility ?? 'draft'}
          error={errorFor('visibility')}
          {...register('visibility')}
        />
      </div>
      <TextAreaField
        label="Answer"
        rows={12}
        maxLength={FAQ_LIMITS.answer}
        hint="Plain text. Leave an empty line between paragraphs."
        defaultValue={values.answer}
        error={errorFor('answer')}
        {...register('answer')}
      />
      <div className="flex flex-col-reverse gap-4 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Saving…' : id ? 'Save changes' : 'Create article'}
        </Button>
      </div>
    </form>
  );
}
