/**
 * How `npm start` previews a built site: at the address it was built for
 * where it can, so that canonical, feed and sitemap addresses work; a site is
 * built (from seeds/) only when there is none, since an existing one may be
 * someone's archive. Where the preview address differs from the one the site
 * was built for, the reader is told where the site's own addresses point.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export interface PreviewPlan {
  /** Build the site for the preview address first: there is none yet. */
  rebuild: boolean
  port: number
  /** The path the site is served under: the base URL's path. */
  pathPrefix: string
  /** One line for the reader: what is served, and what the site's own absolute addresses point to. */
  note: string
}

const isLocal = (url: URL) => url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'

/**
 * `builtFor` is the base URL the site was built for (none when there is no
 * site); `port` the port asked for, `portGiven` whether the reader asked.
 */
export function planPreview(builtFor: string | undefined, port: number, portGiven: boolean): PreviewPlan {
  const preview = `http://localhost:${port}/`
  if (!builtFor || !URL.canParse(builtFor)) return { rebuild: true, port, pathPrefix: '/', note: `built for ${preview}` }
  const url = new URL(builtFor)
  if (!isLocal(url)) {
    return { rebuild: false, port, pathPrefix: url.pathname, note: `built for ${url.href}: its canonical, feed and sitemap addresses point there, not to this preview` }
  }
  const builtPort = Number(url.port || 80)
  if (builtPort === port || !portGiven) return { rebuild: false, port: builtPort, pathPrefix: url.pathname, note: `built for ${url.href}` }
  return { rebuild: false, port, pathPrefix: url.pathname, note: `built for ${url.href}: its canonical, feed and sitemap addresses point there; rebuild with --base-url http://localhost:${port}${url.pathname} to preview them here` }
}

/** The base URL a built site was made for: its home page's canonical address. */
export async function builtBaseUrl(site: string): Promise<string | undefined> {
  try {
    const home = await readFile(path.join(site, 'index.html'), 'utf8')
    return /<link rel="canonical" href="([^"]+)">/.exec(home)?.[1]
  } catch {
    return undefined
  }
}
