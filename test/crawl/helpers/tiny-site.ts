import type http from 'node:http';
import {startServer} from '../../helpers/server.js';

/**
 * A small generated news site on loopback for politeness and retry tests: `/news.html`
 * links `/a/1.html` … `/a/<n>.html`. Every request is logged with the injected clock's
 * time and how many requests were in flight, and any path's answer can be replaced.
 */

export interface Hit {
	path: string;
	/** The injected clock's time when the request arrived. */
	at: number;
	/** Requests in flight at the server when this one arrived, this one included. */
	inFlight: number;
	headers: http.IncomingHttpHeaders;
}

export type Behaviour = (req: http.IncomingMessage, res: http.ServerResponse, hit: Hit, count: number) => void | Promise<void>;

export interface TinySite {
	url: string;
	hits: Hit[];
	/** Replace the answer for one path; `count` is 1 on the first request for it. */
	on(path: string, behaviour: Behaviour): void;
	hitsFor(path: string): Hit[];
	close(): Promise<void>;
}

export function articleHtml(n: number, extra = ''): string {
	const text = `Article ${n} covers a phone launch in the detail readers expect: the price, the availability, what changed from last year and what did not. `;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}</title>
<meta property="og:title" content="Story ${n}"><meta property="article:published_time" content="2025-03-01T10:00:00+00:00"></head>
<body><article><h1>Story ${n}</h1><p>${text.repeat(3)}</p><p>${text.repeat(2)}</p><p>${text.repeat(2)}${extra}</p></article></body></html>`;
}

export async function startTinySite(options: {articles: number; now: () => number; robots?: string}): Promise<TinySite> {
	const behaviours = new Map<string, Behaviour>();
	const counts = new Map<string, number>();
	const hits: Hit[] = [];
	let inFlight = 0;
	const server = await startServer(async (req, res) => {
		const path = req.url ?? '/';
		inFlight += 1;
		res.on('close', () => {
			inFlight -= 1;
		});
		const hit: Hit = {path, at: options.now(), inFlight, headers: req.headers};
		hits.push(hit);
		const count = (counts.get(path) ?? 0) + 1;
		counts.set(path, count);
		const behaviour = behaviours.get(path);
		if (behaviour) return void (await behaviour(req, res, hit, count));
		if (path === '/robots.txt') {
			if (options.robots === undefined) return void res.writeHead(404).end();
			return void res.writeHead(200, {'content-type': 'text/plain'}).end(options.robots);
		}
		if (path === '/news.html') {
			const links = Array.from({length: options.articles}, (_, i) => `<li><a href="/a/${i + 1}.html">Story ${i + 1}</a></li>`).join('');
			return void res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(`<!doctype html><title>News</title><ul>${links}</ul>`);
		}
		const match = /^\/a\/(\d+)\.html$/.exec(path);
		if (match) return void res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(articleHtml(Number(match[1])));
		res.writeHead(404, {'content-type': 'text/html'}).end('<!doctype html><title>Not found</title>');
	});
	return {
		url: server.url,
		hits,
		on(path, behaviour) {
			behaviours.set(path, behaviour);
		},
		hitsFor(path) {
			return hits.filter((hit) => hit.path === path);
		},
		close: () => server.close(),
	};
}
