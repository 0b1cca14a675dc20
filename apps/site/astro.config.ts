import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

// The public address of the site, for the feed, the sitemap and canonical links. `MARSAD_SITE_OUT_DIR` and
// `MARSAD_SITE_CACHE_DIR` let the tests and the benchmark build elsewhere than `dist/`, beside other builds.
const site = process.env.MARSAD_SITE_URL ?? 'http://127.0.0.1:4321'

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  ...(process.env.MARSAD_SITE_OUT_DIR && { outDir: process.env.MARSAD_SITE_OUT_DIR }),
  ...(process.env.MARSAD_SITE_CACHE_DIR && { cacheDir: process.env.MARSAD_SITE_CACHE_DIR }),
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
})
