const KB = 1024;
const MB = 1024 * 1024;

/** "1.4 MB", "820 KB", "12 bytes": in the same units as the upload limits (1 MB = 1024 KB). */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < MB) return `${Math.round(bytes / KB)} KB`;
  const mb = bytes / MB;
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/zip': 'ZIP archive',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'text/html': 'HTML',
  'application/json': 'JSON',
  'application/msword': 'Word document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.ms-excel': 'Excel sheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel sheet',
  'image/svg+xml': 'SVG image',
};

/** A short name for a content type: "PNG image", "PDF", else the type itself. */
export function typeLabel(contentType: string): string {
  const known = typeNames[contentType];
  if (known) return known;
  const [group, sub] = contentType.split('/');
  if (group === 'image' && sub) return `${sub.toUpperCase()} image`;
  return contentType;
}
