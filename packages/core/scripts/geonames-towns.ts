// The Arabic names of the towns of 15,000 people or more that GeoNames (geonames.org, CC BY 4.0) lists, as Debian's
// libgeonames 0.3.0-1 ships them: its city table (`cities.compiled`, a GResource inside `libgeonames.so.0.3.0` of the
// package libgeonames0) and its Arabic catalogue (`geonames.mo` of libgeonames-common, GeoNames' `ar` names keyed by
// the place's GeoNames id). Put them in `scripts/downloads/` first:
//
//   apt-get download libgeonames0=0.3.0-1 libgeonames-common=0.3.0-1
//   dpkg-deb -x libgeonames0_0.3.0-1_amd64.deb lib && dpkg-deb -x libgeonames-common_0.3.0-1_all.deb common
//   gresource extract lib/usr/lib/x86_64-linux-gnu/libgeonames.so.0.3.0 /com/lomiri/geonames/cities.compiled \
//     > scripts/downloads/geonames-cities.compiled
//   cp common/usr/share/locale/ar/LC_MESSAGES/geonames.mo scripts/downloads/geonames-ar.mo
//
// Only the names are taken, never code.
import { readFileSync } from 'node:fs'

/** A town: its GeoNames id, the ISO 3166 code of its state and its Arabic name where GeoNames has one. */
export interface GeoNamesTown {
  id: string
  state: string
  name?: string
}

/**
 * The towns of `cities.compiled`, with the Arabic names of `geonames.mo`. A record of the table opens with the id,
 * the name, the first-level division's code and name, the state's ISO code and name and the time zone, each ended by
 * a NUL byte (binary fields follow); names GeoNames has no Arabic for come back without `name`.
 */
export function geoNamesTowns(citiesFile: string, catalogueFile: string): GeoNamesTown[] {
  const arabic = readCatalogue(catalogueFile)
  const table = readFileSync(citiesFile).toString('latin1')
  const record = /(\d+)\0[^\0]+\0[^\0]*\0[^\0]*\0([A-Z]{2})\0[^\0]+\0[^\0/]+\/[^\0]+\0/g
  const towns: GeoNamesTown[] = []
  for (const [, id, state] of table.matchAll(record)) {
    const name = arabic.get(id!)
    towns.push({ id: id!, state: state!, ...(name !== undefined && { name }) })
  }
  if (towns.length === 0)
    throw new Error(`${citiesFile} holds no city record: is it libgeonames' cities.compiled?`)
  return towns
}

/** Original → translation of a GNU gettext catalogue (the .mo layout of the gettext manual, "The Format of GNU MO Files"). */
function readCatalogue(file: string): Map<string, string> {
  const bytes = readFileSync(file)
  const magic = bytes.readUInt32LE(0)
  if (magic !== 0x950412de && magic !== 0xde120495) throw new Error(`${file} is no gettext .mo catalogue`)
  const u32 = (at: number) => (magic === 0x950412de ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at))
  const string = (table: number, i: number) => {
    const length = u32(table + 8 * i)
    const offset = u32(table + 8 * i + 4)
    return bytes.toString('utf8', offset, offset + length)
  }
  const count = u32(8)
  const originals = u32(12)
  const translations = u32(16)
  const messages = new Map<string, string>()
  for (let i = 0; i < count; i++) messages.set(string(originals, i), string(translations, i))
  return messages
}
