/** Images the browser shows inline and the thumbnailer reads. */
export const rasterImageTypes: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Shown in the browser when opened; everything else (HTML, SVG, XML, scripts…) only downloads. */
export const inlineTypes: ReadonlySet<string> = new Set([...rasterImageTypes, 'application/pdf', 'text/plain']);

export function isRasterImage(contentType: string): boolean {
  return rasterImageTypes.has(contentType);
}
