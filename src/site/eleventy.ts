/**
 * The one seam to Eleventy: renders `templates/` with the site data into a
 * folder. Nunjucks escapes everything it prints; article text reaches the
 * templates only as data, never as template source.
 */
import Eleventy, { HtmlBasePlugin } from '@11ty/eleventy'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SiteData } from './data.ts'

export const templatesFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates')

export interface RenderOptions {
  output: string
  /** The path the site is served under, e.g. `/` or `/archive/`. */
  pathPrefix: string
}

/** Renders every page into `options.output`. */
export async function renderSite(site: SiteData, options: RenderOptions): Promise<void> {
  const eleventy = new Eleventy(templatesFolder, options.output, {
    quietMode: true,
    pathPrefix: options.pathPrefix,
    config(config: EleventyConfig) {
      config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false })
      config.setTemplateFormats(['njk'])
      config.addGlobalData('site', site)
      config.addPassthroughCopy({ [path.join(templatesFolder, 'assets')]: 'assets' })
      config.addPlugin(HtmlBasePlugin)
      config.setDataDirectory('no-data-directory')
    }
  })
  await eleventy.write()
}

interface EleventyConfig {
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void
  setTemplateFormats(formats: string[]): void
  addGlobalData(name: string, value: unknown): void
  addPassthroughCopy(paths: Record<string, string>): void
  addPlugin(plugin: unknown): void
  setDataDirectory(folder: string): void
}
