import { clientIp } from '@/lib/http/client-ip';
import { route } from '@/lib/http/route';
import { registerAgent } from '@/lib/users/register';

export const dynamic = 'force-dynamic';

/**
 * Applies to answer tickets, as the agent sign-up form does: the application is made only from
 * the link mailed to the address, so the confirmation token never appears in this answer.
 */
export const POST = route({ name: 'api-apply-agent', auth: 'none', body: 'json', status: 202 }, async ({ request, body }) => {
  await registerAgent(body, { ip: clientIp(request.headers) });
  return { message: 'Check your inbox: the application is made when you open the link we sent.' };
});
