import { z } from 'zod';
import type { StagedFile } from '@/lib/files/stage';

export const stagedFileResource = z
  .object({
    id: z.uuid().meta({ example: '5f0c2b8e-3d41-4c6a-9b7e-8a1d2c3e2a10' }),
    ref: z.string().meta({ description: 'Send it in `attachments` of the ticket or message this file belongs to; valid for 24 hours.', example: '5f0c2b8e-3d41-4c6a-9b7e-8a1d2c3e2a10.kQ3vT9xLw2' }),
    name: z.string().meta({ example: 'damaged-box.jpg' }),
    contentType: z.string().meta({ description: 'The type found in the file’s content, not the one claimed.', example: 'image/jpeg' }),
    size: z.number().int().nonnegative().meta({ description: 'Bytes.', example: 482113 }),
  })
  .meta({ id: 'StagedFile' });

export const stagedFileAnswer = z.object({ file: stagedFileResource });

export function toStagedFileResource(file: StagedFile): z.infer<typeof stagedFileAnswer> {
  return { file: { id: file.id, ref: file.ref, name: file.fileName, contentType: file.contentType, size: file.sizeBytes } };
}
