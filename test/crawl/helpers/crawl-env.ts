import type http from 'node:http';
import {ArchiveStore} from '../../../src/archive/index.js';
import {configFromFlags, type CrawlConfig, type CrawlFlags} from '../../../src/crawl/config.js';
import {HttpFetcher} from '../../../src/fetch/http.js';
import {startFixtureSite, type FixtureSite} from '../../fixtures/site/server.js';
import {tmpDir} from '../../helpers/tmp-dir.js';

/** A fixture site, an empty archive and an HTTP fetcher; `close` undoes all three. */
export interface CrawlEnv {
	site: FixtureSite;
	dir: string;
	store: ArchiveStore;
	fetcher: HttpFetcher;
	/** A one-site config on the fixture site: no per-host delay unless given, `include` = the article folder. */
	config(flags?: Partial<CrawlFlags> & {delayMs?: number; hostConcurrency?: number}): CrawlConfig;
	/** Request paths seen by the site for one path prefix, in order. */
	requested(prefix: string): string[];
	close(): Promise<void>;
}

export const ARTICLES = '/crawl/articles/';

export async function crawlEnv(): Promise<CrawlEnv> {
	const site = await startFixtureSite();
	const {dir, cleanup} = await tmpDir('newsvault-crawl-');
	const store = await ArchiveStore.open(dir);
	const fetcher = new HttpFetcher();
	return {
		site,
		dir,
		store,
		fetcher,
		config(flags = {}) {
			const {delayMs = 0, hostConcurrency, ...rest} = flags;
			const config = configFromFlags({seeds: [`${site.url}crawl/news/`], include: [ARTICLES], name: 'fixture', ...rest});
			for (const s of config.sites) {
				s.perHost.delayMs = delayMs;
				if (hostConcurrency !== undefined) s.perHost.concurrency = hostConcurrency;
			}
			return config;
		},
		requested(prefix) {
			return site.requests.filter((path) => path.startsWith(prefix));
		},
		async close() {
			await fetcher.close();
			await site.close();
			await cleanup();
		},
	};
}

/** robots.txt for the fixture site, served from a route (the site serves public/ at its root). */
export function serveRobots(site: FixtureSite, text: string, status = 200): void {
	site.route('/robots.txt', (_req: http.IncomingMessage, res: http.ServerResponse) => {
		res.writeHead(status, {'content-type': 'text/plain; charset=utf-8'});
		res.end(text);
	});
}

/** Every URL in the archive whose path starts with `prefix`, as paths. */
export async function archivedPaths(store: ArchiveStore, prefix = ARTICLES): Promise<string[]> {
	const paths: string[] = [];
	for await (const url of store.urls()) {
		const {pathname, search} = new URL(url);
		if (pathname.startsWith(prefix)) paths.push(pathname + search);
	}
	return paths.sort();
}

/** `article-07.html` → `/crawl/articles/article-07.html`. */
export function article(n: number): string {
	return `${ARTICLES}article-${String(n).padStart(2, '0')}.html`;
}
