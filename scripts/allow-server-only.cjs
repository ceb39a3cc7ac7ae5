// Preloaded (node --require) by scripts that use lib/ outside Next: 'server-only' marks modules
// Next must keep out of the browser, and outside Next there is no browser to keep them from.
// The react-server condition would do the same but also swaps react-dom/server, which mail
// rendering needs. 'server-only' resolves to this file, which exports nothing.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, loaded before any ES module
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  if (request === 'server-only') return __filename;
  return resolve.call(this, request, ...rest);
};
