import { toStaffDecisionResource } from '@/lib/api/resources/user';
import { parseInput } from '@/lib/errors';
import { route, type RouteContext } from '@/lib/http/route';
import { decisionSchema } from '@/lib/users/decide';
import { approveAgent, reinstateAgent, rejectAgent, suspendAgent } from '@/lib/users/moderate-agent';

export const dynamic = 'force-dynamic';

const decide = { approve: approveAgent, reject: rejectAgent, suspend: suspendAgent, reinstate: reinstateAgent };

/** Approves, rejects, suspends or reinstates a staff account; 409 when its status does not allow the move. */
export const POST = route({ name: 'api-decide-user', auth: 'required', body: 'json' }, async ({ actor, params, body }: RouteContext<{ id: string }>) => {
  const { decision, reason } = parseInput(decisionSchema, body);
  return { user: toStaffDecisionResource(await decide[decision](actor, { userId: params.id, reason })) };
});
