#!/usr/bin/env node
// Local Bluesky test peer: a real @atproto/pds with its own did:plc
// directory (@did-plc/server, in-memory), both in this one process, both on
// 127.0.0.1 only. No outside network is used.
//
// When ready it prints ONE line of JSON to stdout:
//   {"pdsUrl":"http://127.0.0.1:P","plcUrl":"http://127.0.0.1:Q",
//    "serviceDid":"did:web:localhost","jwtSecret":"…","adminPassword":"…"}
// (with --seed / FANOUT_PDS_SEED=1 also "handle","did","password","appPassword"
// of the demo account alice.test). Everything else goes to stderr.
//
// It runs until SIGTERM/SIGINT or until its stdin closes, so a parent test
// process that dies takes it down. When stdin is /dev/null (as for
// `node start.mjs &` in a script) it is not watched; --ignore-stdin (or
// FANOUT_PDS_IGNORE_STDIN=1) turns the watch off in any case. The temporary
// data directory is removed at exit.
//
// Env: FANOUT_PDS_PORT, FANOUT_PLC_PORT (default: free ports),
//      FANOUT_PDS_SEED=1, FANOUT_PDS_IGNORE_STDIN=1,
//      FANOUT_PDS_LOG=1 (PDS logs to stderr; default off).

import net from 'node:net'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes, generateKeyPairSync } from 'node:crypto'

const LOOPBACK = '127.0.0.1'
const args = new Set(process.argv.slice(2))
const truthy = (value) => value === '1' || value === 'true' || value === 'yes'
const seed = args.has('--seed') || truthy(process.env.FANOUT_PDS_SEED)
// When stdin is /dev/null or not open, no parent process has its other end
// open, and watching it would stop the peer at once. Such a stdin is ignored.
const stdinIsDevNull = () => {
  try {
    const stat = fs.fstatSync(0)
    return stat.isCharacterDevice() && stat.rdev === fs.statSync('/dev/null').rdev
  } catch {
    return true
  }
}
const ignoreStdin =
  args.has('--ignore-stdin') ||
  truthy(process.env.FANOUT_PDS_IGNORE_STDIN) ||
  stdinIsDevNull()

const log = (...parts) => console.error('[pds-peer]', ...parts)

// stdout carries only the one JSON line, so stray console output goes to stderr.
const writeStdoutLine = (s) => fs.writeSync(1, s + '\n')
console.log = console.error
console.info = console.error

// Forces every listening socket in this process onto 127.0.0.1, whatever
// host (or none) the libraries pass. Unix socket paths and handles are left
// alone.
const originalListen = net.Server.prototype.listen
net.Server.prototype.listen = function (...listenArgs) {
  const callback =
    typeof listenArgs[listenArgs.length - 1] === 'function' ? listenArgs.pop() : undefined
  const callbackArgs = callback ? [callback] : []
  const first = listenArgs[0]
  let options
  if (first === undefined || first === null) {
    options = { port: 0 }
  } else if (typeof first === 'number' || /^\d+$/.test(String(first))) {
    // listen(port[, host][, backlog]): the host is dropped, the backlog kept.
    options = { port: Number(first) }
    const backlog = listenArgs.slice(1).find((arg) => typeof arg === 'number')
    if (backlog !== undefined) options.backlog = backlog
  } else if (
    typeof first === 'object' &&
    !first._handle &&
    first.fd === undefined &&
    first.path === undefined
  ) {
    options = { ...first }
  } else {
    return originalListen.call(this, ...listenArgs, ...callbackArgs)
  }
  options.host = LOOPBACK
  delete options.ipv6Only
  return originalListen.call(this, options, ...callbackArgs)
}

