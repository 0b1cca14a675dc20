// SQL files imported as their text (wrangler.toml's `Text` rule; vitest.config.ts and the bundle test load them
// alike): the story Durable Object applies the story state schema to its own storage.
declare module '*.sql' {
  const text: string
  export default text
}
