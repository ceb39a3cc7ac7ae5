import { z } from 'zod';
import { ticketPriorities } from '@/lib/vocabulary';
import { requiredText } from '@/lib/validation';
import { isTimezone } from './clock';

export const SLA_LIMITS = { minutes: 525_600, timezone: 64, holidayName: 120 } as const;

export const slaTargetKinds = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type SlaTargetKind = (typeof slaTargetKinds)[number];

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A target in business minutes; an empty field means "not tracked". */
const minutesField = z.preprocess(
  (value) => (value === '' || value === undefined ? null : typeof value === 'string' ? Number(value) : value),
  z
    .number({ error: 'Enter a number of minutes, or leave it empty.' })
    .int({ error: 'Enter whole minutes.' })
    .min(1, { error: 'Enter at least 1 minute, or leave it empty.' })
    .max(SLA_LIMITS.minutes, { error: `Keep it to ${SLA_LIMITS.minutes.toLocaleString('en')} minutes (a year) or fewer.` })
    .nullable(),
);

/** The targets form: one field per priority and target, named `high_firstResponse` and so on. */
export const slaTargetsSchema = z.object(
  Object.fromEntries(ticketPriorities.flatMap((priority) => slaTargetKinds.map((kind) => [`${priority}_${kind}`, minutesField]))) as Record<
    `${(typeof ticketPriorities)[number]}_${SlaTargetKind}`,
    typeof minutesField
  >,
);
export type SlaTargetsInput = z.input<typeof slaTargetsSchema>;

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'Enter a time like 09:00.' });

const dayShape = Object.fromEntries(
  weekdayNames.flatMap((_, day) => [
    [`day${day}_open`, checkbox],
    [`day${day}_from`, clockTime.optional().or(z.literal(''))],
    [`day${day}_to`, clockTime.optional().or(z.literal(''))],
  ]),
);

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Business hours: a timezone, each weekday's opening hours, and whether admins hear of breaches. */
export const businessHoursSchema = z
  .object({
    timezone: z
      .string({ error: 'Enter a timezone.' })
      .trim()
      .min(1, { error: 'Enter a timezone, like Europe/Berlin or UTC.' })
      .max(SLA_LIMITS.timezone, { error: `Keep it to ${SLA_LIMITS.timezone} characters or fewer.` })
      .refine(isTimezone, { error: 'Enter a timezone from the IANA list, like Europe/Berlin or UTC.' }),
    notifyAdmins: checkbox,
    ...dayShape,
  })
  .transform((data, ctx): { timezone: string; notifyAdmins: boolean; days: Array<{ open: number; close: number } | null> } => {
    const fields = data as unknown as Record<string, string | boolean | undefined>;
    const days = weekdayNames.map((name, day) => {
      if (!fields[`day${day}_open`]) return null;
      const from = fields[`day${day}_from`];
      const to = fields[`day${day}_to`];
      if (typeof from !== 'string' || !from) {
        ctx.addIssue({ code: 'custom', path: [`day${day}_from`], message: `Enter when ${name} opens.` });
        return null;
      }
      if (typeof to !== 'string' || !to) {
        ctx.addIssue({ code: 'custom', path: [`day${day}_to`], message: `Enter when ${name} closes.` });
        return null;
      }
      const open = toMinutes(from);
      const close = toMinutes(to);
      if (close <= open) {
        ctx.addIssue({ code: 'custom', path: [`day${day}_to`], message: `${name} must close after it opens.` });
        return null;
      }
      return { open, close };
    });
    return { timezone: String(fields.timezone), notifyAdmins: fields.notifyAdmins === true, days };
  });
export type BusinessHoursInput = z.input<typeof businessHoursSchema>;

const isoDay = z
  .string({ error: 'Enter a date.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date like 2026-12-25.' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'Enter a real date.',
  });

export const holidaySchema = z.object({ day: isoDay, name: requiredText('a name', SLA_LIMITS.holidayName) });
export const holidayRemoveSchema = z.object({ day: isoDay });
