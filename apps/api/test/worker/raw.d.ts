// Vite's `?raw` imports: a file's text, bundled into the test Worker (workerd has no file system to read seeds from).
declare module '*.txt?raw' {
  const text: string
  export default text
}
