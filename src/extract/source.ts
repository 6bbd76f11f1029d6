import {createHash} from 'node:crypto';
import type {Page} from '../fetch/types.js';
import type {Source} from '../snapshot/schema.js';

/** The `source` part of a Snapshot: what was fetched, from where, and the hash of the raw bytes. */
export function sourceOf(page: Page, canonicalUrl: string | null): Source {
	return {
		url: page.url,
		finalUrl: page.finalUrl,
		canonicalUrl,
		host: hostOf(page.finalUrl || page.url),
		fetchedAt: page.fetchedAt,
		status: page.status,
		contentType: page.contentType,
		charset: page.charset || null,
		mode: page.mode,
		sha256: createHash('sha256').update(page.body).digest('hex'),
	};
}

/** The URL's host (with a port only when not the default), lower-cased; empty for unparsable URLs. */
export function hostOf(url: string): string {
	try {
		return new URL(url).host.toLowerCase();
	} catch {
		return '';
	}
}
