#!/usr/bin/env node
// Local OAuth 2.0 test peer: a real oidc-provider (certified OpenID Connect
// server) plus a small fake X API, both in this one process, both on
// 127.0.0.1 only. No outside network is used.
//
// When ready it prints ONE line of JSON to stdout:
//   {"issuer":"http://127.0.0.1:P","authorizeUrl":…,"tokenUrl":…,
//    "userinfoUrl":…,"revocationUrl":…,"xApiUrl":"http://127.0.0.1:Q",
//    "clientId":"fanout-desktop"}
// Everything else goes to stderr.
//
// The provider knows one native public client (no secret, PKCE S256
// required, any loopback port on http://127.0.0.1/callback), issues a
// refresh token on every code exchange, rotates it on every refresh, and
// allows no clock skew. Its development login page accepts any login and
// password; the login becomes the account's `sub`.
//
// The fake X API answers GET /2/users/me for a bearer token that the
// provider issued and still accepts, in the shape of
// https://developer.x.com/en/docs/x-api/users/lookup/api-reference/get-users-me,
// and with X's documented 401 body otherwise. GET /_fanout/stats on the same
// server reports how many token requests the provider received and the
// sha256 of each refresh token presented, in order.
//
// It runs until SIGTERM/SIGINT or until its stdin closes.
// Env: FANOUT_OIDC_PORT, FANOUT_XAPI_PORT (default: free ports),
//      FANOUT_OIDC_ACCESS_TTL (seconds, default 3600).

import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { createHash, generateKeyPairSync } from 'node:crypto'

const LOOPBACK = '127.0.0.1'
const CLIENT_ID = 'fanout-desktop'

const log = (...parts) => console.error('[oidc-peer]', ...parts)
const writeStdoutLine = (s) => fs.writeSync(1, s + '\n')
console.log = console.error
console.info = console.error

const envInt = (name, fallback) => {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new Error(`invalid ${name} ${JSON.stringify(value)}`)
  return number
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, LOOPBACK, () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

const sha256 = (value) => createHash('sha256').update(String(value)).digest('hex')

const stats = { tokenRequests: 0, refreshTokens: [] }

// Accounts exist on first login; the login is the subject.
const profileOf = (sub) => ({
  sub,
  name: `Display ${sub}`,
  picture: `http://${LOOPBACK}/avatars/${encodeURIComponent(sub)}.png`,
})

async function main() {
  const { default: Provider } = await import('oidc-provider')
  const port = envInt('FANOUT_OIDC_PORT', 0) || (await freePort())
  const issuer = `http://${LOOPBACK}:${port}`

  // RSA: with only an EC key every request fails on the id_token algorithm.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'fanout-test', alg: 'RS256', use: 'sig' }

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: [`http://${LOOPBACK}/callback`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    scopes: [
      'openid', 'offline_access', 'profile', 'w_member_social',
      'tweet.read', 'tweet.write', 'users.read', 'offline.access',
    ],
    claims: { openid: ['sub'], profile: ['name', 'picture'] },
    issueRefreshToken: () => true,
    rotateRefreshToken: () => true,
    clockTolerance: 0,
    ttl: { AccessToken: envInt('FANOUT_OIDC_ACCESS_TTL', 3600) },
    features: { revocation: { enabled: true }, userinfo: { enabled: true } },
    // LinkedIn's userinfo path, so one API base URL serves both.
    routes: { userinfo: '/v2/userinfo' },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => profileOf(sub) }),
    cookies: { keys: [sha256(Math.random())] },
  })
  provider.on('server_error', (_ctx, error) => log('server_error', error.message))

  // Counts token requests before the provider handles them.
  provider.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/token') stats.tokenRequests += 1
    await next()
  })
  const noteRefreshToken = (ctx) => {
    const params = ctx.oidc?.params
    if (params?.grant_type === 'refresh_token' && params.refresh_token)
      stats.refreshTokens.push(sha256(params.refresh_token))
  }
  provider.on('grant.success', noteRefreshToken)
  provider.on('grant.error', (ctx) => noteRefreshToken(ctx))

  const oidcServer = provider.listen(port, LOOPBACK)
  await new Promise((resolve) => oidcServer.once('listening', resolve))

  const unauthorized = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }
  const xApi = http.createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(body))
    }
    try {
      const url = new URL(req.url, `http://${LOOPBACK}`)
      if (req.method === 'GET' && url.pathname === '/_fanout/stats') return send(200, stats)
      if (req.method !== 'GET' || url.pathname !== '/2/users/me') {
        return send(404, { title: 'Not Found Error', type: 'https://api.twitter.com/2/problems/resource-not-found', status: 404, detail: 'Not Found' })
      }
      const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
      const token = match ? await provider.AccessToken.find(match[1]) : undefined
      if (!token || token.isExpired) return send(401, unauthorized)
      const profile = profileOf(token.accountId)
      return send(200, {
        data: {
          id: BigInt(`0x${sha256(profile.sub).slice(0, 15)}`).toString(), // X ids are numeric strings
          username: profile.sub,
          name: profile.name,
          profile_image_url: profile.picture,
        },
      })
    } catch (error) {
      log('x api error', error.message)
      return send(500, { title: 'Internal Server Error', status: 500, detail: 'Internal Server Error' })
    }
  })
  const xPort = envInt('FANOUT_XAPI_PORT', 0)
  await new Promise((resolve) => xApi.listen(xPort, LOOPBACK, resolve))

  const shutdown = (reason) => {
    log('stopping:', reason)
    oidcServer.close()
    xApi.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  if (!process.argv.includes('--ignore-stdin')) {
    process.stdin.on('end', () => shutdown('stdin closed'))
    process.stdin.resume()
  }

  writeStdoutLine(JSON.stringify({
    issuer,
    authorizeUrl: `${issuer}/auth`,
    tokenUrl: `${issuer}/token`,
    userinfoUrl: `${issuer}/v2/userinfo`,
    revocationUrl: `${issuer}/token/revocation`,
    xApiUrl: `http://${LOOPBACK}:${xApi.address().port}`,
    clientId: CLIENT_ID,
  }))
}

main().catch((error) => {
  log('failed to start:', error.stack ?? error.message)
  process.exit(1)
})
