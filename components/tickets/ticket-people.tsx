import { Avatar } from '@/components/ui/avatar';

type Props = {
  requester: { name: string; email: string };
  assignee: { id: string; name: string } | null;
};

/** Who asked and who has the ticket, each with their initials; the requester is known by address. */
export function TicketPeople({ requester, assignee }: Props) {
  return (
    <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm" data-testid="ticket-people">
      <div className="flex items-center gap-2">
        <dt className="text-slate-600">Requester</dt>
        <dd className="flex min-w-0 items-center gap-1.5 font-medium text-slate-800">
          <Avatar id={requester.email.toLowerCase()} name={requester.name} />
          <span className="truncate">{requester.name}</span>
        </dd>
      </div>
      <div className="flex items-center gap-2">
        <dt className="text-slate-600">Assignee</dt>
        <dd className="flex min-w-0 items-center gap-1.5 font-medium text-slate-800">
          {assignee ? (
            <>
              <Avatar id={assignee.id} name={assignee.name} />
              <span className="truncate">{assignee.name}</span>
            </>
          ) : (
            <span className="font-normal text-slate-600">Unassigned</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
