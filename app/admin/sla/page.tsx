import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/action-form';
import { Notice } from '@/components/admin/notice';
import { HolidayForm } from '@/components/admin/sla/holiday-form';
import { BusinessHoursForm } from '@/components/admin/sla/hours-form';
import { SlaTargetsForm } from '@/components/admin/sla/targets-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { getSlaSettings } from '@/lib/sla/manage';
import { ticketPriorities } from '@/lib/vocabulary';
import { addSlaHolidayAction, removeSlaHolidayAction, saveBusinessHoursAction, saveSlaTargetsAction } from './actions';

export const metadata: Metadata = { title: 'Service targets' };

const doneText: Record<string, string> = {
  targets: 'Targets saved. New tickets, and tickets whose priority changes, use them.',
  hours: 'Business hours saved.',
  'holiday-added': 'Holiday added.',
  'holiday-removed': 'Holiday removed.',
};

const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const text = (minutes: number | null) => (minutes === null ? '' : String(minutes));

export default async function SlaPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const actor = await getActor();
  const { targets, hours, holidays } = await forPage(() => getSlaSettings(actor), '/admin/sla');
  const targetDefaults = Object.fromEntries(
    ticketPriorities.flatMap((priority) => [
      [`${priority}_firstResponse`, text(targets[priority].firstResponseMinutes)],
      [`${priority}_nextResponse`, text(targets[priority].nextResponseMinutes)],
      [`${priority}_resolution`, text(targets[priority].resolutionMinutes)],
    ]),
  );
  const notice = done ? doneText[done] : undefined;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Service targets"
        description="How soon tickets of each priority get a first answer, an answer to each later message, and a resolution, counted in business minutes. The clock stops while a ticket waits on the customer or is on hold."
      />
      {notice ? <Notice>{notice}</Notice> : null}
      <Card>
        <h2 className="mb-1 text-lg font-semibold text-slate-900">Targets</h2>
        <p className="mb-4 text-sm text-slate-600">Leave a field empty to not track it. 60 is an hour of business time, 480 a working day of eight hours.</p>
        <SlaTargetsForm action={saveSlaTargetsAction} defaults={targetDefaults} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Business hours</h2>
        <BusinessHoursForm
          action={saveBusinessHoursAction}
          defaults={{
            timezone: hours.timezone,
            notifyAdmins: hours.notifyAdmins,
            days: hours.days.map((day) => (day ? { from: time(day.open), to: time(day.close) } : null)),
          }}
        />
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold text-slate-900">Holidays</h2>
        <p className="mb-4 text-sm text-slate-600">Days the clock does not run, whatever the weekday.</p>
        {holidays.length ? (
          <ul className="mb-6 divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200" data-testid="holiday-list">
            {holidays.map((holiday) => (
              <li key={holiday.day} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <span>
                  <time dateTime={holiday.day} className="font-mono text-sm text-slate-700">
                    {holiday.day}
                  </time>{' '}
                  <span className="font-medium text-slate-900">{holiday.name}</span>
                </span>
                <ActionForm action={removeSlaHolidayAction} fields={{ day: holiday.day }}>
                  <Button type="submit" variant="secondary" className="px-3">
                    Remove<span className="sr-only"> {holiday.name}</span>
                  </Button>
                </ActionForm>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-6 text-sm text-slate-600">No holidays yet.</p>
        )}
        <HolidayForm key={holidays.length} action={addSlaHolidayAction} />
      </Card>
    </div>
  );
}
