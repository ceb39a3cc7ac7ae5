'use server';

import { formAction } from '@/lib/forms/action';
import { addSlaHoliday, removeSlaHoliday, saveBusinessHours, saveSlaTargets } from '@/lib/sla/manage';

const revalidate = '/admin/sla';

export const saveSlaTargetsAction = formAction(async ({ actor, input }) => saveSlaTargets(actor, input), {
  revalidate,
  redirect: '/admin/sla?done=targets',
});

export const saveBusinessHoursAction = formAction(async ({ actor, input }) => saveBusinessHours(actor, input), {
  revalidate,
  redirect: '/admin/sla?done=hours',
});

export const addSlaHolidayAction = formAction(async ({ actor, input }) => addSlaHoliday(actor, input), {
  revalidate,
  redirect: '/admin/sla?done=holiday-added',
});

export const removeSlaHolidayAction = formAction(async ({ actor, input }) => removeSlaHoliday(actor, input), {
  revalidate,
  redirect: '/admin/sla?done=holiday-removed',
});
