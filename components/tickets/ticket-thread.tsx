import { AttachmentList } from '@/components/files/attachment-list';
import { cn } from '@/components/ui/cn';
import { RelativeTime } from '@/components/ui/relative-time';
import type { AttachmentView } from '@/lib/files/read';
import type { TicketMessageView } from '@/lib/tickets/read-ticket';

type Props = {
  original: { authorName: string; body: string; createdAt: Date; attachments: AttachmentView[] };
  messages: TicketMessageView[];
};

/** The conversation in order: the original request, then replies; internal notes are shaded and labelled. */
export function TicketThread({ original, messages }: Props) {
  return (
    <ol className="space-y-4" aria-label="Conversation">
      <li className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <MessageHeader name={original.authorName} note="Original request (as submitted)" createdAt={original.createdAt} />
        <p className="mt-3 whitespace-pre-wrap break-words text-slate-800">{original.body}</p>
        <AttachmentList files={original.attachments} />
      </li>
      {messages.map((message) => {
        const internal = message.visibility === 'internal';
        return (
          <li
            key={message.id}
            data-visibility={message.visibility}
            className={cn(
              'rounded-2xl p-5 shadow-sm ring-1',
              internal ? 'bg-amber-50 ring-amber-300' : message.authorKind === 'staff' ? 'bg-brand-50 ring-brand-200' : 'bg-white ring-slate-200',
            )}
          >
            <MessageHeader
              name={message.authorName}
              note={internal ? 'Note — not visible to the customer' : message.authorKind === 'staff' ? 'Support team' : 'Customer'}
              createdAt={message.createdAt}
              internal={internal}
            />
            <p className="mt-3 whitespace-pre-wrap break-words text-slate-800">{message.body}</p>
            <AttachmentList files={message.attachments} />
          </li>
        );
      })}
    </ol>
  );
}

function MessageHeader({ name, note, createdAt, internal }: { name: string; note: string; createdAt: Date; internal?: boolean }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
      <p>
        {internal ? (
          <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-bold tracking-wide text-amber-950 uppercase">Internal</span>
        ) : null}
        <span className="font-semibold text-slate-900">{name}</span>{' '}
        <span className={cn('ml-1', internal ? 'font-semibold text-amber-900' : 'text-slate-600')}>{note}</span>
      </p>
      <span className="text-slate-600">
        <RelativeTime date={createdAt} />
      </span>
    </div>
  );
}
