import type { D1Migration } from 'cloudflare:test'
import type { Env as WorkerEnv } from '../../src/worker/index.ts'
import type { RateLimitBinding } from '../../src/worker/rate-limit-binding.ts'

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import('../../src/worker/index.ts')
    }
    interface Env extends WorkerEnv {
      MARSAD_API_TOKEN: string
      TEST_MIGRATIONS: D1Migration[]
      TEST_WRITE_LIMITER: RateLimitBinding
    }
  }
}
