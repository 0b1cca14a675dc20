import { socialPlatformNames } from './lexicon.ts'
import type { Found } from './scan.ts'

/**
 * A social platform is no outlet (the annotation guideline, *Entities*): named as where something was posted (في
 * منشور على فيسبوك، عبر منصة إكس) it is no entity; named as a company (شركة فيسبوك) the organisation's head reads it.
 */
export function withoutPlatformOutlets(found: readonly Found[]): Found[] {
  return found.filter((f) => f.kind !== 'media' || !socialPlatformNames.has(f.name.toLowerCase()))
}
