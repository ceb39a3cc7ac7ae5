import { attachmentHref, type AttachmentView } from '@/lib/files/read';
import { formatBytes, typeLabel } from './file-facts';

type Props = {
  files: AttachmentView[];
  /** The private link's token, for a visitor reading through it. */
  token?: string;
};

/**
 * A message's files: images ready with a thumbnail as pictures that open full size, every other
 * file as its name, type and size with a download link. A file still being checked, or removed by
 * the virus scan, is named without a link.
 */
export function AttachmentList({ files, token }: Props) {
  if (files.length === 0) return null;
  const pictures = files.filter((file) => file.state === 'ready' && file.isImage && file.hasThumbnail);
  const others = files.filter((file) => !pictures.includes(file));
  return (
    <div className="mt-4 space-y-3" data-testid="attachments">
      <h3 className="sr-only">Attached files</h3>
      {pictures.length ? (
        <ul className="flex flex-wrap gap-3" aria-label="Attached pictures">
          {pictures.map((file) => (
            <li key={file.id}>
              <a
                href={attachmentHref(file, { token })}
                target="_blank"
                rel="noopener"
                className="block overflow-hidden rounded-lg ring-1 ring-slate-300 hover:ring-brand-600 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none"
                data-testid="attachment-thumbnail"
              >
                {/* The thumbnail is served by the app after a permission check; next/image would proxy it again. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={attachmentHref(file, { thumbnail: true, token })}
                  alt={`${file.fileName} (opens full size)`}
                  width={112}
                  height={112}
                  loading="lazy"
                  className="size-28 bg-slate-100 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length ? (
        <ul className="space-y-1.5 text-sm" aria-label="Attached files">
          {others.map((file) => (
            <li key={file.id} className="flex flex-wrap items-baseline gap-x-2 break-all" data-testid="attachment">
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 self-center fill-slate-500">
                <path d="M15.6 9.4 10 15a3.5 3.5 0 0 1-5-5l6-6a2.3 2.3 0 0 1 3.3 3.3l-6 6a1.2 1.2 0 0 1-1.7-1.7l5.6-5.6-1-1-5.6 5.6a2.6 2.6 0 0 0 3.7 3.7l6-6A3.8 3.8 0 0 0 10 3l-6 6a5 5 0 0 0 7 7l5.6-5.6z" />
              </svg>
              {file.state === 'ready' ? (
                <a href={attachmentHref(file, { token })} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {file.fileName}
                </a>
              ) : (
                <span className="font-medium text-slate-800">{file.fileName}</span>
              )}
              <span className="text-slate-600">
                {typeLabel(file.contentType)} · {formatBytes(file.sizeBytes)}
              </span>
              {file.state === 'checking' ? <span className="text-slate-600 italic">checking…</span> : null}
              {file.state === 'blocked' ? <span className="font-medium text-red-700">removed by the virus scan</span> : null}
              {file.state === 'unchecked' ? <span className="text-slate-600 italic">could not be checked for viruses</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
