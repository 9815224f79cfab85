/** Debian's Chromium driven by playwright-core, for the browser tests; absent, the tests say why they skip, and fail under CI. */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  if (existsSync(chromiumPath)) return undefined
  const reason = `no Chromium at ${chromiumPath} (install it with: apt-get install -y chromium)`
  if (process.env['CI'] === 'true') throw new Error(`browser tests must run in CI, but there is ${reason}`)
  return reason
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
}
