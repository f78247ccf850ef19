import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { decrypt } from 'http_ece'

/** A notification the push service accepted, decrypted as the browser would, with the headers it came with. */
export type PushedMessage = {
  subscription: string
  payload: Record<string, unknown>
  ttl: number
  urgency: string | undefined
  jwt: { aud: string; exp: number; sub: string }
}

/** A browser's side of a subscription: its keys (a P-256 pair and the auth secret) and the JSON it posts. */
export type TestBrowser = {
  id: string
  ecdh: crypto.ECDH
  auth: string
  json: { endpoint: string; keys: { p256dh: string; auth: string } }
}

const base64url = (buffer: Buffer) => buffer.toString('base64url')

/** The VAPID public key (65 bytes, uncompressed P-256 point, base64url) as a key node can verify with. */
const vapidVerifier = (publicKey: string) => {
  const point = Buffer.from(publicKey, 'base64url')
  return crypto.createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: base64url(point.subarray(1, 33)),
      y: base64url(point.subarray(33, 65)),
    },
    format: 'jwk',
  })
}

/**
 * A self-signed certificate for 127.0.0.1 (push services speak https only, and so does `web-push`), made by the
 * openssl command; this process's https requests trust it.
 */
const localCertificate = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-push-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  const certificate = {
    key: fs.readFileSync(path.join(dir, 'key.pem')),
    cert: fs.readFileSync(path.join(dir, 'cert.pem')),
  }
  fs.rmSync(dir, { recursive: true, force: true })
  https.globalAgent.options.ca = [certificate.cert]
  return certificate
}

/**
 * A local push service (RFC 8030, over https) for tests: each subscription it makes is a browser's key pair (node's ECDH on
 * prime256v1) and auth secret; a message posted to it must carry `Authorization: vapid t=<JWT>, k=<key>`
 * (RFC 8292) signed by the CMS's VAPID key for this origin, and is decrypted (RFC 8291, aes128gcm) with the
 * browser's private key. Subscriptions in `gone` answer 410, as for a browser that unsubscribed.
 */
export const pushService = async (vapidPublicKey: string) => {
  const received: PushedMessage[] = []
  const browsers = new Map<string, TestBrowser>()
  const gone = new Set<string>()
  const refused: string[] = []
  const verifier = vapidVerifier(vapidPublicKey)
  const server = https.createServer(localCertificate(), (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const answer = (status: number, reason?: string) => {
        if (reason) refused.push(reason)
        res.writeHead(status).end(reason ?? '')
      }
      const id = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1]
      const browser = id ? browsers.get(id) : undefined
      if (req.method !== 'POST' || !browser) return answer(404, 'no such subscription')
      if (gone.has(browser.id)) return answer(410)
      const auth = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(req.headers.authorization ?? '')
      if (!auth || auth[2] !== vapidPublicKey) return answer(401, 'no VAPID authorization')
      const [header, claims, signature] = auth[1]!.split('.') as [string, string, string]
      const signed = crypto.verify(
        'sha256',
        Buffer.from(`${header}.${claims}`),
        { key: verifier, dsaEncoding: 'ieee-p1363' },
        Buffer.from(signature, 'base64url'),
      )
      const jwt = JSON.parse(Buffer.from(claims, 'base64url').toString()) as PushedMessage['jwt']
      if (!signed || jwt.aud !== origin || jwt.exp * 1000 < Date.now()) return answer(403, 'bad VAPID token')
      if (req.headers['content-encoding'] !== 'aes128gcm') return answer(415, 'not aes128gcm')
      const plain = decrypt(Buffer.concat(chunks), {
        version: 'aes128gcm',
        privateKey: browser.ecdh,
        authSecret: browser.auth,
      })
      received.push({
        subscription: browser.id,
        payload: JSON.parse(plain.toString('utf8')) as Record<string, unknown>,
        ttl: Number(req.headers.ttl),
        urgency: req.headers.urgency as string | undefined,
        jwt,
      })
      answer(201)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    received,
    refused,
    gone,
    /** A new browser's subscription: what `PushSubscription.toJSON()` would give the page's script. */
    subscribe: (): TestBrowser => {
      const ecdh = crypto.createECDH('prime256v1')
      ecdh.generateKeys()
      const id = crypto.randomBytes(8).toString('hex')
      const auth = base64url(crypto.randomBytes(16))
      const browser = {
        id,
        ecdh,
        auth,
        json: { endpoint: `${origin}/push/${id}`, keys: { p256dh: base64url(ecdh.getPublicKey()), auth } },
      }
      browsers.set(id, browser)
      return browser
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
