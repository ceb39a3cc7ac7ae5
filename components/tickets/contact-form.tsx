'use client';

import { useState } from 'react';
import { type FileLimits, FilePicker } from '@/components/files/file-picker';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { FILES_FIELD, useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { type ContactInput, contactSchema, TICKET_LIMITS } from '@/lib/tickets/schemas';
import { TicketRequestFields } from './ticket-request-fields';

type Props = {
  action: FormAction;
  categories: Array<{ slug: string; name: string }>;
  defaults: Partial<Record<keyof ContactInput, string>>;
  /** A signed-in customer's email is their account's, not a field to edit. */
  lockedEmail?: string;
  /** Whether mail really goes out (a mail service is configured); the hints say what happens. */
  mailSending: boolean;
  fileLimits: FileLimits;
};

const fieldOrder: Array<(keyof ContactInput & string) | typeof FILES_FIELD> = ['name', 'email', 'phone', 'category', 'subject', 'message', 'reference', FILES_FIELD, 'website'];

export function ContactForm({ action, categories, defaults, lockedEmail, mailSending, fileLimits }: Props) {
  const [uploading, setUploading] = useState(false);
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<ContactInput>({ schema: contactSchema, action, defaults });
  const { register } = form;
  const subject = form.watch('subject') ?? '';

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby="contact-required-note">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      <p id="contact-required-note" className="text-sm text-slate-600">
        All fields are required unless marked optional.
      </p>

      <TicketRequestFields
        register={register}
        errorFor={errorFor}
        values={values}
        categories={categories}
        subject={subject}
        messageLabel="Message"
        before={
          <>
            <TextField
              label="Your name"
              autoComplete="name"
              maxLength={TICKET_LIMITS.name}
              defaultValue={values.name}
              error={errorFor('name')}
              {...register('name')}
            />
            {lockedEmail ? (
              <TextField
                label="Email"
                type="email"
                readOnly
                hint={
                  mailSending
                    ? 'We email your ticket number and our replies here; they also appear in My tickets.'
                    : 'Replies appear in My tickets. This helpdesk does not send email yet.'
                }
                defaultValue={lockedEmail}
                error={errorFor('email')}
                {...register('email')}
              />
            ) : (
              <TextField
                label="Email"
                type="email"
                autoComplete="email"
                inputMode="email"
                hint={
                  mailSending
                    ? 'We email your ticket number, your private link and our replies here.'
                    : 'This helpdesk does not send email yet: keep the private link shown after you send.'
                }
                defaultValue={values.email}
                error={errorFor('email')}
                {...register('email')}
              />
            )}
            <TextField
              label="Phone"
              type="tel"
              autoComplete="tel"
              optional
              defaultValue={values.phone}
              error={errorFor('phone')}
              {...register('phone')}
            />
          </>
        }
      />

      <FilePicker limits={fileLimits} label="Attach files, such as photos" error={errorFor(FILES_FIELD)} onBusyChange={setUploading} />

      {/* Honeypot: invisible to people and assistive technology, tempting to form-filling bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="field-website">Leave this field empty</label>
        <input id="field-website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" {...register('website')} />
      </div>

      <div className="flex flex-col-reverse gap-4 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-500">You will get a ticket number straight away.</p>
        <Button type="submit" disabled={pending || uploading} className="w-full sm:w-auto">
          {pending ? 'Sending…' : uploading ? 'Uploading files…' : 'Send request'}
        </Button>
      </div>
    </form>
  );
}
