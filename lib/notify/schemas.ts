import { z } from 'zod';
import { mailChoiceKinds } from './mail-kinds';

/** The preferences form: the kinds left ticked; every other kind the person may choose is off. */
export const mailPreferencesSchema = z.object({
  enabled: z.array(z.enum(mailChoiceKinds, { error: 'Unknown kind of mail.' })).max(mailChoiceKinds.length * 2, { error: 'Too many choices.' }),
});
