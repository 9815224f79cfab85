/** A small static file server for previewing the built site on this machine. */
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml'
}

/** Serves `folder` under `pathPrefix` (e.g. `/` or `/archive/`) on localhost; `port` 0 picks a free one. */
export async function serveFolder(folder: string, port: number, pathPrefix = '/'): Promise<{ server: Server; url: string }> {
  const root = path.resolve(folder)
  const server = createServer(async (request, response) => {
    const requested = requestedPath(request.url)
    if (requested === undefined) return badRequest(response)
    if (!requested.startsWith(pathPrefix)) return notFound(response, root)
    let file = path.join(root, requested.slice(pathPrefix.length))
    // With the separator: `/site-x` starts with `/site` but is not in it.
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return notFound(response, root)
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html')
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      await notFound(response, root)
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return { server, url: `http://localhost:${actualPort}${pathPrefix}` }
}

/** The decoded path of a request, or nothing when it cannot be decoded (`/%`) or holds a NUL. */
function requestedPath(url: string | undefined): string | undefined {
  try {
    const decoded = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
    return decoded.includes('\0') ? undefined : decoded
  } catch {
    return undefined
  }
}

function badRequest(response: import('node:http').ServerResponse): void {
  response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
  response.end('Bad request')
}

async function notFound(response: import('node:http').ServerResponse, root: string): Promise<void> {
  const page = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'))
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
  response.end(page)
}
