import 'server-only';
import { ApiReference } from '@scalar/nextjs-api-reference';

export const referenceScriptPath = '/api/docs/reference.js';

/**
 * The interactive reference of `/api/v1`: Scalar's page, its script served by us (versioned, so
 * it can be cached for good), nothing fetched from anywhere else: no CDN, fonts, telemetry or AI chat.
 * `nonce` is the page's script nonce, which the inline start-up script and style need.
 */
export function referencePage({ nonce, version }: { nonce: string; version: string }): Response {
  return ApiReference({
    pageTitle: 'Deskline API',
    cdn: `${referenceScriptPath}?v=${encodeURIComponent(version)}`,
    nonce,
    url: '/api/v1/openapi.json',
    withDefaultFonts: false,
    telemetry: false,
    showDeveloperTools: 'never',
    // The AI chat and MCP generator talk to Scalar's servers.
    agent: { disabled: true },
    mcp: { disabled: true },
    defaultOpenAllTags: false,
    documentDownloadType: 'json',
    metaData: { title: 'Deskline API' },
  })();
}
