import { AppError } from '@/lib/errors';

export const MAX_FILE_NAME = 255;

/**
 * The name a file is shown and downloaded under: the last part of whatever path the browser
 * sent, without control characters, in NFC. Refused (422, field `name`) when nothing is left or
 * it is too long to keep.
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = base.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (!name || name === '.' || name === '..') throw new AppError('validation', 'Give the file a name.', { fields: { name: ['Give the file a name.'] } });
  if (name.length > MAX_FILE_NAME) {
    throw new AppError('validation', `File names may be at most ${MAX_FILE_NAME} characters.`, { fields: { name: [`File names may be at most ${MAX_FILE_NAME} characters.`] } });
  }
  return name;
}
