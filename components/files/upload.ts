export type UploadResult = { ok: true; ref: string } | { ok: false; aborted: boolean; message: string };
export type UploadHandle = { done: Promise<UploadResult>; abort: () => void };

const FAILED = 'The upload failed. Check your connection and try again.';

/**
 * Sends one file to the upload endpoint as the raw request body. XMLHttpRequest, not fetch:
 * only it reports upload progress.
 */
export function uploadFile(file: File, { onProgress }: { onProgress: (percent: number) => void }): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadResult>((resolve) => {
    xhr.open('POST', `/api/v1/files?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      const body = xhr.response as { file?: { ref?: string }; error?: { message?: string } } | null;
      if (xhr.status === 201 && body?.file?.ref) resolve({ ok: true, ref: body.file.ref });
      else resolve({ ok: false, aborted: false, message: body?.error?.message ?? refusalFor(xhr.status) });
    };
    xhr.onerror = () => resolve({ ok: false, aborted: false, message: FAILED });
    xhr.onabort = () => resolve({ ok: false, aborted: true, message: 'Upload cancelled.' });
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

function refusalFor(status: number): string {
  if (status === 413) return 'Too large to attach.';
  if (status === 415) return 'This type of file cannot be attached.';
  if (status === 429) return 'Too many uploads for now. Wait a little and try again.';
  return FAILED;
}
