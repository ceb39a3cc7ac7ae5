import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FileStorage } from './index';

export type S3Settings = {
  bucket: string;
  endpoint?: string;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
};

// Parts of 8 MB, two at a time: at most ~16 MB of a file in memory, whatever its size.
const PART_BYTES = 8 * 1024 * 1024;
const QUEUE = 2;

function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);
}

/** Objects in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO), uploaded in parts as they stream in. */
export function createS3Storage(settings: S3Settings): FileStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    credentials: settings.credentials,
    forcePathStyle: settings.forcePathStyle,
    // S3-compatible servers (R2, MinIO) do not all take the checksums AWS now adds by default.
    ...(settings.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {}),
  });
  const Bucket = settings.bucket;
  return {
    async put(key, body, info) {
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: body, ContentType: info.contentType }, partSize: PART_BYTES, queueSize: QUEUE, leavePartsOnError: false });
      await upload.done();
    },
    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        const body = answer.Body;
        if (!body) return null;
        return body instanceof Readable ? body : Readable.fromWeb(body.transformToWebStream() as Parameters<typeof Readable.fromWeb>[0]);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async remove(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
    async signedUrl(key, opts) {
      const command = new GetObjectCommand({ Bucket, Key: key, ResponseContentType: opts.contentType, ResponseContentDisposition: opts.disposition, ResponseCacheControl: 'private, no-store' });
      return getSignedUrl(client, command, { expiresIn: opts.expiresInSeconds });
    },
  };
}
