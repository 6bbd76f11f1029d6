import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Page} from '../../src/fetch/types.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/** The fixture site's files, read directly (the loopback tests serve the same files). */
const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'site', 'public');

export function fixtureHtml(relativePath: string): string {
	return readFileSync(path.join(PUBLIC_DIR, relativePath), 'utf8');
}

/** A fixture page as if fetched from its real site's URL (so host-matched profiles apply). */
export function fixturePage(relativePath: string, url: string, overrides: Partial<Page> = {}): Page {
	return pageFromHtml(fixtureHtml(relativePath), url, overrides);
}

export const PHONEARENA_THREAD = {
	file: 'phonearena/huawei-futurewei-export-block.html',
	url: 'https://www.phonearena.com/news/Huawei-US-research-Futurewei-blocked-export-China_id112858',
};
export const PHONEARENA_GUEST = {
	file: 'phonearena/pixel-3-lite-leak-guest-comment.html',
	url: 'https://www.phonearena.com/news/Google-Pixel-3-Lite-leak_id112901',
};
export const WORDPRESS_BLOG = {
	file: 'techblog/2024/05/14/pixel-8a-review.html',
	url: 'https://pocketsignal.example/2024/05/14/pixel-8a-review/',
};
export const MICRODATA_REVIEW = {
	file: 'handsetdaily/galaxy-s24-battery-test.html',
	url: 'https://www.handsetdaily.example/reviews/galaxy-s24-battery-test',
};

/** Corpus and seeds are read in place, never copied into the repository. */
export const SHARED_DIR = '/work/shared';
