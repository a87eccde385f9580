#!/usr/bin/env node
// Drives the local oidc-provider's sign-in and consent pages in Debian's
// headless Chromium, the way a person would in their browser:
//
//   node consent.mjs URL [--deny] [--login NAME]
//
// It opens the consent URL, signs in as NAME (default "alice"), then
// approves (or, with --deny, cancels), and exits 0 once the browser was
// redirected to http://127.0.0.1:*/callback and that page loaded. Every
// request to a host other than 127.0.0.1 is blocked (the provider's page
// links a web font). It prints nothing on stdout; progress goes to stderr
// without the URL's query.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

const args = process.argv.slice(2)
const url = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--login')
const deny = args.includes('--deny')
const loginIndex = args.indexOf('--login')
const login = loginIndex >= 0 ? args[loginIndex + 1] : 'alice'
const log = (...parts) => console.error('[consent]', ...parts)

if (!url || !url.startsWith('http://127.0.0.1:')) {
  log('usage: consent.mjs http://127.0.0.1:PORT/... [--deny] [--login NAME]')
  process.exit(2)
}

const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-chromium-'))
const browser = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.FANOUT_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync',
  ],
})
let status = 1
try {
  await browser.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname
    return host === '127.0.0.1' ? route.continue() : route.abort()
  })
  const page = browser.pages()[0] ?? (await browser.newPage())
  page.setDefaultTimeout(30_000)
  const isCallback = (u) => u.hostname === '127.0.0.1' && u.pathname === '/callback'
  const callback = page.waitForURL(isCallback, { waitUntil: 'load', timeout: 60_000 })
  callback.catch(() => {}) // awaited below; this only keeps an early failure from going unhandled

  log('opening the consent page')
  await page.goto(url)
  if (deny) {
    log('cancelling')
    await page.click('a[href*="/abort"]')
  } else {
    log('signing in')
    await page.fill('input[name=login]', login)
    await page.fill('input[name=password]', 'any-password')
    await page.click('button[type=submit]')
    await page.waitForSelector('input[name=prompt][value=consent]', { state: 'attached' })
    log('approving')
    await page.click('button[type=submit]')
  }
  await callback
  log('redirected to the loopback callback')
  status = 0
} catch (error) {
  log('failed:', error.message.split('?')[0])
} finally {
  await browser.close()
  fs.rmSync(profileDir, { recursive: true, force: true })
}
process.exit(status)
