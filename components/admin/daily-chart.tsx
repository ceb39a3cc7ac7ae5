import type { DayCount } from '@/lib/stats/range';

const W = 960;
const H = 300;
const pad = { left: 48, right: 16, top: 16, bottom: 40 };
const plotW = W - pad.left - pad.right;
const plotH = H - pad.top - pad.bottom;

/** 1, 2, 5, 10, 20, 50… : the smallest round number at or above the peak. */
export function roundUp(value: number): number {
  if (value <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (value <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

function dayLabel(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * Tickets opened (bars) and resolved (line with dots) per day, drawn on the server. Two shapes as
 * well as two colours, so the series differ without colour; the same numbers follow as a table.
 */
export function DailyChart({ daily }: { daily: DayCount[] }) {
  const max = roundUp(Math.max(0, ...daily.map((d) => Math.max(d.opened, d.resolved))));
  const slot = plotW / Math.max(daily.length, 1);
  const x = (i: number) => pad.left + slot * (i + 0.5);
  const y = (value: number) => pad.top + plotH - (value / max) * plotH;
  const barWidth = Math.max(2, slot * 0.6);
  const labelEvery = Math.ceil(daily.length / 8);
  // Counted back from the last day, so today always has its label and no two labels collide.
  const labelled = (i: number) => (daily.length - 1 - i) % labelEvery === 0;
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max];
  const opened = daily.reduce((sum, d) => sum + d.opened, 0);
  const resolved = daily.reduce((sum, d) => sum + d.resolved, 0);
  const first = daily[0]?.day;
  const last = daily.at(-1)?.day;

  return (
    <figure className="space-y-3">
      <div className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" aria-hidden="true">
        <span className="flex items-center gap-2">
          <svg width="14" height="14" viewBox="0 0 14 14">
            <rect width="14" height="14" rx="2" className="fill-brand-500" />
          </svg>
          Opened
        </span>
        <span className="flex items-center gap-2">
          <svg width="22" height="14" viewBox="0 0 22 14">
            <line x1="0" x2="22" y1="7" y2="7" className="stroke-emerald-700" strokeWidth="2" />
            <circle cx="11" cy="7" r="3.5" className="fill-emerald-700" />
          </svg>
          Resolved
        </span>
      </div>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Chart of tickets per day; scrolls sideways on narrow screens">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="daily-chart-title daily-chart-desc" className="h-auto w-full min-w-[44rem]">
          <title id="daily-chart-title">Tickets opened and resolved per day</title>
          <desc id="daily-chart-desc">
            {first && last ? `From ${dayLabel(first)} to ${dayLabel(last)}: ${opened} opened and ${resolved} resolved. The table below lists each day.` : 'No days in range.'}
          </desc>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={pad.left} x2={W - pad.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" strokeWidth={1} />
              <text x={pad.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" className="fill-slate-600 text-[13px]">
                {Number.isInteger(tick) ? tick : ''}
              </text>
            </g>
          ))}
          {daily.map((d, i) => (
            <rect key={d.day} x={x(i) - barWidth / 2} y={y(d.opened)} width={barWidth} height={plotH + pad.top - y(d.opened)} rx={1} className="fill-brand-500" />
          ))}
          <polyline
            points={daily.map((d, i) => `${x(i)},${y(d.resolved)}`).join(' ')}
            className="fill-none stroke-emerald-700"
            strokeWidth={2}
            strokeLinejoin="round"
          />
          {daily.length <= 31
            ? daily.map((d, i) => <circle key={d.day} cx={x(i)} cy={y(d.resolved)} r={4} className="fill-emerald-700 stroke-white" strokeWidth={1} />)
            : null}
          <line x1={pad.left} x2={W - pad.right} y1={pad.top + plotH} y2={pad.top + plotH} className="stroke-slate-400" strokeWidth={1} />
          {daily.map((d, i) =>
            labelled(i) ? (
              <text key={d.day} x={x(i)} y={H - pad.bottom + 20} textAnchor="middle" className="fill-slate-600 text-[13px]">
                {dayLabel(d.day)}
              </text>
            ) : null,
          )}
        </svg>
      </div>
      <figcaption>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">Show the numbers as a table</summary>
          <div className="mt-3 max-h-96 overflow-y-auto" tabIndex={0} role="region" aria-label="Tickets per day, as a table">
            <table className="w-full text-left">
              <caption className="sr-only">Tickets opened and resolved per day (UTC)</caption>
              <thead className="sticky top-0 bg-white text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">Day</th>
                  <th scope="col" className="py-1 pr-4 text-right font-medium">Opened</th>
                  <th scope="col" className="py-1 text-right font-medium">Resolved</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {daily.map((d) => (
                  <tr key={d.day}>
                    <th scope="row" className="py-1 pr-4 font-normal text-slate-700">{dayLabel(d.day)}</th>
                    <td className="py-1 pr-4 text-right tabular-nums">{d.opened}</td>
                    <td className="py-1 text-right tabular-nums">{d.resolved}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
