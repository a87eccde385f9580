#!/usr/bin/env node
// Local OAuth 2.0 test peer: a real oidc-provider (certified OpenID Connect
// server) plus a small fake X API, both in this one process, both on
// 127.0.0.1 only. No outside network is used.
//
// When ready it prints ONE line of JSON to stdout:
//   {"issuer":"http://127.0.0.1:P","authorizeUrl":…,"tokenUrl":…,
//    "userinfoUrl":…,"revocationUrl":…,"xApiUrl":"http://127.0.0.1:Q",
//    "clientId":"fanout-desktop",
//    "confidentialClients":{"basic":{"clientId","clientSecret"},"post":{…}}}
// Everything else goes to stderr.
//
// The provider has one native public client (no secret) and two
// confidential ones: "basic" registered with client_secret_basic (X's
// confidential clients) and "post" with client_secret_post (LinkedIn's
// standard flow). Their secrets are random for each run and contain
// characters that RFC 6749 section 2.3.1 requires to be form-encoded in an
// HTTP Basic header. oidc-provider accepts either method from either
// confidential client, so the stats below record which one was used. Every
// client needs PKCE S256 and may use any loopback port on
// http://127.0.0.1/callback. The provider issues a refresh token on every
// code exchange, rotates it on every refresh, and allows no clock skew. Its
// development login page accepts any login and password; the login becomes
// the account's `sub`.
//
// The fake X API answers GET /2/users/me for a bearer token that the
// provider issued and still accepts, in the shape of
// https://developer.x.com/en/docs/x-api/users/lookup/api-reference/get-users-me,
// and with X's documented 401 body otherwise. GET /_fanout/stats on the same
// server reports how many token requests the provider received, the client
// id and authentication method ("basic", "post" or "none") of each, and the
// sha256 of each refresh token presented, all in order.
//
// It runs until SIGTERM/SIGINT or until its stdin closes.
// Env: FANOUT_OIDC_PORT, FANOUT_XAPI_PORT (default: free ports),
//      FANOUT_OIDC_ACCESS_TTL (seconds, default 3600).

import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto'

const LOOPBACK = '127.0.0.1'
const CLIENT_ID = 'fanout-desktop'
const CONFIDENTIAL_CLIENTS = {
  basic: { clientId: 'fanout-confidential-basic', method: 'client_secret_basic' },
  post: { clientId: 'fanout-confidential-post', method: 'client_secret_post' },
}

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

const stats = { tokenRequests: 0, tokenClientAuth: [], refreshTokens: [] }

// ' ', '%', '+', '/', ':' and '=' all change meaning unless form-encoded.
const newClientSecret = () => `s3cr3t %+/:=${randomBytes(18).toString('base64url')}`

const clientAuthMethod = (ctx) => {
  if (ctx.headers.authorization !== undefined) return 'basic'
  if (ctx.oidc?.params?.client_secret) return 'post'
  return 'none'
}

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

  const nativeClient = {
    application_type: 'native',
    redirect_uris: [`http://${LOOPBACK}/callback`],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }
  const confidentialClients = {}
  for (const [name, { clientId, method }] of Object.entries(CONFIDENTIAL_CLIENTS))
    confidentialClients[name] = { clientId, clientSecret: newClientSecret(), method }

  const provider = new Provider(issuer, {
    clients: [
      { ...nativeClient, client_id: CLIENT_ID, token_endpoint_auth_method: 'none' },
      ...Object.values(confidentialClients).map(({ clientId, clientSecret, method }) => ({
        ...nativeClient,
        client_id: clientId,
        client_secret: clientSecret,
        token_endpoint_auth_method: method,
      })),
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

  // Counts token requests before the provider handles them, and records how
  // each client authenticated once the provider has parsed the body.
  provider.use(async (ctx, next) => {
    const isTokenRequest = ctx.method === 'POST' && ctx.path === '/token'
    if (isTokenRequest) stats.tokenRequests += 1
    await next()
    if (isTokenRequest) {
      stats.tokenClientAuth.push({
        clientId: ctx.oidc?.client?.clientId ?? ctx.oidc?.params?.client_id ?? null,
        method: clientAuthMethod(ctx),
        status: ctx.status,
      })
    }
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
    confidentialClients: Object.fromEntries(Object.entries(confidentialClients).map(
      ([name, { clientId, clientSecret }]) => [name, { clientId, clientSecret }])),
  }))
}

main().catch((error) => {
  log('failed to start:', error.stack ?? error.message)
  process.exit(1)
})
