#!/usr/bin/env node
// Checks packaging/relay/index.html in Debian's headless Chromium: it passes
// code, state, error and error_description on to http://127.0.0.1:PORT/callback
// unchanged, and with an invalid port it stays on the page. The page is served
// from a static server on 127.0.0.1, and every request to another host fails
// the test.
//
//   node test_relay.mjs   (exit 0 passed, 1 failed, 77 Chromium or the peer's packages missing)
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const pagePath = path.join(here, '..', '..', 'packaging', 'relay', 'index.html')
const playwrightPath = path.join(here, '..', 'peers', 'oidc', 'node_modules', 'playwright-core', 'index.mjs')
const chromiumPath = process.env.FANOUT_CHROMIUM ?? '/usr/bin/chromium'
if (!fs.existsSync(playwrightPath) || !fs.existsSync(chromiumPath)) {
  console.error('skipped: run tests/peers/oidc/install.sh and install chromium')
  process.exit(77)
}
const { chromium } = await import(playwrightPath)

// Starts an HTTP server on 127.0.0.1 and an ephemeral port.
function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

const page = fs.readFileSync(pagePath)
const site = await listen((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  response.end(page)
})
const callbacks = []
const listener = await listen((request, response) => {
  callbacks.push(new URL(request.url, 'http://127.0.0.1'))
  response.writeHead(200, { 'content-type': 'text/plain' })
  response.end('ok')
})
const sitePort = site.address().port
const callbackPort = listener.address().port

const failures = []
const check = (condition, message) => {
  if (!condition) failures.push(message)
}

const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-relay-'))
const browser = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync',
  ],
})
const foreignRequests = []
await browser.route('**/*', (route) => {
  const url = new URL(route.request().url())
  if (url.hostname === '127.0.0.1') return route.continue()
  foreignRequests.push(url.origin)
  return route.abort()
})

// Opens the page with the query and returns where the tab ended up and its status text.
async function openRelay(query) {
  callbacks.length = 0
  const tab = await browser.newPage()
  tab.setDefaultTimeout(15_000)
  await tab.goto(`http://127.0.0.1:${sitePort}/index.html${query}`)
  await tab.waitForLoadState('load')
  // A navigation started by the script would have finished well within this.
  await tab.waitForTimeout(500)
  const result = { url: new URL(tab.url()), status: await tab.textContent('#status').catch(() => null) }
  await tab.close()
  return result
}

try {
  {
    const result = await openRelay(`?code=a%2Bb&state=x%20y&port=${callbackPort}`)
    check(callbacks.length === 1, `code: expected 1 callback request, got ${callbacks.length}`)
    const query = callbacks[0]?.searchParams
    check(callbacks[0]?.pathname === '/callback', 'code: the path is not /callback')
    check(query?.get('code') === 'a+b', 'code: code did not arrive unchanged')
    check(query?.get('state') === 'x y', 'code: state did not arrive unchanged')
    check([...(query?.keys() ?? [])].sort().join() === 'code,state', 'code: unexpected parameters')
    check(result.url.port === String(callbackPort), 'code: the tab did not end at the callback')
  }
  {
    await openRelay(`?error=access_denied&error_description=End-User%20aborted&port=${callbackPort}`)
    const query = callbacks[0]?.searchParams
    check(query?.get('error') === 'access_denied', 'error: error did not arrive')
    check(query?.get('error_description') === 'End-User aborted', 'error: error_description did not arrive')
  }
  for (const port of ['80@evil.example', 'abc', '80', '65536', `${callbackPort}.evil.example`, `${callbackPort}%2F%2Fevil.example`]) {
    const result = await openRelay(`?code=c&state=s&port=${port}`)
    check(callbacks.length === 0, `port ${port}: the listener got a request`)
    check(result.url.port === String(sitePort), `port ${port}: the tab left the relay page`)
    check(/not set up with a valid Fanout port/.test(result.status ?? ''), `port ${port}: no message shown`)
  }
  {
    const result = await openRelay(`?state=s&port=${callbackPort}`)
    check(callbacks.length === 0, 'no code: the listener got a request')
    check(/Nothing to pass on/.test(result.status ?? ''), 'no code: no message shown')
  }
  check(foreignRequests.length === 0, `requests to other hosts: ${foreignRequests.join(', ')}`)
} catch (error) {
  failures.push(`failed: ${error.message}`)
} finally {
  await browser.close()
  fs.rmSync(profileDir, { recursive: true, force: true })
  site.close()
  listener.close()
}

for (const failure of failures) console.error(failure)
console.error(failures.length === 0 ? 'relay page: all checks passed' : `relay page: ${failures.length} check(s) failed`)
process.exit(failures.length === 0 ? 0 : 1)
