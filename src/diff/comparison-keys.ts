/**
 * Comparison keys for values that a page can spell in several ways without changing what
 * they mean to a reader. Equal keys mean "same value".
 */

/** The same instant written in another offset is the same time; unparseable values compare as written. */
export function instantKey(value: string | null): string {
	if (value === null) return '';
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? value : String(ms);
}

/** http vs https, a fragment or a trailing slash do not make another page. */
export function urlKey(value: string | null): string {
	if (value === null) return '';
	try {
		const url = new URL(value);
		return `${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
	} catch {
		return value.trim();
	}
}

/**
 * A file-like image path (`/img/x.jpg`) names the picture; its query string is usually CDN
 * resize or cache-busting parameters that change between renders. Without an extension the
 * query may be what names the picture (`image.php?id=7`), so it is kept.
 */
export function imageKey(value: string | null): string {
	if (value === null) return '';
	try {
		const url = new URL(value);
		const fileLike = /\.[a-z0-9]{2,5}$/i.test(url.pathname);
		return `${url.host}${url.pathname}${fileLike ? '' : url.search}`;
	} catch {
		return value.trim();
	}
}
