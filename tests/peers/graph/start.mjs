#!/usr/bin/env node
// A fake Facebook Graph API on 127.0.0.1 for Fanout's Facebook and Instagram
// tests. Node's standard library only: nothing to install.
//
// It follows Meta's documented requests and replies (developers.facebook.com,
// read late 2026):
// - Facebook Login, "Manually Build a Login Flow": /{v}/dialog/oauth with
//   client_id, redirect_uri, state, scope, response_type=code; the browser
//   returns to redirect_uri with code and state, or with error=access_denied,
//   error_code=200, error_description=Permissions error, error_reason=user_denied.
//   The code is exchanged at /{v}/oauth/access_token with client_id,
//   client_secret, redirect_uri (identical to the dialog's) and code; a code
//   works once. PKCE (code_challenge S256 / code_verifier) is checked as
//   Facebook Login documents it.
// - "Long-Lived Access Tokens": GET /{v}/oauth/access_token with
//   grant_type=fb_exchange_token, client_id, client_secret, fb_exchange_token.
// - Graph API "User Accounts" (/me/accounts): Pages with id, name,
//   access_token and instagram_business_account, in cursor-paged parts whose
//   paging.next is an absolute URL holding the access token, as "Using the
//   Graph API → Pagination" shows.
// - "/me/permissions": {"data": [{"permission", "status": granted|declined}]}.
// - Instagram Graph API "IG User" fields: id, username, name, profile_picture_url.
// - "Handling Errors": {"error": {"message", "type": "OAuthException", "code",
//   "error_subcode", "fbtrace_id"}} with HTTP 400; code 190 for a dead token
//   with subcode 460 (password changed), 463 (expired) or 467 (invalid, for
//   example after de-authorisation).
//
// The fake rejects what Meta rejects in those pages: a wrong grant_type, a
// missing or wrong client_secret or client_id, a redirect_uri other than the
// dialog's, a reused code (which also invalidates the token it gave), a
// wrong code_verifier, an unknown or revoked token, and any API version but
// the one it serves.
//
// It prints ONE line of JSON when ready:
//   {"url":"http://127.0.0.1:P","version":"v21.0","clientId":…,"clientSecret":…}
// and runs until its standard input closes or SIGTERM.
//
// Test controls (not part of the Graph API):
//   POST /_fanout/scenario {"pages": 3, "instagram": [true, false, true],
//        "declined": ["pages_manage_posts"], "deny": false, "pageSize": 2,
//        "foreignNext": false}
//   POST /_fanout/revoke {"subcode": 460}   every Page token issued so far dies
//   GET  /_fanout/stats    counters, the reasons of rejected requests, and every
//        token and code issued (for the tests' secret scans)
//   GET  /relay?port=N&code&state…  302 to http://127.0.0.1:N/callback?…, as
//        packaging/relay/index.html forwards in a browser

import http from 'node:http'
import { createHash, randomBytes } from 'node:crypto'

const LOOPBACK = '127.0.0.1'
const VERSION = 'v21.0'
const CLIENT_ID = '981234567890123'
const CLIENT_SECRET = randomBytes(16).toString('hex')
const PERMISSIONS = [
  'pages_show_list', 'pages_manage_posts', 'pages_read_engagement', 'business_management',
  'instagram_basic', 'instagram_content_publish',
]

const log = (...parts) => console.error('[graph-peer]', ...parts)

let scenario = { pages: 1, instagram: [true], declined: [], deny: false, pageSize: 2 }
const codes = new Map() // code → { redirectUri, challenge, used, token }
const tokens = new Map() // token → { kind: short|long|page, pageId, revoked: subcode|0 }
const stats = { redirectUris: [], dialogs: 0, codeExchanges: 0, longLivedExchanges: 0, pageLists: 0, rejected: [] }

const userId = '100000000000001'
const pageOf = (index) => ({
  id: String(2000000000001 + index),
  name: `Test Page ${index + 1}`,
  instagramId: scenario.instagram[index] ? String(17841400000000001n + BigInt(index)) : '',
})
const pages = () => Array.from({ length: scenario.pages }, (_, index) => pageOf(index))

