import { Button } from '@/components/ui/button';
import type { TicketStatus } from '@/lib/vocabulary';

/** The statuses a message can end with, in the order offered; only those the machine allows show. */
const endings: Array<{ status: TicketStatus; reply: string; note: string; neutral: string }> = [
  { status: 'resolved', reply: 'Send and resolve', note: 'Add note and resolve', neutral: 'Send and resolve' },
  { status: 'pending_customer', reply: 'Send and wait on customer', note: 'Add note and wait on customer', neutral: 'Send and wait on customer' },
  { status: 'on_hold', reply: 'Send and put on hold', note: 'Add note and put on hold', neutral: 'Send and put on hold' },
];

type Props = {
  /** The statuses the ticket may move to from where it is now. */
  allowed: readonly TicketStatus[];
  mode: 'reply' | 'note' | 'neutral';
  busy: string | null;
  disabled: boolean;
};

/**
 * Send, or send and set the status in the same step: each button posts `status` as its value,
 * so the choice travels with the form whether or not JavaScript runs.
 */
export function ComposerSendButtons({ allowed, mode, busy, disabled }: Props) {
  const offered = endings.filter((ending) => allowed.includes(ending.status));
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:flex-wrap sm:justify-end">
      {offered.map((ending) => (
        <Button key={ending.status} type="submit" name="status" value={ending.status} variant="secondary" disabled={disabled} data-testid={`send-${ending.status}`}>
          {ending[mode]}
        </Button>
      ))}
      <Button type="submit" disabled={disabled} data-testid="send">
        {busy ?? (mode === 'neutral' ? 'Send' : mode === 'note' ? 'Add internal note' : 'Send reply')}
      </Button>
    </div>
  );
}
