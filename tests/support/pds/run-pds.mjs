// A real Bluesky PDS (with a mock-database PLC) on 127.0.0.1, for tests only.
// Prints {"pds": URL, "plc": URL} as one JSON line when both listen; SIGTERM stops both.
import { createRequire } from 'node:module'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

const require = createRequire(path.join(process.env.PDS_MODULES, 'package.json'))
const pds = await import(require.resolve('@atproto/pds'))
const plcModule = require('@did-plc/server')
const { Secp256k1Keypair } = await import(require.resolve('@atproto/crypto'))

// Both servers call listen(port) without a host; bind them to loopback only.
function loopbackOnly(app) {
  const listen = app.listen.bind(app)
  app.listen = (port, ...rest) => listen(port, '127.0.0.1', ...rest.filter((a) => typeof a === 'function'))
}

const dataDir = process.env.PDS_DATA_DIR
await (await import('node:fs/promises')).mkdir(path.join(dataDir, 'blobs'), { recursive: true })
const plc = plcModule.PlcServer.create({ db: plcModule.Database.mock(), port: 0 })
loopbackOnly(plc.app)
const plcListener = await plc.start()
const plcUrl = `http://127.0.0.1:${plcListener.address().port}`

const port = Number(process.env.PDS_PORT)
const rotation = await Secp256k1Keypair.create({ exportable: true })
const env = {
  port, hostname: 'localhost', devMode: true, version: '0.0.0',
  dataDirectory: dataDir, blobstoreDiskLocation: path.join(dataDir, 'blobs'),
  didPlcUrl: plcUrl, serviceHandleDomains: ['.test'], inviteRequired: false,
  disableSsrfProtection: true, jwtSecret: randomBytes(16).toString('hex'),
  dpopSecret: randomBytes(32).toString('hex'), adminPassword: 'admin-pass',
  plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotation.export()).toString('hex'),
  bskyAppViewUrl: undefined, crawlers: [],
}
const server = await pds.PDS.create(pds.envToCfg(env), pds.envToSecrets(env))
loopbackOnly(server.app)
await server.start()
console.log(JSON.stringify({ pds: `http://localhost:${port}`, plc: plcUrl }))

async function stop() {
  await server.destroy().catch(() => {})
  await plc.destroy().catch(() => {})
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
