import { DeskActionForm } from '@/components/desk/desk-action-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import type { TicketFollowers } from '@/lib/tickets/followers';

type Props = { number: string; followers: TicketFollowers; actions: { follow: FormAction; unfollow: FormAction } };

/** Who follows the ticket, and the button to follow or stop following it oneself. */
export function FollowersPanel({ number, followers, actions }: Props) {
  const names = followers.followers.map((person) => person.name);
  return (
    <section className="space-y-3" aria-labelledby="followers-title" data-testid="followers">
      <h2 id="followers-title" className="text-base font-semibold text-slate-900">Followers</h2>
      <p className="text-sm break-words text-slate-700">{names.length ? names.join(', ') : 'Nobody follows this ticket.'}</p>
      {followers.following ? (
        <DeskActionForm action={actions.unfollow} number={number} label="Unfollow">
          <Button type="submit" variant="secondary">Stop following</Button>
        </DeskActionForm>
      ) : (
        <DeskActionForm action={actions.follow} number={number} label="Follow">
          <p className="text-sm text-slate-600">Get this ticket’s notifications without holding it.</p>
          <Button type="submit" variant="secondary">Follow</Button>
        </DeskActionForm>
      )}
    </section>
  );
}
