import {load} from 'cheerio';
import type {CheerioAPI} from 'cheerio';
import {selectAll} from './fast-select.js';
import {ARTICLE_LD_TYPES} from './selectors.js';

/** One JSON-LD node (an object with `@type`, possibly nested). */
export type LdNode = Record<string, unknown>;

export interface JsonLd {
	/** Every object found, `@graph` and arrays flattened, nested `mainEntity`/`itemListElement` included. */
	nodes: LdNode[];
	/** The node that describes the page's article, or null. */
	article: LdNode | null;
	/** Scripts that could not be parsed even after light repair. */
	invalidScripts: number;
}

/**
 * Read every `application/ld+json` script. Must run before scripts are stripped from the tree.
 * Broken JSON (HTML comments, CDATA wrappers, trailing commas, raw newlines in strings) is
 * repaired where cheap and otherwise counted, never thrown.
 */
export function readJsonLd($: CheerioAPI): JsonLd {
	const nodes: LdNode[] = [];
	let invalidScripts = 0;
	for (const el of selectAll($, 'script[type="application/ld+json" i], script[type="application/json+ld" i]')) {
		const raw = $.text([el]);
		const data = parseLoose(raw);
		if (data === undefined) {
			if (raw.trim()) invalidScripts++;
			continue;
		}
		collect(data, nodes, 0);
	}
	return {nodes, article: pickArticle(nodes), invalidScripts};
}

function parseLoose(raw: string): unknown {
	const text = raw.trim();
	if (!text) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		const repaired = text
			.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
			.replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
			.replace(/,\s*([}\]])/g, '$1')
			.replace(/[\u0000-\u001f]+/g, ' ');
		try {
			return JSON.parse(repaired);
		} catch {
			return undefined;
		}
	}
}

/** Nesting deeper than this is data, not page description (and guards against pathological input). */
const MAX_LD_DEPTH = 6;

function collect(value: unknown, out: LdNode[], depth: number): void {
	if (depth > MAX_LD_DEPTH || value === null || typeof value !== 'object') return;
	if (Array.isArray(value)) {
		for (const item of value) collect(item, out, depth + 1);
		return;
	}
	const node = value as LdNode;
	if ('@graph' in node) collect(node['@graph'], out, depth + 1);
	if ('@type' in node) out.push(node);
	for (const key of ['mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart'] as const) {
		const child = node[key];
		if (child && typeof child === 'object') collect(child, out, depth + 1);
	}
}

/** The `@type`s of a node, as plain names (`https://schema.org/NewsArticle` → `NewsArticle`). */
export function ldTypes(node: LdNode): string[] {
	const type = node['@type'];
	const list = Array.isArray(type) ? type : [type];
	return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, ''));
}

function pickArticle(nodes: readonly LdNode[]): LdNode | null {
	for (const wanted of ARTICLE_LD_TYPES) {
		const found = nodes.find((node) => ldTypes(node).includes(wanted));
		if (found) return found;
	}
	return nodes.find((node) => ldTypes(node).some((t) => t === 'WebPage' || t === 'ItemPage') && ('headline' in node || 'datePublished' in node)) ?? null;
}

/** An HTML entity or tag: what a CMS that escapes its JSON-LD as HTML leaves in the strings. */
const MARKUP = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);|<\/?[a-z][^>]*>/i;
const FRAGMENT_OPTIONS = {xml: {xmlMode: false, decodeEntities: true}} as const;

/**
 * The plain text of a JSON-LD string. JSON needs no HTML escaping, but WordPress and other CMSs
 * write their JSON-LD through HTML escapers ("Lindsey O&#039;Donnell", "&#8216;Sex Game&#8217;"):
 * entities are decoded and tags dropped, as a reader of the page would see the text.
 */
function plainText(value: string): string {
	if (!MARKUP.test(value)) return value;
	return load(`<p>${value}</p>`, FRAGMENT_OPTIONS, false)('p').text().trim();
}

/** An HTML character reference ("&rsquo;", "&#8217;"). */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i;

/**
 * A meta tag's content as a reader would see it. The parser decoded the attribute once; a CMS that
 * escapes its description twice (`content="l&amp;rsquo;ambiente"`) leaves character references
 * in it after that, and no one writes "&rsquo;" into a description meaning those seven characters:
 * they are decoded once more.
 */
export function decodedOnceMore(value: string): string {
	return CHARACTER_REFERENCE.test(value) ? plainText(value) : value;
}

/** A JSON-LD value as a string: strings as-is, `{name}`/`{url}`/`{@id}` objects by that field, first of arrays. */
export function ldString(value: unknown, field: 'name' | 'url' = 'name'): string | null {
	if (typeof value === 'string') return (field === 'url' ? value.trim() : plainText(value.trim())) || null;
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) {
		for (const item of value) {
			const found = ldString(item, field);
			if (found) return found;
		}
		return null;
	}
	if (value && typeof value === 'object') {
		const object = value as LdNode;
		const direct = object[field] ?? (field === 'url' ? (object.contentUrl ?? object['@id']) : undefined);
		if (typeof direct !== 'string') return null;
		return (field === 'url' ? direct.trim() : plainText(direct.trim())) || null;
	}
	return null;
}

/** A JSON-LD value as a list of strings (arrays, or one comma-separated string). */
export function ldStrings(value: unknown): string[] {
	if (typeof value === 'string') return value.split(',').map((s) => plainText(s.trim())).filter(Boolean);
	if (Array.isArray(value)) return value.flatMap((item) => ldString(item) ?? []);
	return [];
}

/**
 * Follow an `{"@id": …}` reference (Yoast-style graphs point authors at a Person node and
 * the image at an ImageObject elsewhere in the `@graph`) to the node it names, merged under
 * the reference's own fields; each of an array's references.
 */
export function resolveLdRef(value: unknown, nodes: readonly LdNode[]): unknown {
	if (Array.isArray(value)) return value.map((item) => resolveLdRef(item, nodes));
	if (!value || typeof value !== 'object') return value;
	const ref = (value as LdNode)['@id'];
	if (typeof ref !== 'string') return value;
	const target = nodes.find((node) => node !== value && node['@id'] === ref);
	return target ? {...target, ...(value as LdNode)} : value;
}
