import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

/*
 * Debian's chromium driven by playwright-core: never a browser download. Each run gets a new
 * profile folder, and every request the page makes is recorded so tests can prove that none
 * leaves loopback.
 */

/** Where Debian installs chromium; `.ci/run` installs it when missing. */
export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium'

/** Why browser tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  return existsSync(CHROMIUM) ? null : `chromium not found at ${CHROMIUM} (apt-get install chromium)`
}

/** Screenshots land here; the folder is git-ignored. */
export const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots')

export interface TestBrowser {
  context: BrowserContext
  /** Every URL requested by any page. */
  requests: string[]
  /** Page errors and dialogs: anything here means a script ran that should not have. */
  incidents: string[]
  newPage(width?: number): Promise<Page>
  close(): Promise<void>
}

/** Starts chromium headless with a fresh profile. */
export async function launch(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'))
  mkdirSync(SCREENSHOTS, { recursive: true })
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
  })
  const requests: string[] = []
  const incidents: string[] = []
  context.on('request', (request) => {
    requests.push(request.url())
  })
  context.on('page', (page) => {
    page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`))
    page.on('dialog', (dialog) => {
      incidents.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
  })
  return {
    context,
    requests,
    incidents,
    async newPage(width = 1280) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 900 })
      return page
    },
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Saves a full-page screenshot as `test-artifacts/screenshots/NAME.png`. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path, fullPage })
  return path
}
