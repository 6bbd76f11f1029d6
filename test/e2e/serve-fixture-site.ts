import {startFixtureSite} from '../fixtures/site/server.js';
import {FIXTURE_PORT} from './fixture-site-url.js';

/**
 * The fixture site for the browser specs, as a process Playwright's `webServer` starts:
 * `npx tsx test/e2e/serve-fixture-site.ts`. Adds the behaviours static files cannot express.
 */

const site = await startFixtureSite({port: FIXTURE_PORT});

// Requests that are accepted and never answered: a page that never finishes loading.
site.route('/js/never-responds.js', () => undefined);
site.route('/js/never-responds', () => undefined);

site.route('/js/redirect-to-lazy-thread', (_req, res) => {
	res.writeHead(302, {location: '/js/lazy-thread'});
	res.end();
});

process.stdout.write(`fixture site on ${site.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		void site.close().finally(() => process.exit(0));
	});
}
