/**
 * AMP pages (`<html amp>`, the copy of a story a `<link rel="amphtml">` names) write the HTML
 * elements a reader sees as AMP's custom elements, which the AMP runtime's script renders:
 * `<amp-img>` for `<img>`, `<amp-youtube data-videoid>` for YouTube's player frame. Read as
 * the elements they stand for, as the tree is built, every rule for pictures, figures,
 * galleries and embeds applies to them as to a plain page's. AMP is a published standard
 * (amp.dev), so its element names are no one site's markup.
 */
import {isTag as isElement} from 'domhandler';
import type {ChildNode, Element} from 'domhandler';

/** AMP's own elements for HTML's media elements (amp.dev built-in and extended components). */
const AMP_MEDIA_ELEMENTS: ReadonlyMap<string, string> = new Map([
	['amp-img', 'img'],
	['amp-anim', 'img'],
	['amp-video', 'video'],
	['amp-audio', 'audio'],
	['amp-iframe', 'iframe'],
]);

/**
 * AMP's embeds of a platform's player or post name it by an id, and the runtime makes the
 * platform's frame from it: the address of that frame (or of the post it shows).
 */
const AMP_EMBED_SOURCES: ReadonlyMap<string, (attribs: Record<string, string>) => string | undefined> = new Map([
	['amp-youtube', (a) => a['data-videoid'] && `https://www.youtube.com/embed/${a['data-videoid']}`],
	['amp-vimeo', (a) => a['data-videoid'] && `https://player.vimeo.com/video/${a['data-videoid']}`],
	['amp-dailymotion', (a) => a['data-videoid'] && `https://www.dailymotion.com/embed/video/${a['data-videoid']}`],
	['amp-twitter', (a) => a['data-tweetid'] && `https://twitter.com/i/status/${a['data-tweetid']}`],
	['amp-instagram', (a) => a['data-shortcode'] && `https://www.instagram.com/p/${a['data-shortcode']}/`],
	['amp-facebook', (a) => a['data-href']],
	['amp-brightcove', (a) => a['data-account'] && a['data-video-id'] && `https://players.brightcove.net/${a['data-account']}/${a['data-player'] ?? a['data-player-id'] ?? 'default'}_${a['data-embed'] ?? 'default'}/index.html?videoId=${a['data-video-id']}`],
	['amp-jwplayer', (a) => a['data-media-id'] && a['data-player-id'] && `https://content.jwplatform.com/players/${a['data-media-id']}-${a['data-player-id']}.html`],
	['amp-reddit', (a) => a['data-src']],
	['amp-soundcloud', (a) => a['data-trackid'] && `https://w.soundcloud.com/player/?url=https://api.soundcloud.com/tracks/${a['data-trackid']}`],
]);

/**
 * Layouts whose `width` and `height` give the picture's aspect ratio, not its size in pixels
 * (`layout="responsive" width="4" height="3"` fills its column): read as a size, they would
 * make a full-width picture a 3-pixel icon.
 */
const RATIO_LAYOUTS = new Set(['responsive', 'fill', 'flex-item']);

/** Whether a tag name (lower-cased, as the parser gives it) is one of AMP's: every AMP element's name starts `amp-`. */
function isAmpName(name: string): boolean {
	// Asked of every element the parser opens: the first letter rules out nearly all at once.
	return name.charCodeAt(0) === 97 && name.startsWith('amp-');
}

/**
 * Rename an AMP media element or platform embed, just opened, to the HTML element it stands
 * for, with the source an embed names by id; other elements stay as they are.
 */
export function readAmpElement(el: Element): void {
	const {name} = el;
	if (!isAmpName(name)) return;
	const media = AMP_MEDIA_ELEMENTS.get(name);
	const embedSource = media ? undefined : AMP_EMBED_SOURCES.get(name)?.(el.attribs);
	if (!media && !embedSource) return;
	el.name = media ?? 'iframe';
	if (embedSource && !el.attribs.src) el.attribs.src = embedSource;
	if (RATIO_LAYOUTS.has(el.attribs.layout?.toLowerCase() ?? '')) {
		delete el.attribs.width;
		delete el.attribs.height;
	}
}

/** What an AMP picture holds for the runtime: its `<noscript><img>` fallback copy and sizer, a placeholder or fallback to show while it loads. */
function isRuntimePart(node: ChildNode): boolean {
	if (!isElement(node)) return false;
	const {name, attribs} = node;
	return name === 'noscript' || name.startsWith('i-amphtml-') || 'placeholder' in attribs || 'fallback' in attribs;
}

/**
 * A picture, closed (an `<img>` closes as it opens; an AMP one at its end tag). It holds
 * nothing, as an `<img>` does: what the runtime needs inside it (`isRuntimePart`) is no second
 * picture, and the page's own content a self-closed `<amp-img/>` took in (HTML ignores the
 * slash of a custom element) follows it, as the page meant. A picture with a `media` query
 * right after another with one is the copy the page sets for other screens (`<amp-img
 * media="(max-width: 359px)">`, then one for wider screens): a reader sees one of them, so the
 * first stays alone.
 */
export function closePicture(el: Element): void {
	const parent = el.parent;
	// Being built, the picture is its parent's last child.
	if (el.name !== 'img' || !parent || parent.children[parent.children.length - 1] !== el) return;
	if (el.attribs.media !== undefined && isScreenCopy(el.prev)) {
		parent.children.pop();
		if (el.prev) el.prev.next = null;
		el.parent = el.prev = null;
		return;
	}
	if (el.children.length === 0) return;
	const content = el.children.filter((child) => !isRuntimePart(child));
	el.children = [];
	let last: ChildNode = el;
	for (const child of content) {
		child.parent = parent;
		child.prev = last;
		last.next = child;
		parent.children.push(child);
		last = child;
	}
	last.next = null;
}

/** Whether the element before a picture (past blank text) is a picture with a `media` query of its own. */
function isScreenCopy(node: ChildNode | null): boolean {
	let before = node;
	while (before && before.type === 'text' && !(before as {data?: string}).data?.trim()) before = before.prev;
	return !!before && isElement(before) && before.name === 'img' && before.attribs.media !== undefined;
}
