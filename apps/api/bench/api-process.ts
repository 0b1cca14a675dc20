import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { join } from 'node:path'

/**
 * Starts the Node API as its own process on a free port with `env` (the benches' database and corpus), stopped when
 * this process exits; answers the process and its URL once the server says it listens.
 */
export function startApiProcess(
  env: NodeJS.ProcessEnv,
): Promise<{ server: ChildProcessWithoutNullStreams; url: string }> {
  return startNodeProcess(join(import.meta.dirname, '../src/node/main.ts'), [], { ...env, PORT: '0' })
}

/**
 * Runs a Node script as its own process, stopped when this process exits; answers once it prints the `http://` URL
 * it listens on.
 */
export async function startNodeProcess(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeOptions: string[] = [],
): Promise<{ server: ChildProcessWithoutNullStreams; url: string }> {
  const server = spawn(process.execPath, [...nodeOptions, script, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  }) as unknown as ChildProcessWithoutNullStreams
  process.once('exit', () => server.kill('SIGTERM'))
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.stdout.on('data', (chunk) => {
      out += chunk
      const found = out.match(/ on (http:\/\/\S+)/)
      if (found) resolve(found[1]!)
    })
    server.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${out}`)))
  })
  return { server, url }
}
