import { describe, expect, it } from 'vitest'
import { workerClient } from './client.ts'

const { call, post } = workerClient('198.51.100.11')

/** Stores `text` through the Worker and reads back the names of its entities of `kind`. */
async function entityNames(id: string, text: string, kind: string): Promise<string[]> {
  expect((await post({ id, text })).status).toBe(201)
  const { entities } = await (await call(`/v1/articles/${id}`)).json()
  return entities.filter((e: { kind: string }) => e.kind === kind).map((e: { name: string }) => e.name)
}

describe('the optional word lists in workerd', () => {
  it('knows the administrative divisions of @marsad/core/places, as the Node API does', async () => {
    // بطيوة is a commune only the lists of @marsad/core/places name; وهران the core knows without them.
    const text = 'اندلع حريق في غابة قرب بلدية بطيوة شرق مدينة وهران، وأخمدته فرق الحماية المدنية بعد ساعتين.'
    expect(await entityNames('listed-commune', text, 'location')).toEqual(
      expect.arrayContaining(['بطيوة', 'وهران']),
    )
  })

  it('knows the given names of @marsad/core/names, as the Node API does', async () => {
    // غيداء is a given name only the lists of @marsad/core/names hold; the family name after it vouches for it.
    const text = 'وأكدت غيداء الخطيب أن المعرض يفتح أبوابه للزوار غداً في العاصمة.'
    expect(await entityNames('listed-given-name', text, 'person')).toEqual(['غيداء الخطيب'])
  })
})
