/**
 * Where the browser specs find the fixture site that `playwright.config.ts` starts
 * (`test/e2e/serve-fixture-site.ts`). A fixed port, because Playwright's `webServer` waits
 * on a known URL; set NEWSVAULT_E2E_PORT when it is taken.
 */
export const FIXTURE_PORT = Number(process.env['NEWSVAULT_E2E_PORT'] ?? 41731);
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;

/** An absolute URL on the fixture site. */
export function fixtureUrl(pathname: string): string {
	return new URL(pathname, FIXTURE_URL).href;
}
