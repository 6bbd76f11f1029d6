import type {CheerioAPI} from 'cheerio';
import {ldString} from './json-ld.js';
import type {LdNode} from './json-ld.js';
import {collapseWhitespace, textOf} from './text.js';

/** Choosing the article title among the page's candidates. */

export function singleH1($: CheerioAPI): string | null {
	const h1s = $('h1').toArray();
	if (h1s.length === 1 && h1s[0]) return textOf(h1s[0]) || null;
	const inArticle = $('article h1').first()[0];
	return inArticle ? textOf(inArticle) || null : null;
}

/**
 * JSON-LD `headline`, or `name` when only that one is confirmed by the page's other titles
 * (Wikipedia's `headline` is a one-line description, its `name` the article title).
 */
export function ldTitle(ld: LdNode | null, references: readonly (string | null)[]): string | null {
	const headline = ldString(ld?.headline);
	const name = ldString(ld?.name);
	const confirmed = (value: string | null): boolean => !!value && references.some((ref) => !!ref && ref.toLowerCase().includes(value.toLowerCase()));
	if (headline && !confirmed(headline) && confirmed(name)) return name;
	return headline ?? name;
}

/** The page's own title: the `<title>` text, or the h1 when it is the `<title>` minus decoration. */
export function domTitle(h1: string | null, documentTitle: string | null): string | null {
	if (h1 && documentTitle) return documentTitle.toLowerCase().includes(h1.toLowerCase()) ? h1 : documentTitle;
	return documentTitle ?? h1;
}

const TITLE_SEPARATOR = /\s+[-|–—:»·]\s+/;

/** `<title>` minus the site name it usually carries ("Story - PhoneArena"). */
export function documentTitle(title: string | null, siteName: string | null): string | null {
	if (!title) return null;
	const parts = title.split(TITLE_SEPARATOR);
	if (parts.length < 2) return title;
	if (siteName) {
		const kept = parts.filter((part) => part.toLowerCase() !== siteName.toLowerCase());
		if (kept.length < parts.length) return kept.join(' - ');
	}
	return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

export function cleanTitle(title: string | null): string | null {
	return title ? collapseWhitespace(title) || null : null;
}
