import { toStaffDecisionResource } from '@/lib/api/resources/user';
import { route, type RouteContext } from '@/lib/http/route';
import { decideOnStaff } from '@/lib/users/moderate-agent';

export const dynamic = 'force-dynamic';

/** Approves, rejects, suspends or reinstates a staff account; 409 when its status does not allow the move. */
export const POST = route({ name: 'api-decide-user', auth: 'required', permission: 'agent:moderate', body: 'json' }, async ({ actor, params, body }: RouteContext<{ id: string }>) => ({
  user: toStaffDecisionResource(await decideOnStaff(actor, { userId: params.id, body })),
}));
