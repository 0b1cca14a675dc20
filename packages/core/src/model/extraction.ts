import * as z from 'zod'

const offset = z.number().int().nonnegative()

export const MentionFormSchema = z.enum(['name', 'alias', 'role', 'nisba', 'head']).meta({
  id: 'MentionForm',
  description:
    'How the entity is named: its full name, a short form (بوتين، or a given name alone: فيصل), a role standing for it (الرئيس الروسي، الوزير), a nisba adjective (الروسي → روسيا), or the head noun alone standing for a body named before (الوزارة، الشركة).',
})

export const MentionSchema = z
  .object({
    start: offset,
    end: offset,
    text: z
      .string()
      .describe(
        '`text.slice(start, end)`: the name as written, without the particles before it (و ف ب ك ل); in لل (ل + ال) the mention starts after the first ل.',
      ),
    form: MentionFormSchema.optional(),
  })
  .meta({ id: 'Mention' })

export const EntityKindSchema = z
  .enum(['person', 'organization', 'location', 'media'])
  .meta({ id: 'EntityKind' })

export const EntitySchema = z
  .object({
    id: z
      .string()
      .describe('`kind:` + the normalised canonical name, words joined by `-`: stable across articles.'),
    kind: EntityKindSchema,
    name: z.string().describe('Canonical name: the full name the article (or the gazetteer) gives.'),
    aliases: z.array(z.string()).describe('Other names the article uses for it (short forms, spellings).'),
    roles: z.array(z.string()).describe('Titles and roles that introduce a person (الرئيس الروسي).'),
    mentions: z.array(MentionSchema),
    gloss: z
      .string()
      .optional()
      .describe('Where a place or outlet is, from the gazetteer (e.g. the country of a city).'),
  })
  .meta({ id: 'Entity' })

export const SpeakerSchema = z
  .object({
    name: z
      .string()
      .describe('The entity’s canonical name, or the speaker as the article words it (بيان الكرملين).'),
    entity: z.string().optional().describe('Id of the entity the speaker is or speaks for.'),
  })
  .meta({ id: 'Speaker' })

export const QuoteKindSchema = z.enum(['direct', 'indirect']).meta({ id: 'QuoteKind' })

export const QuoteSchema = z
  .object({
    kind: QuoteKindSchema,
    text: z.string().describe('The quoted words; for a direct quote without its quote marks.'),
    start: offset,
    end: offset,
    sentence: z
      .number()
      .int()
      .nonnegative()
      .describe('Index into `sentences` of the sentence the quote starts in.'),
    speaker: SpeakerSchema.nullable(),
    verb: z
      .string()
      .optional()
      .describe('Dictionary form of the reporting verb or attribution (قال، أكد، بحسب).'),
    mark: z
      .enum(['guillemets', 'double', 'curly', 'single'])
      .optional()
      .describe('The quote marks of a direct quote: «», "" (or \'\' written for it), “” or ‘’.'),
  })
  .meta({
    id: 'Quote',
    description: 'Speech reported in the article, with who said it when the text says so.',
  })

export const DateMentionSchema = z
  .object({
    text: z.string(),
    start: offset,
    end: offset,
    value: z
      .string()
      .optional()
      .describe(
        'ISO 8601 value at the precision the text gives (2025-01-15, 2025-01, 2025-W03, 2025); relative expressions only when the publication date is known.',
      ),
    kind: z.enum(['absolute', 'relative']).optional(),
    calendar: z.enum(['gregorian', 'hijri']).optional(),
    target: z
      .literal(true)
      .optional()
      .describe(
        'Present when the text names the date as a plan or deadline (رؤية 2030، بحلول عام 2030، حتى نهاية 2035), not as a time of the news: it never dates an article or a story.',
      ),
    since: z
      .literal(true)
      .optional()
      .describe(
        'Present on a time counted back after منذ (منذ ثلاث سنوات، منذ يومين): how long something has lasted as much as when it began. Compared between outlets, but no point in time of the news: it never dates an article.',
      ),
  })
  .meta({ id: 'DateMention' })

export const CitedSourceKindSchema = z.enum(['media', 'organization', 'person', 'anonymous', 'other'])

export const CitedSourceSchema = z
  .object({
    name: z.string(),
    entity: z.string().optional().describe('Id of the cited entity.'),
    kind: CitedSourceKindSchema,
    text: z.string().describe('The citation as written (وكالة "سبوتنيك").'),
    start: offset,
    end: offset,
    cue: z.string().optional().describe('The attribution that cites it (بحسب، وفقاً لـ، نقلاً عن، قال).'),
  })
  .meta({
    id: 'CitedSource',
    description: 'An outlet, agency, body or person the article cites as its source.',
  })

export type MentionForm = z.infer<typeof MentionFormSchema>
export type Mention = z.infer<typeof MentionSchema>
export type EntityKind = z.infer<typeof EntityKindSchema>
export type Entity = z.infer<typeof EntitySchema>
export type Speaker = z.infer<typeof SpeakerSchema>
export type QuoteKind = z.infer<typeof QuoteKindSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type DateMention = z.infer<typeof DateMentionSchema>
export type CitedSourceKind = z.infer<typeof CitedSourceKindSchema>
export type CitedSource = z.infer<typeof CitedSourceSchema>
