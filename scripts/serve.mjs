#!/usr/bin/env node
// A dependency-free static server for the built site (dist/), for `make serve`, the Playwright
// tests and the benchmarks. Why our own: correct MIME types (application/wasm, which
// WebAssembly.instantiateStreaming insists on), loopback only, and one place to set per-path
// headers such as the strict CSP the widget must live under. It also sends what any host of
// dist/ must send (README "Hosting"), so the tests prove those rules:
//   - CORS on the widget's non-HTML files (`Access-Control-Allow-Origin: *`,
//     `Cross-Origin-Resource-Policy: cross-origin`): the script embed is a module script and a
//     wasm fetch from another origin, both CORS requests;
//   - content-hashed files (`name-<12 hex>.ext`, from scripts/build.sh) cached for a year,
//     immutable; everything else `no-cache` with an ETag, so a reload revalidates (304) and
//     every new build is seen at once.
//
// Usage: node scripts/serve.mjs [root]      (root defaults to dist/)
//   PORT=8080 (0 picks a free port), HOST=127.0.0.1, CORS=0 leaves the CORS headers out (to see
//   what a host that forgets them does to the script embed).
// Prints "serving <root> on http://HOST:PORT/" once listening (tests read that line).

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** MIME types by extension; anything else is application/octet-stream. */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The policy every page is served with: the widget must run without inline code or styles. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Headers on every response. */
export const DEFAULT_HEADERS = {
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': STRICT_CSP,
};

/** Cache rule of a content-hashed file: its name changes whenever its bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A content-hashed name, as scripts/build.sh writes them: `kai_ranking_bg-0123456789ab.wasm`. */
export const HASHED = /-[0-9a-f]{12}\.[a-z0-9]+$/;

/** Headers letting any origin use the widget's files (module script, wasm fetch, CSS). */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/**
 * Headers for a file by its path, beyond headersFor's: CORS for every non-HTML file (pages are
 * navigated to, not fetched; an iframe needs no CORS), and the long cache for hashed names.
 */
export function fileHeaders(urlPath, { cors = true } = {}) {
  const out = {};
  const html = /\.html?$/i.test(urlPath) || urlPath.endsWith('/');
  if (cors && !html) Object.assign(out, CORS_HEADERS);
  if (HASHED.test(urlPath)) out['Cache-Control'] = IMMUTABLE;
  return out;
}

/**
 * Per-path header hook: rules applied in order after DEFAULT_HEADERS, each a URL-path test
 * (RegExp or function) and headers to merge; a `null` value removes a header. Example:
 *   { test: /^\/embed\//, headers: { 'Content-Security-Policy': "default-src 'self'" } }
 */
export const PATH_HEADERS = [];

/** Headers for a URL path (exported so tests can check the policy without a server). */
export function headersFor(urlPath, rules = PATH_HEADERS) {
  const out = { ...DEFAULT_HEADERS };
  for (const { test, headers } of rules) {
    const hit = typeof test === 'function' ? test(urlPath) : test.test(urlPath);
    if (!hit) continue;
    for (const [k, v] of Object.entries(headers)) {
      if (v === null) delete out[k];
      else out[k] = v;
    }
  }
  return out;
}

/** A strong ETag from a file's bytes (small files; the whole site is under 1 MB). */
const etags = new Map();
async function etagOf(path, st) {
  const key = `${path}\0${st.size}\0${st.mtimeMs}`;
  let tag = etags.get(key);
  if (!tag) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk);
    tag = `"${hash.digest('hex').slice(0, 20)}"`;
    etags.set(key, tag);
  }
  return tag;
}

/** Whether an If-None-Match header names `tag` (or is `*`). */
function matches(ifNoneMatch, tag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v === tag || v === `W/${tag}`;
  });
}

/**
 * Creates (does not start) a server for `root`. `cors: false` leaves the CORS headers out (the
 * cross-origin tests' host that forgot them).
 */
export function createStaticServer({ root, rules = PATH_HEADERS, log = () => {}, cors = true }) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { ...headersFor('', rules), 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    // Resolve inside root only (no ../ escapes, no NUL).
    const file = normalize(join(base, urlPath));
    if (urlPath.includes('\0') || (file !== base && !file.startsWith(base + sep))) {
      return send(403, 'forbidden\n');
    }
    let path = file;
    try {
      let st = await stat(path);
      if (st.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          res.writeHead(301, { ...headersFor(urlPath, rules), Location: `${urlPath}/` });
          return res.end();
        }
        path = join(path, 'index.html');
        st = await stat(path);
      }
      const type = MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
      const tag = await etagOf(path, st);
      const headers = { ...headersFor(urlPath, rules), ...fileHeaders(path, { cors }), ETag: tag };
      if (matches(req.headers['if-none-match'], tag)) {
        res.writeHead(304, headers);
        log(`304 ${req.method} ${req.url}`);
        return res.end();
      }
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': st.size });
      log(`200 ${req.method} ${req.url}`);
      if (req.method === 'HEAD') return res.end();
      createReadStream(path).on('error', () => res.destroy()).pipe(res);
    } catch {
      log(`404 ${req.method} ${req.url}`);
      send(404, 'not found\n');
    }
  });
}

/** Starts a server; resolves to { server, url } once listening. */
export function serve({ root = 'dist', port = 8080, host = '127.0.0.1', rules, log, cors } = {}) {
  const server = createStaticServer({ root, rules, log, cors });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({ server, url: `http://${host}:${p}/` });
    });
  });
}

// CLI entry.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const verbose = !!process.env.VERBOSE;
  const cors = process.env.CORS !== '0';
  try {
    const st = await stat(join(root, 'index.html'));
    if (!st.isFile()) throw new Error();
  } catch {
    console.error(`serve: ${root}/index.html not found; run 'make dist' first`);
    process.exit(1);
  }
  try {
    const { server, url } = await serve({ root, port, host, cors, log: verbose ? console.log : undefined });
    console.log(`serving ${root}/ on ${url}`);
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(`serve: cannot listen on ${host}:${port}: ${e.code ?? e.message}`);
    process.exit(1);
  }
}
