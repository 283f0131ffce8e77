// The static server behind `make serve` and these tests: MIME types browsers insist on, what a
// host must send for the embed to work on other origins (CORS on the widget's files, README
// "Hosting"), the cache rules (hashed names for a year, the rest revalidated by ETag), the
// strict CSP on every page, the per-path header hook, and no escape from its root.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STRICT_CSP, headersFor, serve } from '../../scripts/serve.mjs';

let root;
let server;
let url;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kai-serve-'));
  mkdirSync(join(root, 'pkg'));
  mkdirSync(join(root, 'embed'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'embed', 'index.html'), '<!doctype html><title>e</title>');
  writeFileSync(join(root, 'pkg', 'a.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(join(root, 'a.css'), 'a{}');
  writeFileSync(join(root, 'a.js'), 'export {}');
  writeFileSync(join(root, 'a.json'), '{}');
  writeFileSync(join(root, 'pkg', 'g-0123456789ab.js'), 'export {}');
  writeFileSync(join(root, 'pkg', 'w_bg-abcdef012345.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  const rules = [{ test: /^\/embed\//, headers: { 'X-Frame-Options': null, 'Content-Security-Policy': "default-src 'none'" } }];
  ({ server, url } = await serve({ root, port: 0, rules }));
});
after(() => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }));

/** Raw request (fetch would normalise the path). */
function raw(method, path, headers = {}, base = url) {
  return new Promise((ok, fail) => {
    const req = request(new URL(base), { method, path, headers }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('wasm, JS and CSS are served with the MIME types browsers require', async () => {
  assert.equal((await raw('GET', '/pkg/a.wasm')).headers['content-type'], 'application/wasm');
  assert.match((await raw('GET', '/a.js')).headers['content-type'], /^text\/javascript/);
  assert.match((await raw('GET', '/a.css')).headers['content-type'], /^text\/css/);
  assert.match((await raw('GET', '/a.json')).headers['content-type'], /^application\/json/);
});

test('the widget files allow any origin; pages do not need to', async () => {
  for (const path of ['/a.js', '/a.css', '/a.json', '/pkg/a.wasm', '/pkg/g-0123456789ab.js']) {
    const h = (await raw('GET', path)).headers;
    assert.equal(h['access-control-allow-origin'], '*', path);
    assert.equal(h['cross-origin-resource-policy'], 'cross-origin', path);
  }
  for (const path of ['/', '/embed/']) {
    assert.equal((await raw('GET', path)).headers['access-control-allow-origin'], undefined, path);
  }
});

test('a server started with cors: false sends no CORS headers (the host that forgot them)', async () => {
  const bare = await serve({ root, port: 0, cors: false });
  try {
    const h = (await raw('GET', '/a.js', {}, bare.url)).headers;
    assert.equal(h['access-control-allow-origin'], undefined);
    assert.equal(h['cross-origin-resource-policy'], undefined);
    assert.match(h['content-type'], /^text\/javascript/);
  } finally {
    await new Promise((ok) => { bare.server.close(ok); bare.server.closeAllConnections(); });
  }
});

test('hashed names are cached a year, immutable; the rest revalidate by ETag (304)', async () => {
  for (const path of ['/pkg/g-0123456789ab.js', '/pkg/w_bg-abcdef012345.wasm']) {
    assert.equal((await raw('GET', path)).headers['cache-control'], 'public, max-age=31536000, immutable', path);
  }
  assert.equal((await raw('GET', '/pkg/w_bg-abcdef012345.wasm')).headers['content-type'], 'application/wasm');
  for (const path of ['/', '/a.js', '/pkg/a.wasm']) {
    const first = await raw('GET', path);
    assert.equal(first.headers['cache-control'], 'no-cache', path);
    const tag = first.headers.etag;
    assert.match(tag, /^"[0-9a-f]{20}"$/, path);
    const again = await raw('GET', path, { 'If-None-Match': tag });
    assert.equal(again.status, 304, path);
    assert.equal(again.body, '', path);
    assert.equal((await raw('GET', path, { 'If-None-Match': '"other"' })).status, 200, path);
  }
});

test('every page carries the strict CSP and is revalidated on every use', async () => {
  for (const path of ['/', '/a.js', '/missing']) {
    const r = await raw('GET', path);
    assert.equal(r.headers['content-security-policy'], STRICT_CSP, path);
    assert.equal(r.headers['cache-control'], 'no-cache', path);
  }
  assert.equal(STRICT_CSP, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
});

test('per-path rules override headers for their paths only', async () => {
  assert.equal((await raw('GET', '/embed/')).headers['content-security-policy'], "default-src 'none'");
  assert.equal((await raw('GET', '/')).headers['content-security-policy'], STRICT_CSP);
  const h = headersFor('/x', [{ test: (p) => p === '/x', headers: { 'Cache-Control': null } }]);
  assert.equal(h['Cache-Control'], undefined, 'a null value removes a header');
});

test('directories redirect to their slash form and serve index.html', async () => {
  const r = await raw('GET', '/embed');
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/embed/');
  assert.match((await raw('GET', '/embed/')).body, /<title>e<\/title>/);
});

test('nothing outside the root is reachable, and only GET/HEAD are allowed', async () => {
  assert.equal((await raw('GET', '/..%2f..%2fetc%2fpasswd')).status, 403);
  assert.equal((await raw('GET', '/%00')).status, 403);
  assert.equal((await raw('GET', '/nope.js')).status, 404);
  assert.equal((await raw('POST', '/')).status, 405);
  const head = await raw('HEAD', '/a.css');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
});
