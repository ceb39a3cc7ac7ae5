'use client';

import { useState } from 'react';
import { type FileLimits, FilePicker } from '@/components/files/file-picker';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextAreaField } from '@/components/forms/fields';
import { FILES_FIELD, useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { MESSAGE_MAX, type RequesterReplyInput, requesterReplySchema } from '@/lib/tickets/schemas';

type Props = { action: FormAction; hint?: string; fileLimits: FileLimits };

export function ReplyForm({ action, hint, fileLimits }: Props) {
  const [uploading, setUploading] = useState(false);
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<RequesterReplyInput>({ schema: requesterReplySchema, action, defaults: {} });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['body', FILES_FIELD])} focusKey={summaryKey} /> : null}
      <TextAreaField
        label="Your reply"
        rows={5}
        maxLength={MESSAGE_MAX}
        hint={hint}
        defaultValue={values.body}
        error={errorFor('body')}
        className="min-h-32"
        {...form.register('body')}
      />
      <FilePicker limits={fileLimits} error={errorFor(FILES_FIELD)} onBusyChange={setUploading} />
      <Button type="submit" disabled={pending || uploading} className="w-full sm:w-auto">
        {pending ? 'Sending…' : uploading ? 'Uploading files…' : 'Send reply'}
      </Button>
    </form>
  );
}