const newToken = (kind, extra = {}) => {
  const token = 'EAA' + kind + randomBytes(24).toString('base64url')
  tokens.set(token, { kind, revoked: 0, ...extra })
  return token
}

const send = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

// The error body of Meta's "Handling Errors" page.
const graphError = (res, reason, code, message, subcode, status = 400) => {
  stats.rejected.push(reason)
  log('rejected:', reason)
  const error = { message, type: 'OAuthException', code, fbtrace_id: randomBytes(6).toString('base64url') }
  if (subcode) error.error_subcode = subcode
  send(res, status, { error })
}

const deadToken = (res, subcode) => {
  const messages = {
    460: 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
    463: 'Error validating access token: Session has expired.',
    467: 'Error validating access token: The user has not authorized application ' + CLIENT_ID + '.',
  }
  graphError(res, `token revoked (${subcode})`, 190, messages[subcode] || 'Invalid OAuth access token - Cannot parse access token', subcode)
}

// The token of a Graph call: Authorization: Bearer or access_token.
const bearer = (req, params) => {
  const header = req.headers.authorization || ''
  if (header.startsWith('Bearer ')) return header.slice(7)
  return params.get('access_token') || ''
}

const requireToken = (req, res, params, kinds) => {
  const token = bearer(req, params)
  const entry = tokens.get(token)
  if (!entry) {
    graphError(res, 'unknown token', 190, 'Invalid OAuth access token - Cannot parse access token')
    return null
  }
  if (entry.revoked) {
    deadToken(res, entry.revoked)
    return null
  }
  if (!kinds.includes(entry.kind)) {
    graphError(res, `a ${entry.kind} token where ${kinds.join('/')} is needed`, 190, 'Invalid OAuth access token for this call')
    return null
  }
  return entry
}

const readBody = (req) =>
  new Promise((resolve) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })

const s256 = (verifier) => createHash('sha256').update(verifier).digest('base64url')

function dialog(res, params) {
  stats.dialogs += 1
  const redirectUri = params.get('redirect_uri') || ''
  stats.redirectUris.push(redirectUri)
  if (params.get('client_id') !== CLIENT_ID) return graphError(res, 'dialog: wrong client_id', 101, 'Error validating application. Invalid application ID.')
  if (params.get('response_type') !== 'code') return graphError(res, 'dialog: response_type is not code', 100, 'Invalid response_type')
  let target
  try {
    target = new URL(redirectUri)
  } catch {
    return graphError(res, 'dialog: redirect_uri is not a URL', 100, "Can't Load URL: The domain of this URL isn't included in the app's domains.", 36008)
  }
  if (target.hostname !== LOOPBACK) return graphError(res, 'dialog: redirect_uri not on 127.0.0.1', 100, "Can't Load URL", 36008)
  if (!params.get('state')) return graphError(res, 'dialog: no state', 100, 'state is required by this app')
  target.searchParams.set('state', params.get('state'))
  if (scenario.deny) {
    target.searchParams.set('error', 'access_denied')
    target.searchParams.set('error_code', '200')
    target.searchParams.set('error_description', 'Permissions error')
    target.searchParams.set('error_reason', 'user_denied')
  } else {
    const code = 'AQ' + randomBytes(32).toString('base64url')
    codes.set(code, { redirectUri, challenge: params.get('code_challenge') || '', method: params.get('code_challenge_method') || '', used: false, token: '' })
    target.searchParams.set('code', code)
  }
  res.writeHead(302, { location: target.toString() + '#_=_' })
  res.end()
}

