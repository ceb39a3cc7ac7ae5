import { env } from '@/lib/env';

export type FileLimits = {
  /** Files on one message. */
  perMessage: number;
  /** Bytes of one message's files together, and so of any one file. */
  maxBytes: number;
};

export function fileLimits(): FileLimits {
  return { perMessage: env.FILES_MAX_PER_MESSAGE, maxBytes: env.FILES_MAX_MESSAGE_MB * 1024 * 1024 };
}

/** "25 MB", for messages people read. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
