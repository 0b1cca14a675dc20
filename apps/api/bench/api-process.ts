import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { join } from 'node:path'

/**
 * Starts the Node API as its own process on a free port with `env` (the benches' database and corpus), stopped when
 * this process exits; answers the process and its URL once the server says it listens.
 */
export async function startApiProcess(
  env: NodeJS.ProcessEnv,
): Promise<{ server: ChildProcessWithoutNullStreams; url: string }> {
  const server = spawn(process.execPath, [join(import.meta.dirname, '../src/node/main.ts')], {
    env: { ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  }) as unknown as ChildProcessWithoutNullStreams
  process.once('exit', () => server.kill('SIGTERM'))
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.stdout.on('data', (chunk) => {
      out += chunk
      const found = out.match(/Marsad API on (http:\/\/\S+)/)
      if (found) resolve(found[1]!)
    })
    server.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${out}`)))
  })
  return { server, url }
}
