import { RelativeTime } from '@/components/ui/relative-time';
import type { FormAction } from '@/lib/forms/form-state';
import type { SessionSummary } from '@/lib/sessions/sessions';
import { browserLabel } from './browser-label';
import { SessionButton } from './session-button';

type Props = { sessions: SessionSummary[]; endAction: FormAction; endOthersAction: FormAction };

export function SessionList({ sessions, endAction, endOthersAction }: Props) {
  const others = sessions.filter((session) => !session.current).length;
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200" aria-label="Signed-in sessions" data-testid="session-list">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="text-sm">
              <p className="font-medium text-slate-900">
                {browserLabel(session.userAgent)}
                {session.current ? <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">This browser</span> : null}
              </p>
              <p className="text-slate-600">
                Signed in <RelativeTime date={session.createdAt} />, last seen <RelativeTime date={session.lastSeenAt} />
              </p>
            </div>
            {session.current ? null : (
              <SessionButton action={endAction} sessionId={session.id} className="border border-slate-300 text-slate-800 hover:bg-slate-100">
                Sign out<span className="sr-only"> {browserLabel(session.userAgent)}, signed in {session.createdAt.toISOString()}</span>
              </SessionButton>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <SessionButton action={endOthersAction} className="bg-slate-900 px-4 font-semibold text-white hover:bg-slate-700">
          Sign out everywhere else
        </SessionButton>
      ) : (
        <p className="text-sm text-slate-600">You are signed in on this browser only.</p>
      )}
    </div>
  );
}
