import type { EntityKind } from '@marsad/core'

/** Arabic names of the core's entity kinds, singular and plural. */
export const entityKinds: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'شخص', many: 'أشخاص' },
  organization: { one: 'جهة أو منظمة', many: 'جهات ومنظمات' },
  location: { one: 'مكان', many: 'أماكن' },
  media: { one: 'وسيلة إعلام', many: 'وسائل إعلام' },
}

export const entityKindOrder: EntityKind[] = ['person', 'organization', 'location', 'media']
