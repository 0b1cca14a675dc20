import api from '../../package.json' with { type: 'json' }

/**
 * The User-Agent of every request the poller makes: `Marsad/<version>`, and a page or address where a site's
 * owner can read what the poller does and reach whoever runs it (`+url`, as crawlers write it), when one is set.
 * `Marsad` is the agent robots.txt rules name.
 */
export function userAgent(contact?: string): string {
  return contact ? `Marsad/${api.version} (+${contact})` : `Marsad/${api.version}`
}