function accessToken(res, params) {
  const grantType = params.get('grant_type')
  if (params.get('client_id') !== CLIENT_ID) return graphError(res, 'token: wrong or missing client_id', 101, 'Error validating application. Invalid application ID.')
  if (!params.has('client_secret')) return graphError(res, 'token: missing client_secret', 1, 'Missing client_secret parameter.')
  if (params.get('client_secret') !== CLIENT_SECRET) return graphError(res, 'token: wrong client_secret', 1, 'Error validating client secret.')

  if (grantType === 'fb_exchange_token') {
    const entry = tokens.get(params.get('fb_exchange_token') || '')
    if (!entry || entry.kind !== 'short' || entry.revoked) return graphError(res, 'exchange: not a live short-lived user token', 190, 'Invalid OAuth access token - Cannot parse access token')
    stats.longLivedExchanges += 1
    return send(res, 200, { access_token: newToken('long'), token_type: 'bearer', expires_in: 5183944 })
  }
  if (grantType !== null && grantType !== 'authorization_code') return graphError(res, `token: grant_type ${grantType}`, 100, 'Unsupported grant_type')

  const code = params.get('code') || ''
  const entry = codes.get(code)
  if (!entry) return graphError(res, 'code: unknown', 100, 'Invalid verification code format.')
  if (entry.used) {
    // A replayed code also ends the token it produced.
    const issued = tokens.get(entry.token)
    if (issued) issued.revoked = 467
    return graphError(res, 'code: reused', 100, 'This authorization code has been used.', 36009)
  }
  entry.used = true
  if (params.get('redirect_uri') !== entry.redirectUri) return graphError(res, 'code: redirect_uri differs from the dialog', 100, 'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request', 36008)
  if (entry.challenge) {
    const verifier = params.get('code_verifier') || ''
    if (entry.method !== 'S256' || s256(verifier) !== entry.challenge) return graphError(res, 'code: code_verifier does not match', 100, 'Invalid code verifier')
  }
  stats.codeExchanges += 1
  entry.token = newToken('short')
  send(res, 200, { access_token: entry.token, token_type: 'bearer', expires_in: 5400 })
}

function permissions(req, res, params) {
  if (!requireToken(req, res, params, ['short', 'long'])) return
  send(res, 200, {
    data: PERMISSIONS.map((permission) => ({ permission, status: scenario.declined.includes(permission) ? 'declined' : 'granted' })),
  })
}

function accounts(req, res, params, url) {
  if (!requireToken(req, res, params, ['long'])) return
  stats.pageLists += 1
  const fields = (params.get('fields') || 'id,name').split(',')
  const all = pages()
  const size = Math.max(1, Math.min(Number(params.get('limit')) || 25, scenario.pageSize))
  const start = params.has('after') ? Number(Buffer.from(params.get('after'), 'base64url').toString()) : 0
  const part = all.slice(start, start + size)
  const data = part.map((page) => {
    const entry = { id: page.id, name: page.name }
    if (fields.includes('access_token')) entry.access_token = newToken('page', { pageId: page.id })
    if (fields.some((field) => field.startsWith('instagram_business_account')) && page.instagramId) entry.instagram_business_account = { id: page.instagramId }
    return entry
  })
  const body = { data }
  if (part.length) {
    body.paging = {
      cursors: {
        before: Buffer.from(String(start)).toString('base64url'),
        after: Buffer.from(String(start + part.length)).toString('base64url'),
      },
    }
    if (start + part.length < all.length) {
      // foreignNext: a broken or hostile server's link to another origin.
      const next = new URL(url.pathname, scenario.foreignNext ? `http://localhost:${port}` : `http://${LOOPBACK}:${port}`)
      next.searchParams.set('access_token', bearer(req, params))
      next.searchParams.set('fields', params.get('fields') || 'id,name')
      next.searchParams.set('limit', String(size))
      next.searchParams.set('after', body.paging.cursors.after)
      body.paging.next = next.toString()
    }
  }
  send(res, 200, body)
}

