'use client';

import { useState } from 'react';
import { type FileLimits, FilePicker } from '@/components/files/file-picker';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextAreaField } from '@/components/forms/fields';
import { FILES_FIELD, useServerForm } from '@/components/forms/use-server-form';
import { cn } from '@/components/ui/cn';
import type { FormAction } from '@/lib/forms/form-state';
import type { ReplyDelivery } from '@/lib/notify/reply-delivery';
import type { TicketStatus } from '@/lib/vocabulary';
import { ComposerRecipient } from './composer-recipient';
import { ComposerSendButtons } from './composer-send-buttons';
import { HeldReplyNotice } from './held-reply-notice';
import { QueueFromField } from './queue-from';
import { useDraftSeenMessage } from './use-draft-seen-message';
import { useHydrated } from './use-hydrated';
import { MESSAGE_MAX, type StaffMessageInput, staffMessageSchema } from '@/lib/tickets/schemas';

type Props = {
  action: FormAction;
  number: string;
  /** A closed ticket takes internal notes only. */
  notesOnly: boolean;
  /** The mode to start in: the one the last message was sent in, until the agent changes it. */
  mode: 'reply' | 'note';
  requester: { name: string; email: string };
  /** The statuses the ticket may move to now, offered as "send and …" buttons. */
  allowedStatuses: readonly TicketStatus[];
  /** What happens to the reply's mail, so the hint never promises one that is not sent. */
  delivery: ReplyDelivery;
  /** The newest message on screen ('' for none): the server holds a reply when a newer one exists. */
  newestMessageId: string;
  fileLimits: FileLimits;
};

function replyHint(email: string, delivery: ReplyDelivery): string {
  if (delivery === 'email') return `Emailed to ${email} and shown on their ticket.`;
  if (delivery === 'mail_log') return `Shown on their ticket. The email to ${email} is kept in the mail log: no mail service is set up yet.`;
  return 'Shown on their ticket. Not emailed: the customer switched reply mail off.';
}

/** One composer for both: the switch is a pair of radio buttons, so it works without JavaScript. */
export function MessageComposer({ action, number, notesOnly, mode, requester, allowedStatuses, delivery, newestMessageId, fileLimits }: Props) {
  const [uploading, setUploading] = useState(false);
  const kinds = [
    { value: 'public', label: 'Reply to customer', hint: replyHint(requester.email, delivery) },
    { value: 'internal', label: 'Internal note', hint: 'Only staff see it; the customer is never told of it.' },
  ] as const;
  const { state, form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<StaffMessageInput>({
      schema: staffMessageSchema,
      action,
      defaults: { visibility: notesOnly || mode === 'note' ? 'internal' : 'public', body: '' },
    });
  const visibility = form.watch('visibility') ?? values.visibility;
  const internal = visibility === 'internal';
  // Without JavaScript the label cannot follow the radio buttons, so it stays neutral.
  const hydrated = useHydrated();
  // A reply held for a newer message: the page is re-read so it shows above, the draft kept.
  const heldForNewer = state.status === 'error' && Boolean(state.fieldErrors.seenMessageId);
  const { seenMessageId, onDraftChange } = useDraftSeenMessage({ newest: newestMessageId, held: heldForNewer, heldKey: state });

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      id="composer"
      aria-label="Reply or note"
      data-mode={internal ? 'note' : 'reply'}
      // The colours follow the checked radio button by CSS, so they are right before hydration too.
      className="group space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 has-[input[value=internal]:checked]:bg-amber-50 has-[input[value=internal]:checked]:ring-2 has-[input[value=internal]:checked]:ring-amber-400"
    >
      {heldForNewer && state.status === 'error' && summaryMessage === state.message ? (
        <HeldReplyNotice message={summaryMessage} focusKey={summaryKey} />
      ) : summaryMessage ? (
        <ErrorSummary message={summaryMessage} items={summaryItems(['visibility', 'body', FILES_FIELD, 'status'])} focusKey={summaryKey} />
      ) : null}
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="seenMessageId" value={seenMessageId} />
      <QueueFromField />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Write</legend>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6" id="field-visibility">
          {kinds.map((kind) => {
            const disabled = notesOnly && kind.value === 'public';
            return (
              <label key={kind.value} className={cn('flex min-h-11 items-start gap-2 text-sm', disabled && 'opacity-60')}>
                <input
                  type="radio"
                  value={kind.value}
                  defaultChecked={values.visibility === kind.value}
                  disabled={disabled}
                  className="mt-0.5 size-5 accent-brand-600"
                  {...form.register('visibility')}
                />
                <span>
                  <span className="font-medium text-slate-900">{kind.label}</span>
                  <span className="block text-slate-600">{disabled ? 'A closed ticket takes no more replies.' : kind.hint}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <ComposerRecipient name={requester.name} email={requester.email} />
      <TextAreaField
        label="Message"
        rows={6}
        maxLength={MESSAGE_MAX}
        defaultValue={values.body}
        error={errorFor('body')}
        {...form.register('body', { onChange: (event: { target: { value: string } }) => onDraftChange(event.target.value) })}
      />
      <FilePicker
        limits={fileLimits}
        label={internal ? 'Attach files (internal, like the note)' : 'Attach files'}
        error={errorFor(FILES_FIELD)}
        onBusyChange={setUploading}
      />
      <ComposerSendButtons
        allowed={allowedStatuses}
        mode={!hydrated ? 'neutral' : internal ? 'note' : 'reply'}
        busy={pending ? 'Saving…' : uploading ? 'Uploading files…' : null}
        disabled={pending || uploading}
      />
    </form>
  );
}
