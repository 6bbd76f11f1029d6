import * as cheerio from 'cheerio';

/**
 * Signs in a page's static HTML that its comment thread is filled in by script: a known
 * comment embed, or a comment container that names where its comments load from. When such
 * a widget holds no comments, only a browser (or the endpoint itself) can get them.
 */

/** Comment platforms that render the thread client-side, by the markup they leave in the page. */
export const COMMENT_EMBEDS: readonly {name: string; selector: string}[] = [
	{name: 'Disqus', selector: '#disqus_thread, script[src*="disqus.com/embed.js"]'},
	{name: 'OpenWeb', selector: '[data-spotim-module], [data-spot-id], [data-openweb-module], script[src*="launcher.spot.im"]'},
	{name: 'Coral', selector: '#coral_thread, [data-coral-embed]'},
	{name: 'Viafoura', selector: '.viafoura, vf-conversations, [data-vf-container-id]'},
	{name: 'Facebook comments', selector: '.fb-comments'},
	{name: 'Livefyre', selector: '.livefyre, [data-lf-app]'},
	{name: 'Commento', selector: '#commento'},
	{name: 'Isso', selector: '#isso-thread'},
	{name: 'Remark42', selector: '#remark42'},
	{name: 'Hyvor Talk', selector: '#hyvor-talk-view, hyvor-talk-comments'},
	{name: 'IntenseDebate', selector: 'script[src*="intensedebate.com/js/"]'},
	{name: 'Cusdis', selector: '#cusdis_thread'},
	{name: 'Talkyard', selector: '.talkyard-comments'},
	{name: 'FastComments', selector: '#fastcomments-widget'},
	{name: 'giscus', selector: '.giscus, script[src*="giscus.app"]'},
	{name: 'utterances', selector: 'script[src*="utteranc.es"]'},
];

/** Containers that look like a comment section by id or class. */
const COMMENT_SECTION_SELECTOR = '#comments, .comments, [id*="comment" i], [class*="comment" i]';
/**
 * Elements whose `data-src`/`data-href` is their own media or link (a lazy avatar, a
 * "12 comments" link), not where a thread loads from.
 */
const NOT_CONTAINERS = new Set(['img', 'a', 'script', 'link', 'iframe', 'source', 'video', 'audio', 'picture', 'input', 'button', 'form', 'meta']);

/** `data-*` attribute names that hold where a widget loads from (PhoneArena's `data-endpoint`). */
const LOADER_ATTRIBUTE = /^data-(?:.*[-_])?(?:endpoint|src|url|api|load|source|href|feed)(?:[-_].*)?$/i;
/** Values that are a URL or a path, not a flag or an id. */
const URL_VALUE = /^(?:https?:\/\/|\/|\.\/)/i;

/**
 * The script-filled comment widget in `html`, described for a log line (`Disqus`,
 * `#comments[data-endpoint]`), or null when the page has none.
 */
export function findScriptedCommentWidget(html: string): string | null {
	const $ = cheerio.load(html);
	for (const embed of COMMENT_EMBEDS) {
		if ($(embed.selector).length > 0) return embed.name;
	}
	for (const el of $(COMMENT_SECTION_SELECTOR).toArray()) {
		if (el.type !== 'tag' || NOT_CONTAINERS.has(el.name)) continue;
		for (const [name, value] of Object.entries(el.attribs)) {
			if (LOADER_ATTRIBUTE.test(name) && URL_VALUE.test(value.trim())) return `${describe(el.name, el.attribs)}[${name}]`;
		}
	}
	return null;
}

function describe(tag: string, attribs: Record<string, string>): string {
	if (attribs['id']) return `#${attribs['id']}`;
	const firstClass = attribs['class']?.trim().split(/\s+/)[0];
	return firstClass ? `${tag}.${firstClass}` : tag;
}
