import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import type { Fetch } from '../feeds/polite-client.ts'

// Addresses a feed must never make the server fetch: this machine, its private networks, link-local (cloud
// metadata services live at 169.254.169.254), carrier-grade NAT, multicast and the reserved ranges.
const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6')
}

/** Whether `address` (an IP literal) is one the poller must not reach. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return PRIVATE.check(address, 'ipv4')
  if (family !== 6) return false
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? PRIVATE.check(mapped[1]!, 'ipv4') : PRIVATE.check(address, 'ipv6')
}

/**
 * `fetch` for the Node poller that refuses hosts resolving to a private address, so that a feed (or an item in
 * it) cannot make the server read its own network and store it as public articles. A name is resolved first and
 * every address it has is checked. `MARSAD_POLL_PRIVATE=1` lifts this, for a poller meant for an intranet.
 */
export function publicFetch(network: Fetch): Fetch {
  return async (input, init) => {
    const host = new URL(input).hostname.replace(/^\[(.*)\]$/, '$1')
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address)
    const inside = addresses.find(isPrivateAddress)
    if (inside !== undefined) {
      throw new TypeError('fetch refused', {
        cause: { message: `${host} is a private address (${inside}); set MARSAD_POLL_PRIVATE=1 to poll one` },
      })
    }
    return network(input, init)
  }
}
