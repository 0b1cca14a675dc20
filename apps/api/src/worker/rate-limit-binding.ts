import type { Quota, Rate, WriteLimiter } from '../http/rate-limit.ts'

/** Cloudflare's Rate Limiting binding, declared by `[[ratelimits]]` in wrangler.toml. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

/**
 * Counts writes with Cloudflare's Rate Limiting binding, so every isolate shares one count per client instead of
 * each keeping its own. Cloudflare keeps the counts per location and updates them eventually, so a burst may pass a
 * little over the limit (https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/). The binding
 * answers only yes or no: what remains is unknown, and a refusal's reset is given as the whole window, the longest
 * it can be.
 */
export class BindingLimiter implements WriteLimiter {
  readonly rate: Rate
  readonly #binding: RateLimitBinding

  constructor(binding: RateLimitBinding, rate: Rate) {
    this.#binding = binding
    this.rate = rate
  }

  async check(client: string): Promise<Quota> {
    const { success } = await this.#binding.limit({ key: client })
    return { allowed: success, remaining: success ? null : 0, reset: this.rate.windowSeconds }
  }
}
