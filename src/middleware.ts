/**
 * Runs on every page as it is built: the page's CSP keeps only the hashes the page uses
 * (src/lib/csp-prune.ts). Other responses (the web manifest, vCards) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { pruneCspHashes } from './lib/csp-prune.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // Prerendered pages carry no content-type here: recognise them by their address instead.
  const type = response.headers.get('content-type');
  const isPage = type ? type.includes('text/html') : context.url.pathname.endsWith('/');
  if (!isPage) return response;
  return new Response(pruneCspHashes(await response.text()), { status: response.status, headers: response.headers });
});
