import 'server-only';
import type { Actor } from '@/lib/access/actor';
import { AppError, FIELDS_INVALID_MESSAGE, isAppError } from '@/lib/errors';
import { stageFile } from '@/lib/files/stage';

/**
 * The files a form sends with its message: refs of files the browser uploaded already
 * (`attachments`), and files posted with the form itself (`files`, the path without JavaScript),
 * each staged here. A file refused (too large, a refused type) fails the form on its field.
 * Files staged before the message is refused stay unclaimed; the sweeper removes them.
 */
export async function attachmentRefsFromForm(actor: Actor, formData: FormData, context: { ip?: string } = {}): Promise<string[]> {
  const refs = formData.getAll('attachments').filter((value): value is string => typeof value === 'string' && value !== '');
  const posted = formData.getAll('files').filter((value): value is File => typeof value !== 'string' && value.size > 0);
  for (const file of posted) {
    try {
      const staged = await stageFile(actor, { body: file.stream(), fileName: file.name, declaredType: file.type || undefined }, context);
      refs.push(staged.ref);
    } catch (error) {
      // Too large or a refused type: said on the field, naming the file. Anything else as it came.
      if (!isAppError(error) || (error.code !== 'payload_too_large' && error.code !== 'unsupported_media_type' && error.code !== 'validation')) throw error;
      throw new AppError('validation', FIELDS_INVALID_MESSAGE, {
        fields: { attachments: [`${file.name}: ${error.message}`] },
      });
    }
  }
  return refs;
}
