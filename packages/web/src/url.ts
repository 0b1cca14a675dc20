// The WHATWG URL parser of every runtime this package runs in; typed here because the build declares no globals.
const { URL: WhatwgUrl } = globalThis as unknown as {
  URL: new (input: string, base?: string) => { href: string; protocol: string }
}

/** `href` made absolute against `base`; undefined when either is not a URL. */
export function resolveUrl(href: string, base: string): string | undefined {
  try {
    return new WhatwgUrl(href.trim(), base).href
  } catch {
    return undefined
  }
}

/** Whether `text` is an absolute URL. */
export function isAbsoluteUrl(text: string): boolean {
  try {
    new WhatwgUrl(text)
    return true
  } catch {
    return false
  }
}
