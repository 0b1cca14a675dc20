import { describe, expect, it } from 'vitest'
import { workerClient } from './client.ts'

const { call, post } = workerClient('198.51.100.11')

describe('places in workerd', () => {
  it('knows the administrative divisions of @marsad/core/places, as the Node API does', async () => {
    // بطيوة is a commune only the lists of @marsad/core/places name; وهران the core knows without them.
    const text = 'اندلع حريق في غابة قرب بلدية بطيوة شرق مدينة وهران، وأخمدته فرق الحماية المدنية بعد ساعتين.'
    expect((await post({ id: 'listed-commune', text })).status).toBe(201)
    const { entities } = await (await call('/v1/articles/listed-commune')).json()
    const places = entities
      .filter((e: { kind: string }) => e.kind === 'location')
      .map((e: { name: string }) => e.name)
    expect(places).toEqual(expect.arrayContaining(['بطيوة', 'وهران']))
  })
})
