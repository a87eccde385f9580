#!/usr/bin/env node
// Small admin CLI for the local PDS test peer (see README.md).
// The C++ integration tests call it through QProcess. Each command prints
// one line to stdout: JSON, or for mint-expired the bare token. On failure it
// prints the error to stderr and exits 1 (2 for a usage error).
//
//   admin.mjs create-account      PDSURL HANDLE PASSWORD [DISPLAYNAME]
//   admin.mjs create-app-password PDSURL HANDLE PASSWORD NAME
//   admin.mjs revoke-app-password PDSURL HANDLE PASSWORD NAME
//   admin.mjs mint-expired        JWTSECRET DID [AUD]
//
// It imports nothing from node_modules, so it runs before install.sh has run.
// The functions are also exported for start.mjs (seeding the demo account).

import { createHmac } from 'node:crypto'
import { pathToFileURL } from 'node:url'

// The PDS uses did:web:<PDS_HOSTNAME> as its service DID, and start.mjs
// sets PDS_HOSTNAME=localhost. Access tokens must carry this DID as "aud".
export const DEFAULT_SERVICE_DID = 'did:web:localhost'

export class XrpcError extends Error {
  constructor(nsid, status, body) {
    super(`${nsid}: HTTP ${status} ${JSON.stringify(body)}`)
    this.status = status
    this.body = body
  }
}

// Calls an XRPC procedure with POST and throws XrpcError on a non-2xx response.
export async function xrpc(pdsUrl, nsid, body, accessJwt) {
  const headers = { 'content-type': 'application/json' }
  if (accessJwt) headers.authorization = `Bearer ${accessJwt}`
  const res = await fetch(new URL(`/xrpc/${nsid}`, pdsUrl), {
    method: 'POST',
    headers,
    body: JSON.stringify(body ?? {}),
  })
  const text = await res.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    json = { raw: text }
  }
  if (!res.ok) throw new XrpcError(nsid, res.status, json)
  return json
}

export async function createSession(pdsUrl, identifier, password) {
  return xrpc(pdsUrl, 'com.atproto.server.createSession', {
    identifier,
    password,
  })
}

export async function putProfile(pdsUrl, session, displayName) {
  return xrpc(
    pdsUrl,
    'com.atproto.repo.putRecord',
    {
      repo: session.did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: { $type: 'app.bsky.actor.profile', displayName },
    },
    session.accessJwt,
  )
}

export async function createAccount(pdsUrl, handle, password, displayName) {
  const session = await xrpc(pdsUrl, 'com.atproto.server.createAccount', {
    email: `${handle}@example.test`,
    handle,
    password,
  })
  await putProfile(pdsUrl, session, displayName ?? `Display ${handle}`)
  return {
    did: session.did,
    handle: session.handle,
    accessJwt: session.accessJwt,
    refreshJwt: session.refreshJwt,
  }
}

// PASSWORD must be the account's main password, because the PDS rejects
// createAppPassword and revokeAppPassword from an app-password session.
export async function createAppPassword(pdsUrl, handle, password, name) {
  const session = await createSession(pdsUrl, handle, password)
  const created = await xrpc(
    pdsUrl,
    'com.atproto.server.createAppPassword',
    { name },
    session.accessJwt,
  )
  return { password: created.password }
}

export async function revokeAppPassword(pdsUrl, handle, password, name) {
  const session = await createSession(pdsUrl, handle, password)
  await xrpc(
    pdsUrl,
    'com.atproto.server.revokeAppPassword',
    { name },
    session.accessJwt,
  )
  return { ok: true }
}

const base64url = (text) => Buffer.from(text).toString('base64url')

// An app-password access token as the PDS makes it (see
// @atproto/pds/dist/account-manager/helpers/auth.js createAccessToken), but
// expired an hour ago. The PDS checks the signature, then "aud" (it must be
// the service DID, or the response is InvalidToken), then "exp". So this token
// gets 400 ExpiredToken "Token has expired".
// The PDS uses the secret's UTF-8 bytes as the HS256 key.
export function mintExpired(jwtSecret, did, aud = DEFAULT_SERVICE_DID) {
  const now = Math.floor(Date.now() / 1000)
  const header = { typ: 'at+jwt', alg: 'HS256' }
  const payload = {
    scope: 'com.atproto.appPass',
    aud,
    sub: did,
    iat: now - 2 * 3600,
    exp: now - 3600,
  }
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`
  const sig = createHmac('sha256', Buffer.from(jwtSecret, 'utf8'))
    .update(input)
    .digest('base64url')
  return `${input}.${sig}`
}

const USAGE = `usage:
  admin.mjs create-account      PDSURL HANDLE PASSWORD [DISPLAYNAME]
  admin.mjs create-app-password PDSURL HANDLE PASSWORD NAME
  admin.mjs revoke-app-password PDSURL HANDLE PASSWORD NAME
  admin.mjs mint-expired        JWTSECRET DID [AUD]   (AUD defaults to ${DEFAULT_SERVICE_DID})`

async function main(argv) {
  const [cmd, ...args] = argv
  const need = (min, max = min) => {
    if (args.length < min || args.length > max) {
      console.error(USAGE)
      process.exit(2)
    }
  }
  switch (cmd) {
    case 'create-account':
      need(3, 4)
      return createAccount(args[0], args[1], args[2], args[3])
    case 'create-app-password':
      need(4)
      return createAppPassword(...args)
    case 'revoke-app-password':
      need(4)
      return revokeAppPassword(...args)
    case 'mint-expired':
      need(2, 3)
      return { jwt: mintExpired(...args) }
    default:
      console.error(USAGE)
      process.exit(2)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (out) => {
      // mint-expired prints the bare token, the other commands print JSON.
      process.stdout.write(
        (typeof out.jwt === 'string' ? out.jwt : JSON.stringify(out)) + '\n',
      )
    },
    (err) => {
      if (err instanceof XrpcError) {
        console.error(
          JSON.stringify({ error: 'xrpc', status: err.status, body: err.body }),
        )
      } else {
        console.error(String(err?.stack ?? err))
      }
      process.exit(1)
    },
  )
}
