import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// The anchor of the site's page comparison: Astro at its plainest, rendering on demand with the same adapter as
// the site, and nothing else (no middleware, no env schema, no stylesheet).
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  ...(process.env.MARSAD_SITE_OUT_DIR && { outDir: process.env.MARSAD_SITE_OUT_DIR }),
  ...(process.env.MARSAD_SITE_CACHE_DIR && { cacheDir: process.env.MARSAD_SITE_CACHE_DIR }),
  devToolbar: { enabled: false },
})
