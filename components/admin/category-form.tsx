'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { CATEGORY_LIMITS, type CategoryInput, categorySchema } from '@/lib/categories/schemas';
import type { FormAction } from '@/lib/forms/form-state';

type Props = {
  action: FormAction;
  defaults: Partial<Record<keyof CategoryInput, string>>;
  id?: string;
};

const fieldOrder: Array<keyof CategoryInput & string> = ['name', 'slug'];

export function CategoryForm({ action, defaults, id }: Props) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<CategoryInput>({ schema: categorySchema, action, defaults });
  const { register } = form;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField label="Name" maxLength={CATEGORY_LIMITS.name} defaultValue={values.name} error={errorFor('name')} {...register('name')} />
        <TextField
          label="Address"
          optional
          maxLength={CATEGORY_LIMITS.slug}
          autoCapitalize="none"
          spellCheck={false}
          hint={id ? 'Used in links and by the API. Changing it breaks saved links.' : 'Made from the name when left empty, like “order-delivery”.'}
          defaultValue={values.slug}
          error={errorFor('slug')}
          {...register('slug')}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Saving…' : id ? 'Save changes' : 'Add category'}
        </Button>
      </div>
    </form>
  );
}
