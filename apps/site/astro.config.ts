import cloudflare from '@astrojs/cloudflare'
import node from '@astrojs/node'
import { defineConfig, envField } from 'astro/config'

// Pages are rendered on demand from the API. Node is the default runtime (`@astrojs/node`, standalone: `node
// dist/server/entry.mjs`); `MARSAD_SITE_ADAPTER=cloudflare` builds the Worker of wrangler.toml, which reaches
// the API through a service binding. `MARSAD_SITE_OUT_DIR` and `MARSAD_SITE_CACHE_DIR` let the tests and the
// benchmark build elsewhere than `dist/`, beside other builds.
const workers = process.env.MARSAD_SITE_ADAPTER === 'cloudflare'

export default defineConfig({
  output: 'server',
  adapter: workers ? cloudflare({ imageService: 'passthrough' }) : node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  ...(process.env.MARSAD_SITE_OUT_DIR && { outDir: process.env.MARSAD_SITE_OUT_DIR }),
  ...(process.env.MARSAD_SITE_CACHE_DIR && { cacheDir: process.env.MARSAD_SITE_CACHE_DIR }),
  // One stylesheet of about 10 KB: inlined, it is compressed with the page and costs no second request.
  build: { inlineStylesheets: 'always' },
  // Read when the server runs, not when it is built (`secret` is Astro's word for that; neither is one).
  env: {
    schema: {
      MARSAD_API_URL: envField.string({ context: 'server', access: 'secret', optional: true, url: true }),
      MARSAD_PUBLIC_URL: envField.string({ context: 'server', access: 'secret', optional: true, url: true }),
    },
  },
  security: { checkOrigin: true },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
})
