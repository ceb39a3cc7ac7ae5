/** "1.4 MB", "820 KB", "12 bytes": sizes as people read them (1 KB = 1000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
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
