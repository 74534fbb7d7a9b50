// The demo backend over HTTP. It lives inside the demo build's page (msw patches the page's
// `fetch`, docs/decisions/003), so no server process exists to point a client at. This script
// serves the build, opens it in headless Chromium, starts its backend, and forwards every
// request under /api/ on 127.0.0.1:<port> into the page; the conformance suite (and anyone
// with curl) can then talk to the demo build as to a real backend.
//
//   node scripts/demo-api-bridge.mjs [--dir dist-demo] [--port 4300]   (--port 0: any free port)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist-demo' },
    port: { type: 'string', default: '4300' },
  },
});
const HOST = '127.0.0.1';
let stopping = false;
const root = resolve(options.dir);
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fatal(`--port ${options.port}: not a port`);
if (!existsSync(join(root, 'index.html'))) {
  fatal(
    `${root} has no index.html: build it first (npx vite build --mode demo --outDir ${options.dir})`,
  );
}

function fatal(message) {
  console.error(`demo-api-bridge: ${message}`);
  process.exit(1);
}

// ---- the demo build, served on a port of its own -------------------------------------------
// A separate origin keeps the page's own /api/ requests away from the bridge: should the
// backend in the page not answer one, it fails instead of looping back through the bridge.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function staticFile(pathname) {
  const file = resolve(root, `.${decodeURIComponent(pathname)}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  // The app's routes (/demo, /me) are the single page's, as on the static host.
  return extname(pathname) === '' ? join(root, 'index.html') : null;
}

const appServer = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://app');
  const file = staticFile(pathname);
  if (file === null) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

function listen(server, listenPort) {
  return new Promise((done, failed) => {
    server.once('error', failed);
    server.listen(listenPort, HOST, () => {
      server.off('error', failed);
      done(server.address().port);
    });
  });
}

// ---- the page, with its backend started ------------------------------------------------------

const appPort = await listen(appServer, 0);
const appOrigin = `http://${HOST}:${appPort}`;

const executablePath = CHROMIUM_PATH;
const browser = await chromium
  .launch({
    headless: true,
    executablePath,
    args: [...CHROMIUM_FLAGS],
  })
  .catch((error) => fatal(`cannot start Chromium at ${executablePath}: ${error.message}`));
// The app's service worker would answer requests itself (and skip msw's interception).
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
page.on('crash', () => fatal('the page crashed; the demo backend is gone'));
browser.on('disconnected', () => {
  if (!stopping) fatal('Chromium went away');
});
page.on('pageerror', (error) => console.error(`demo-api-bridge: page error: ${error.message}`));

// The backend starts with the app's first API request; the demo screen makes one at once.
await page.goto(`${appOrigin}/demo`);
const deadline = Date.now() + 60_000;
for (;;) {
  const answered = await page.evaluate(async () => {
    try {
      const response = await fetch('/api/__demo/state', {
        headers: { Accept: 'application/json' },
      });
      return response.ok && (response.headers.get('Content-Type') ?? '').includes('json');
    } catch {
      return false;
    }
  });
  if (answered) break;
  if (Date.now() > deadline) fatal('the demo backend did not start in the page within 60 s');
  await new Promise((done) => setTimeout(done, 200));
}

// ---- the bridge ---------------------------------------------------------------------------------

// Hop-by-hop headers and those a page's fetch may not set (the browser would drop them anyway).
const REQUEST_HEADERS_DROPPED = new Set([
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'accept-encoding',
  'origin',
  'referer',
  'cookie',
  'proxy-authorization',
  'proxy-connection',
]);
// The body is written here, whole and uncompressed; Node sets its own length and framing.
const RESPONSE_HEADERS_DROPPED = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

function readBody(req) {
  return new Promise((done, failed) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', failed);
  });
}

/** Runs in the page: the request through the page's (patched) fetch, the answer as plain data. */
async function fetchInPage({ url, method, headers, bodyBase64 }) {
  const body =
    bodyBase64 === null ? undefined : Uint8Array.from(atob(bodyBase64), (c) => c.charCodeAt(0));
  let request;
  try {
    request = new Request(url, { method, headers, body, cache: 'no-store' });
  } catch (error) {
    // Something the browser will not send (a header value it refuses): not the backend's doing.
    return { unsendable: String(error) };
  }
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    return { networkError: String(error) };
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    bodyBase64: btoa(binary),
  };
}

async function forward(req, res) {
  const body = await readBody(req);
  const headers = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    if (!REQUEST_HEADERS_DROPPED.has(name.toLowerCase()))
      headers.push([name, req.rawHeaders[i + 1]]);
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method) && body.length > 0;
  const answer = await page.evaluate(fetchInPage, {
    url: `${appOrigin}${req.url}`,
    method: req.method,
    headers,
    bodyBase64: hasBody ? body.toString('base64') : null,
  });
  if ('unsendable' in answer) {
    res.writeHead(400, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        code: 'BAD_REQUEST',
        message: `The bridge cannot pass this request into the page: ${answer.unsendable}`,
      }),
    );
    return;
  }
  if ('networkError' in answer) {
    // What the backend meant (offline, answer lost): the client sees a broken connection.
    req.socket.destroy();
    return;
  }
  const out = {};
  for (const [name, value] of answer.headers) {
    if (RESPONSE_HEADERS_DROPPED.has(name)) continue;
    out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  const payload = Buffer.from(answer.bodyBase64, 'base64');
  out['content-length'] = String(payload.length);
  res.writeHead(answer.status, answer.statusText, out);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

const bridge = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://bridge');
  if (!pathname.startsWith('/api/')) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('The bridge serves /api/ only.\n');
    return;
  }
  // Requests run side by side, as a real backend receives them.
  forward(req, res).catch((error) => {
    if (stopping) return req.socket.destroy();
    console.error(`demo-api-bridge: ${req.method} ${req.url}: ${error.message}`);
    if (res.headersSent) return req.socket.destroy();
    res
      .writeHead(502, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ code: 'SERVER_ERROR', message: 'The demo bridge failed' }));
  });
});
// A slow-response fault holds answers for a long time; Node's default timeouts would cut them.
bridge.requestTimeout = 0;
bridge.headersTimeout = 0;

let bridgePort;
try {
  bridgePort = await listen(bridge, port);
} catch (error) {
  await browser.close();
  fatal(`cannot listen on ${HOST}:${port}: ${error.message}`);
}

async function stop() {
  if (stopping) return;
  stopping = true;
  bridge.close();
  appServer.close();
  bridge.closeAllConnections();
  appServer.closeAllConnections();
  await browser.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`demo backend bridge: http://${HOST}:${bridgePort}/api (demo build in ${options.dir})`);
