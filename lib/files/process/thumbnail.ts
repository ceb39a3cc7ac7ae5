import type { Readable } from 'node:stream';
import sharp from 'sharp';

export const THUMBNAIL_PX = 320;
export const THUMBNAIL_TYPE = 'image/webp';
// Beyond this an image is refused rather than decoded: about 160 MB of pixels in memory.
const MAX_INPUT_PIXELS = 40_000_000;

/** The image could not be decoded: corrupt, truncated, or too large. Trying again will not help. */
export class UnreadableImageError extends Error {
  override name = 'UnreadableImageError';
}

async function readAll(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) {
      body.destroy();
      throw new UnreadableImageError(`the image is larger than ${maxBytes} bytes`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * A WebP of at most 320 × 320 px (never enlarged), turned as the photo's EXIF says, first frame
 * of an animation, metadata dropped. The file is read whole first (it is capped by the upload
 * limit, and decoding needs all of it anyway), which keeps a storage failure — worth a retry —
 * apart from a corrupt image, which is not.
 */
export async function makeThumbnail(body: Readable, maxBytes: number): Promise<Buffer> {
  const input = await readAll(body, maxBytes);
  try {
    return await sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: THUMBNAIL_PX, height: THUMBNAIL_PX, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer();
  } catch (error) {
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
  }
}