function node(req, res, params, id) {
  const fields = (params.get('fields') || 'id').split(',')
  if (id === 'me') {
    const entry = requireToken(req, res, params, ['short', 'long', 'page'])
    if (!entry) return
    if (entry.kind === 'page') {
      const page = pages().find((candidate) => candidate.id === entry.pageId) || { id: entry.pageId, name: 'Removed Page' }
      return send(res, 200, { id: page.id, ...(fields.includes('name') ? { name: page.name } : {}) })
    }
    return send(res, 200, { id: userId, ...(fields.includes('name') ? { name: 'Test User' } : {}) })
  }
  const entry = requireToken(req, res, params, ['page'])
  if (!entry) return
  const index = pages().findIndex((candidate) => candidate.instagramId === id)
  const page = pages()[index]
  if (!page || page.id !== entry.pageId) return graphError(res, `node ${id}: not readable with this Page token`, 100, `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 33)
  const profile = {
    id,
    username: `test_insta_${index + 1}`,
    name: `Test Insta ${index + 1}`,
    profile_picture_url: `http://${LOOPBACK}:${port}/pictures/${id}.jpg`,
  }
  send(res, 200, Object.fromEntries(Object.entries(profile).filter(([key]) => fields.includes(key))))
}

async function handle(req, res) {
  const url = new URL(req.url, `http://${LOOPBACK}`)
  let params = url.searchParams
  if (req.method === 'POST') {
    const body = await readBody(req)
    if (url.pathname.startsWith('/_fanout/')) {
      const json = body ? JSON.parse(body) : {}
      if (url.pathname === '/_fanout/scenario') {
        scenario = { pages: 1, instagram: [], declined: [], deny: false, pageSize: 2, ...json }
        return send(res, 200, scenario)
      }
      if (url.pathname === '/_fanout/revoke') {
        for (const entry of tokens.values()) if (entry.kind === 'page') entry.revoked = json.subcode || 467
        return send(res, 200, { revoked: true })
      }
    }
    // The Graph API takes a call's parameters in a form body as well.
    params = new URLSearchParams(body)
    for (const [key, value] of url.searchParams) if (!params.has(key)) params.set(key, value)
  }
  if (url.pathname === '/_fanout/stats') return send(res, 200, { ...stats, tokens: [...tokens.keys()], codes: [...codes.keys()] })
  if (url.pathname === '/relay') {
    const portText = url.searchParams.get('port') || ''
    if (!/^[0-9]{4,5}$/.test(portText)) return send(res, 400, { error: 'relay: bad port' })
    const target = new URL(`http://${LOOPBACK}:${portText}/callback`)
    for (const name of ['code', 'state', 'error', 'error_description']) if (url.searchParams.has(name)) target.searchParams.set(name, url.searchParams.get(name))
    res.writeHead(302, { location: target.toString() })
    return res.end()
  }

  const parts = url.pathname.split('/').filter(Boolean)
  if (parts[0] !== VERSION) return graphError(res, `version ${parts[0]}`, 2635, `(#2635) You are calling a deprecated or unknown version of the Graph API (${parts[0]}).`)
  const path = '/' + parts.slice(1).join('/')
  if (path === '/dialog/oauth' && req.method === 'GET') return dialog(res, params)
  if (path === '/oauth/access_token') return accessToken(res, params)
  if (path === '/me/permissions' && req.method === 'GET') return permissions(req, res, params)
  if (path === '/me/accounts' && req.method === 'GET') return accounts(req, res, params, url)
  if (parts.length === 2 && /^(me|[0-9]+)$/.test(parts[1]) && req.method === 'GET') return node(req, res, params, parts[1])
  graphError(res, `unknown path ${path}`, 100, 'Unknown path components')
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    log('error:', error)
    send(res, 500, { error: { message: 'fake failure', type: 'FakeError', code: 1 } })
  })
})
let port = 0
server.listen(Number(process.env.FANOUT_GRAPH_PORT || 0), LOOPBACK, () => {
  port = server.address().port
  process.stdout.write(JSON.stringify({ url: `http://${LOOPBACK}:${port}`, version: VERSION, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }) + '\n')
})

const stop = () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
}
process.stdin.on('end', stop)
process.stdin.resume()
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
