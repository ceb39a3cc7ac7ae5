/** A JSON body the browser saves as a file rather than shows. */
export function jsonDownload(data: unknown, fileName: string): Response {
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    },
  });
}
