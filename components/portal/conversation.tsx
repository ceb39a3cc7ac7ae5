import { AttachmentList } from '@/components/files/attachment-list';
import { cn } from '@/components/ui/cn';
import { RelativeTime } from '@/components/ui/relative-time';
import type { AttachmentView } from '@/lib/files/read';
import type { RequesterMessage } from '@/lib/tickets/requester';

type Props = {
  original: { authorName: string; body: string; createdAt: Date; attachments: AttachmentView[] };
  messages: RequesterMessage[];
  /** The private link's token, when read through it: the files' addresses carry it. */
  token?: string;
};

/** The public conversation in order, as the requester sees it: their request first, then replies. */
export function Conversation({ original, messages, token }: Props) {
  return (
    <ol className="space-y-4" aria-label="Conversation">
      <Message name="You" note="Your request" body={original.body} createdAt={original.createdAt} files={original.attachments} token={token} />
      {messages.map((message) =>
        message.from === 'support' ? (
          <Message
            key={message.id}
            name={message.authorName}
            note="Support team"
            body={message.body}
            createdAt={message.createdAt}
            files={message.attachments}
            token={token}
            support
          />
        ) : (
          <Message key={message.id} name="You" body={message.body} createdAt={message.createdAt} files={message.attachments} token={token} />
        ),
      )}
    </ol>
  );
}

type MessageProps = { name: string; note?: string; body: string; createdAt: Date; files: AttachmentView[]; token?: string; support?: boolean };

function Message({ name, note, body, createdAt, files, token, support }: MessageProps) {
  return (
    <li className={cn('rounded-2xl p-4 shadow-sm ring-1 sm:p-5', support ? 'bg-brand-50 ring-brand-200' : 'bg-white ring-slate-200')}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p>
          <span className="font-semibold text-slate-900">{name}</span>
          {note ? <span className="ml-2 text-slate-600">{note}</span> : null}
        </p>
        <span className="text-slate-600">
          <RelativeTime date={createdAt} />
        </span>
      </div>
      <p className="mt-3 whitespace-pre-wrap break-words text-slate-800">{body}</p>
      <AttachmentList files={files} token={token} />
    </li>
  );
}
