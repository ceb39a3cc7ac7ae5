'use client';

import { type DragEvent, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/desk/use-hydrated';
import { cn } from '@/components/ui/cn';
import { formatBytes } from './file-facts';
import { type UploadHandle, uploadFile } from './upload';

export type FileLimits = { perMessage: number; maxBytes: number };

type Props = {
  limits: FileLimits;
  label?: string;
  /** A refusal from the server for the files as a whole (too many, too large in all). */
  error?: string;
  /** Told while any upload is under way, so the form can wait for it before sending. */
  onBusyChange?: (busy: boolean) => void;
};

type Item = {
  key: number;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'error';
  /** 0–100 while uploading. */
  progress: number;
  ref?: string;
  error?: string;
};

/**
 * Files for a message. Without JavaScript a plain multiple file input posts the files with the
 * form. With it each file is uploaded as soon as it is chosen or dropped, with its progress, and
 * the form carries only the references (`attachments`); the input loses its name so nothing is
 * sent twice.
 */
export function FilePicker({ limits, label = 'Attach files', error, onBusyChange }: Props) {
  const hydrated = useHydrated();
  // The error summary links to #field-attachments.
  const id = 'field-attachments';
  const inputRef = useRef<HTMLInputElement>(null);
  const uploads = useRef(new Map<number, UploadHandle>());
  const nextKey = useRef(1);
  const [items, setItems] = useState<Item[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);

  const busy = items.some((item) => item.status === 'uploading');
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  useEffect(() => {
    const running = uploads.current;
    return () => running.forEach((upload) => upload.abort());
  }, []);

  const update = (key: number, change: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  function add(files: FileList | File[]) {
    const counted = items.filter((item) => item.status !== 'error');
    let count = counted.length;
    let total = counted.reduce((sum, item) => sum + item.size, 0);
    const added: Item[] = [];
    for (const file of Array.from(files)) {
      const item: Item = { key: nextKey.current++, name: file.name, size: file.size, status: 'uploading', progress: 0 };
      const refusal =
        count >= limits.perMessage
          ? `Not added: up to ${limits.perMessage} files per message.`
          : file.size > limits.maxBytes
            ? `Too large: files may be up to ${formatBytes(limits.maxBytes)}.`
            : total + file.size > limits.maxBytes
              ? `Not added: the files of one message may be up to ${formatBytes(limits.maxBytes)} in all.`
              : null;
      if (refusal) {
        added.push({ ...item, status: 'error', error: refusal });
        continue;
      }
      count += 1;
      total += file.size;
      added.push(item);
      start(item.key, file);
    }
    setItems((current) => [...current, ...added]);
    const refused = added.filter((item) => item.status === 'error');
    setAnnouncement(
      refused.length
        ? refused.map((item) => `${item.name}: ${item.error}`).join(' ')
        : `Uploading ${added.map((item) => item.name).join(', ')}.`,
    );
  }

  function start(key: number, file: File) {
    let lastQuarter = 0;
    const upload = uploadFile(file, {
      onProgress: (progress) => {
        update(key, { progress });
        const quarter = Math.floor(progress / 25);
        if (quarter > lastQuarter && progress < 100) {
          lastQuarter = quarter;
          setAnnouncement(`${file.name}: ${progress}% uploaded.`);
        }
      },
    });
    uploads.current.set(key, upload);
    upload.done.then((result) => {
      uploads.current.delete(key);
      if (result.ok) {
        update(key, { status: 'done', progress: 100, ref: result.ref });
        setAnnouncement(`${file.name} uploaded.`);
      } else if (!result.aborted) {
        update(key, { status: 'error', error: result.message });
        setAnnouncement(`${file.name}: ${result.message}`);
      }
    });
  }

  function remove(item: Item) {
    uploads.current.get(item.key)?.abort();
    uploads.current.delete(item.key);
    setItems((current) => current.filter((other) => other.key !== item.key));
    setAnnouncement(`${item.name} removed.`);
    inputRef.current?.focus();
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length) add(event.dataTransfer.files);
  };

  const hint = `Optional. Up to ${limits.perMessage} files, ${formatBytes(limits.maxBytes)} in all.`;
  const errorId = `${id}-error`;

  return (
    <div data-testid="file-picker">
      {hydrated ? (
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={cn(
            'rounded-xl border-2 border-dashed p-4 text-sm transition-colors',
            dragging ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-slate-50',
          )}
          data-testid="drop-zone"
        >
          <p id={`${id}-label`} className="font-medium text-slate-800">
            {label}
          </p>
          <p id={`${id}-hint`} className="mt-1 text-slate-600">
            {hint}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <input
              ref={inputRef}
              id={id}
              type="file"
              multiple
              className="peer sr-only"
              aria-labelledby={`${id}-label`}
              aria-describedby={[`${id}-hint`, error ? errorId : ''].filter(Boolean).join(' ')}
              onChange={(event) => {
                if (event.target.files?.length) add(event.target.files);
                event.target.value = '';
              }}
            />
            <label
              htmlFor={id}
              className="inline-flex min-h-11 cursor-pointer items-center rounded-lg bg-white px-4 py-2.5 font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 hover:bg-slate-50"
            >
              Choose files
            </label>
            <span className="text-slate-600">or drag them here</span>
          </div>
        </div>
      ) : (
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            {label}
          </label>
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-500">
            {hint}
          </p>
          <input
            id={id}
            type="file"
            name="files"
            multiple
            aria-describedby={`${id}-hint`}
            className="mt-1.5 block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-white file:px-4 file:font-semibold file:text-slate-800 file:ring-1 file:ring-slate-300 file:ring-inset"
          />
        </div>
      )}
      {error ? (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700" data-testid="error-attachments">
          {error}
        </p>
      ) : null}
      {items.length ? (
        <ul className="mt-3 space-y-2" aria-label="Files to send">
          {items.map((item) => (
            <li
              key={item.key}
              className={cn('rounded-lg p-3 text-sm ring-1', item.status === 'error' ? 'bg-red-50 ring-red-300' : 'bg-white ring-slate-200')}
              data-testid="picked-file"
              data-status={item.status}
            >
              <div className="flex items-center gap-3">
                <p className="min-w-0 flex-1">
                  <span className="block font-medium break-all text-slate-900">{item.name}</span>
                  <span className="text-slate-600">
                    {formatBytes(item.size)}
                    {item.status === 'uploading' ? ` · uploading ${item.progress}%` : item.status === 'done' ? ' · ready to send' : ''}
                  </span>
                </p>
                <button
                  type="button"
                  onClick={() => remove(item)}
                  aria-label={`Remove ${item.name}`}
                  className="min-h-11 shrink-0 rounded-lg px-3 font-semibold text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none"
                >
                  Remove
                </button>
              </div>
              {item.status === 'uploading' ? (
                <progress
                  value={item.progress}
                  max={100}
                  aria-label={`Uploading ${item.name}`}
                  className="mt-2 h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
                />
              ) : null}
              {item.error ? (
                <p className="mt-1 font-medium text-red-800" data-testid="picked-file-error">
                  {item.error}
                </p>
              ) : null}
              {item.ref ? <input type="hidden" name="attachments" value={item.ref} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