const envPort = (name) => {
  const value = process.env[name]
  if (value === undefined || value === '') return 0
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid ${name} ${JSON.stringify(value)}: expected a port number 0-65535, or unset for a free port`)
  }
  return port
}

// The PDS must know its own port before it starts (it puts its URL into
// DID documents), so a free port is picked here first.
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, LOOPBACK, () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

// Creates a secp256k1 private key as 64 hex digits, for PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX.
const k256PrivateHex = () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
  return Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url').toString('hex')
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fanout-pds-'))
let removed = false
const removeDataDir = () => {
  if (removed) return
  removed = true
  try {
    fs.rmSync(dataDir, { recursive: true, force: true })
  } catch (e) {
    log('could not remove', dataDir, e.message)
  }
}
process.on('exit', removeDataDir)

let plc = null
let pds = null
let stopping = false
async function shutdown(reason, code = 0) {
  if (stopping) return
  stopping = true
  log('stopping:', reason)
  const force = setTimeout(() => {
    removeDataDir()
    process.exit(code)
  }, 5000)
  force.unref()
  try {
    if (pds) await pds.destroy()
  } catch (e) {
    log('pds.destroy:', e.message)
  }
  try {
    if (plc) await plc.destroy()
  } catch (e) {
    log('plc.destroy:', e.message)
  }
  removeDataDir()
  process.exit(code)
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
process.on('SIGHUP', () => shutdown('SIGHUP'))

async function main() {
  const jwtSecret = randomBytes(32).toString('hex')
  const adminPassword = randomBytes(16).toString('hex')

  // Logging is read from the env when the libraries load, so set it first.
  if (truthy(process.env.FANOUT_PDS_LOG)) {
    process.env.LOG_ENABLED = 'true'
    process.env.LOG_DESTINATION = '/dev/stderr'
  } else {
    process.env.LOG_ENABLED = 'false'
  }

  const plcMod = await import('@did-plc/server')
  const { PlcServer, Database } = plcMod.default ?? plcMod
  plc = PlcServer.create({ db: Database.mock(), port: envPort('FANOUT_PLC_PORT') })
  const plcHttp = await plc.start()
  const plcUrl = `http://${LOOPBACK}:${plcHttp.address().port}`

  const pdsPort = envPort('FANOUT_PDS_PORT') || (await freePort())
  Object.assign(process.env, {
    PDS_PORT: String(pdsPort),
    PDS_HOSTNAME: 'localhost',
    PDS_DEV_MODE: 'true',
    PDS_DID_PLC_URL: plcUrl,
    PDS_INVITE_REQUIRED: 'false',
    PDS_CRAWLERS: '',
    PDS_JWT_SECRET: jwtSecret,
    PDS_ADMIN_PASSWORD: adminPassword,
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: k256PrivateHex(),
    PDS_DATA_DIRECTORY: dataDir,
    PDS_BLOBSTORE_DISK_LOCATION: path.join(dataDir, 'blobs'),
  })
  const pdsMod = await import('@atproto/pds')
  const { PDS, readEnv, envToCfg, envToSecrets } = pdsMod.default ?? pdsMod
  const env = readEnv()
  const cfg = envToCfg(env)
  // With PDS_HOSTNAME=localhost the PDS calls itself http://localhost:PORT,
  // and "localhost" may resolve to ::1, where nothing listens. Use the
  // address it really listens on, for DID documents and OAuth metadata alike.
  const pdsUrl = `http://${LOOPBACK}:${pdsPort}`
  cfg.service.publicUrl = pdsUrl
  if (cfg.oauth && !cfg.entryway) cfg.oauth.issuer = pdsUrl
  const secrets = envToSecrets(env)
  pds = await PDS.create(cfg, secrets)
  await pds.start()

  const health = await fetch(`${pdsUrl}/xrpc/_health`)
  if (!health.ok) throw new Error(`PDS health check at ${pdsUrl}/xrpc/_health failed: HTTP ${health.status}`)

  const out = {
    pdsUrl,
    plcUrl,
    serviceDid: cfg.service.did,
    jwtSecret,
    adminPassword,
  }

  if (seed) {
    const admin = await import('./admin.mjs')
    const handle = 'alice.test'
    const password = randomBytes(12).toString('hex')
    const account = await admin.createAccount(pdsUrl, handle, password, 'Alice Example')
    const appPassword = await admin.createAppPassword(pdsUrl, handle, password, 'fanout-demo')
    Object.assign(out, {
      handle: account.handle,
      did: account.did,
      password,
      appPassword: appPassword.password,
    })
  }

  writeStdoutLine(JSON.stringify(out))
  log('ready:', pdsUrl, '(data in', dataDir + ')')

  if (!ignoreStdin) {
    process.stdin.on('end', () => shutdown('stdin closed'))
    process.stdin.on('close', () => shutdown('stdin closed'))
    process.stdin.on('error', () => shutdown('stdin error'))
    process.stdin.on('data', () => {})
    process.stdin.resume()
  }
}

main().catch((e) => {
  log('failed to start:', e?.stack ?? e)
  shutdown('startup failure', 1)
})
