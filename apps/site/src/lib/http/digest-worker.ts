/** SHA-1 of a page's bytes, base64url, for its ETag: WebCrypto, which Workers have without `node:crypto`. */
export async function digest(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes))
  let binary = ''
  for (const byte of hash) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}
