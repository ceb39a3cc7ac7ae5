import type { AgentStats } from '@/lib/stats/range';
import { roleLabel } from '@/lib/vocabulary';

/** Per person: open tickets now, resolutions and average rating in the period. */
export function AgentTable({ agents, days }: { agents: AgentStats[]; days: number }) {
  return (
    <section aria-labelledby="agents-heading" className="min-w-0 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h3 id="agents-heading" className="text-sm font-semibold text-slate-900">
        By agent
      </h3>
      <div className="mt-3">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Open tickets assigned now, and resolutions and ratings in the last {days} days, per agent</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">Agent</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Open</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Resolved</th>
              <th scope="col" className="py-2 text-right font-medium">Rating</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {agents.map((agent) => (
              <tr key={agent.id} data-testid="agent-stats-row">
                <th scope="row" className="py-2 pr-4 font-medium text-slate-900">
                  {agent.name}
                  <span className="block text-xs font-normal text-slate-600 sm:ml-2 sm:inline">{roleLabel[agent.role]}</span>
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">{agent.openLoad}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{agent.resolved}</td>
                <td className="py-2 text-right tabular-nums">
                  {agent.ratingAverage === null ? '—' : `${agent.ratingAverage.toFixed(1)} (${agent.ratingCount})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
