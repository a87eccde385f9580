// Shared plumbing of the platform fakes in this folder: a plain Node HTTP
// server on 127.0.0.1 (never another interface), JSON and form helpers, the
// /_fake/* control endpoints the tests use, and the ready line on stdout.
// The process stops when its standard input closes, so a crashed test never
// leaves it behind.

import http from 'node:http';
import crypto from 'node:crypto';

export function randomToken(prefix) {
  // '+' and '/' on purpose: a client must encode them in queries and forms.
  return prefix + crypto.randomBytes(24).toString('base64');
}

export function sendJson(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text)});
  response.end(text);
}

export function redirect(response, location) {
  response.writeHead(302, {Location: location, 'Content-Length': 0});
  response.end();
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request)
    chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseForm(request, body) {
  const type = (request.headers['content-type'] || '').split(';')[0].trim();
  return type === 'application/x-www-form-urlencoded' ? new URLSearchParams(body) : null;
}

// Starts the fake. routes(request, response, url, body) returns false for a
// path it does not serve; state is what /_fake/config overwrites and
// /_fake/stats reports through stats().
export function startFake({name, state, routes, stats, reset}) {
  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url, `http://127.0.0.1:${server.address().port}`);
      const body = await readBody(request);
      if (url.pathname === '/_fake/config' && request.method === 'POST') {
        Object.assign(state, JSON.parse(body || '{}'));
        if (reset)
          reset();
        return sendJson(response, 200, state);
      }
      if (url.pathname === '/_fake/stats')
        return sendJson(response, 200, stats());
      if (await routes(request, response, url, body) === false)
        sendJson(response, 404, {error: `${name} fake: no route ${request.method} ${url.pathname}`});
    } catch (error) {
      sendJson(response, 500, {error: String(error)});
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const base = `http://127.0.0.1:${server.address().port}`;
    process.stdout.write(JSON.stringify({name, baseUrl: base}) + '\n');
  });
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  return server;
}
