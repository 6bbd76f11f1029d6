import type {CheerioAPI} from 'cheerio';
import {Text, type AnyNode, type ChildNode, type Element} from 'domhandler';
import type {Block, Link} from '../../snapshot/schema.js';
import {hasBlockDescendant, hasHidingClass, hasToken, isElement, nextElement, tagName, tokensOf, walkElements} from '../document/dom.js';
import {selectAll} from '../document/fast-select.js';
import {bylineLine, bylineMetaList, bylineWrapper, dropBoilerplateBlocks, isBoilerplateElement, isNoticeBeforeCommentMount, pageByline, restates} from './boilerplate.js';
import {holdsMedia} from './content-score.js';
import {isPlacedDateLine} from '../document/dates.js';
import {readDataTable, tableText} from './data-table.js';
import {isFactLine} from './fact-line.js';
import {holdsTitle} from '../metadata/titles.js';
import {isLeadHeading} from './lead.js';
import {isLedeBox, isProse} from '../metadata/lede.js';
import {declaredSmallerThan, isEmoticon, isPixelOrIcon} from '../document/picture-size.js';
import {LinkyContainers} from './linky-containers.js';
import {withoutRepeatedTail} from './repeated-tail.js';
import {codeLanguage, codeText, isCodeTable, isStandaloneCode} from './code.js';
import {ANNOTATED_GRAPHIC_TOKENS, BADGE_TOKENS, BLOCK_TAGS, CAPTION_TOKENS, FILE_NAME_ALT_PATTERN, LEAD_TOKENS, LEFTOVER_CONTROL_PATTERN, SLUG_ALT_PATTERN} from '../document/selectors.js';
import {collapseWhitespace, linksOf, textLength, textOf, wordCount} from '../document/text.js';
import {resolveImageUrl} from '../document/urls.js';

/**
 * The article's content nodes as ordered blocks (paragraph, heading, quote, list, table,
 * code, image, embed) with their text and absolute links, page furniture left out.
 */

export interface BlockOptions {
	/** What relative links and image sources resolve against. */
	baseUrl: string;
	/**
	 * The article title and deck (the subtitle as the page marks it): a leading block repeating
	 * one is not body. A block repeating a description stays: it is the lead paragraph.
	 */
	title: string | null;
	deck: string | null;
	/**
	 * The subtitle, however found: a paragraph repeating it that opens the body is the
	 * headline's company, and a date stamp after it still stands before the story.
	 */
	subtitle?: string | null;
	/** The elements that hold the page's headline (see `headlineHolders`): read whatever class they wear. */
	headlineHolders?: ReadonlySet<Element>;
}

/**
 * A picture declared smaller than this on either side (in pixels) is a badge or a logo (a wiki's
 * message-box icon, a "media on Commons" logo), too small to be the figure a table sets.
 */
const MIN_TABLE_FIGURE_SIZE = 50;
/** A badge's label is a few words ('Exklusiv für Abonnenten', 'Premium', 'Sponsored content'); more is a sentence. */
const MAX_BADGE_WORDS = 5;
/** The text lines of an article head: paragraphs and the boxes pages write lines in. */
const HEAD_LINE_TAGS = new Set(['p', 'div']);

/** Whether an element is set inside a paragraph: a word of its sentence, not a line of its own. */
function inParagraph(el: Element): boolean {
	for (let node = el.parent; isElement(node); node = node.parent) if (node.name === 'p') return true;
	return false;
}

/** Embeds that are social posts rendered from a blockquote. */
const EMBED_QUOTE_CLASSES = ['twitter-tweet', 'instagram-media', 'tiktok-embed', 'reddit-card', 'bluesky-embed'];

export function toBlocks(nodes: readonly Element[], options: BlockOptions): Block[] {
	const builder = new BlockBuilder(options);
	for (const node of nodes) builder.visit(node, true);
	builder.flush();
	const blocks = withoutRetoldStandfirst(builder.blocks, builder.headBlocks);
	return withoutRepeatedTail(dropBoilerplateBlocks(blocks, [options.title, options.deck], options.subtitle ?? null));
}

/**
 * `blocks` without the standfirst of the headline's `<header>` when the story opens with it again
 * word for word (`<header><h1/><p class="summary">S</p></header><article>S<br><br>…`): the same
 * opening told twice, read once, as the story's own paragraph.
 */
function withoutRetoldStandfirst(blocks: Block[], head: readonly [number, number] | null): Block[] {
	if (!head) return blocks;
	const [from, to] = head;
	const later = new Set(blocks.slice(to).filter((block) => block.type === 'paragraph').map((block) => collapseWhitespace(block.text)));
	return blocks.filter((block, at) => at < from || at >= to || block.type !== 'paragraph' || !later.has(collapseWhitespace(block.text)));
}

class BlockBuilder {
	readonly blocks: Block[] = [];
	#pending: AnyNode[] = [];
	#lastWasBr = false;
	readonly #options: BlockOptions;
	readonly #linky = new LinkyContainers();
	/** The page's byline element (its authors are metadata, not body), looked up at the first element. */
	#byline: Element | null | undefined;
	/** The meta list or the line the byline shares with the date: metadata with it. */
	#bylineMeta: Element | null = null;
	/** Whether the element read is inside the headline's own `<header>` (see `#isArticleHeadLine`). */
	#inArticleHead = false;
	/** The blocks read from the headline's own `<header>`: indexes from (inclusive) and to (exclusive). */
	#headBlocks: readonly [number, number] | null = null;

	constructor(options: BlockOptions) {
		this.#options = options;
	}

	/** The blocks read from the headline's own `<header>`, null when the body holds none. */
	get headBlocks(): readonly [number, number] | null {
		return this.#headBlocks;
	}

	visit(node: AnyNode, isRoot = false): void {
		if (node.type === 'text') {
			if ((node as unknown as {data: string}).data.trim()) this.#lastWasBr = false;
			this.#pending.push(node);
			return;
		}
		if (!isElement(node)) return;
		// A fact line under the headline ("Ort … Datum 28.01.2022") is metadata, as a date stamp is.
		if (!isRoot && (this.#isDateStamp(node) || (isFactLine(node) && this.#beforeFirstParagraph()))) {
			this.flush();
			return;
		}
		if (!isRoot && (this.#isPageByline(node) || (isBoilerplateElement(node) && !this.#isOpeningLede(node) && !this.#options.headlineHolders?.has(node)) || isLinkCardGroup(node) || isCodeBoxTitleBar(node) || this.#linky.isLinky(node))) {
			if (BLOCK_TAGS.has(tagName(node))) this.flush();
			return;
		}
		if (!isRoot && this.#isArticleHeadLine(node)) {
			this.flush();
			return;
		}
		if (!isRoot && this.#isRetoldSummary(node)) {
			this.flush();
			return;
		}
		if (!isRoot && this.#isOpeningBadge(node)) {
			this.flush();
			return;
		}
		if (!isRoot && isNoticeBeforeCommentMount(node) && !this.#beforeFirstParagraph()) {
			this.flush();
			return;
		}
		if (!isRoot && hasToken(tokensOf(node), ANNOTATED_GRAPHIC_TOKENS)) {
			this.flush();
			walkElements(node, (el) => void (tagName(el) === 'img' && this.#image(el, null, null)));
			return;
		}
		if (!isRoot && this.#captionsLastImage(node)) return;
		const tag = tagName(node);
		if (tag === 'br') {
			if (this.#lastWasBr) this.flush();
			else this.#pending.push(node);
			this.#lastWasBr = true;
			return;
		}
		this.#lastWasBr = false;
		// A smiley is a word of its line, written as the characters it draws: the paragraph goes on.
		if (tag === 'img' && isEmoticon(node)) {
			this.#pending.push(new Text(node.attribs.alt ?? ''));
			return;
		}
		if (tag === 'code' && !inParagraph(node) && isStandaloneCode(node)) {
			this.flush();
			this.#code(node);
			return;
		}
		if (!BLOCK_TAGS.has(tag) && !hasBlockDescendant(node)) {
			this.#pending.push(node);
			return;
		}
		this.flush();
		this.#block(node, tag, isRoot);
		this.flush();
	}

	/**
	 * The page's first byline element (its authors are metadata), unless it opens the first
	 * sentence as a dateline, and the meta list it is an item of or the line it shares with the date.
	 */
	#isPageByline(el: Element): boolean {
		if (this.#byline === undefined) {
			const byline = pageByline(el);
			this.#byline = byline && bylineWrapper(byline);
			this.#bylineMeta = this.#byline && (bylineMetaList(this.#byline) ?? bylineLine(this.#byline));
		}
		return (el === this.#byline && !opensProse(el)) || el === this.#bylineMeta;
	}

	/**
	 * A caption or credit element read right after a picture with no text between (WordPress's
	 * classic `div.wp-caption` > img + `p.wp-caption-text`, a `span.caption` under an image
	 * column, the `span.image-credit` after it, the `<small>` print older CMSs set under a
	 * picture): part of that picture's caption, as in a `<figcaption>`, not a paragraph of the
	 * article. An element holding pictures or headings of its own is a card or a gallery,
	 * whatever its class says; a picture set in the caption's line of words is its glyph (a
	 * camera icon before the credit), not a picture of its own.
	 */
	#captionsLastImage(el: Element): boolean {
		const last = this.blocks.at(-1);
		if (last?.type !== 'image' || textLength(this.#pending) > 0 || !(tagName(el) === 'small' || hasToken(tokensOf(el), CAPTION_TOKENS))) return false;
		let holdsParts = false;
		walkElements(el, (child) => {
			if ((tagName(child) === 'img' && !isGlyphInLine(child)) || /^h[1-6]$/.test(tagName(child))) holdsParts = true;
			return holdsParts ? false : undefined;
		});
		const text = textOf(el);
		if (holdsParts || !text) return false;
		this.blocks[this.blocks.length - 1] = {...last, text: last.text ? `${last.text} ${text}` : text, links: [...last.links, ...linksOf(el, this.#options.baseUrl)]};
		return true;
	}

	/**
	 * A badge the page sets on the story before its first paragraph (`<a class="entry__badge"
	 * href="/abo">Exklusiv für Abonnenten</a>` opening the text box): a label of a few words saying
	 * who may read the piece or what kind it is, not a line of it. Later badges stay: in the text
	 * they may be words of a sentence.
	 */
	#isOpeningBadge(el: Element): boolean {
		return hasToken(tokensOf(el), BADGE_TOKENS) && wordCount(textOf(el)) <= MAX_BADGE_WORDS && this.#beforeFirstParagraph();
	}

	/**
	 * A line of the headline's own `<header>` set inside the body's container (`<main><header><h1/>
	 * <p class="summary">…</p><div class="group"><span>IT・デジタル</span>…</div><time>…</time>
	 * </header><article>…`) that is no sentence: the head's section labels, date or credit line,
	 * metadata as the byline is. The standfirst, a sentence, and the head's pictures and headings
	 * are read as before.
	 */
	#isArticleHeadLine(el: Element): boolean {
		if (!this.#inArticleHead || inParagraph(el)) return false;
		const tag = tagName(el);
		if (tag === 'time') return true;
		return HEAD_LINE_TAGS.has(tag) && !hasBlockDescendant(el) && !holdsMedia(el) && !isProse(textOf(el));
	}

	/**
	 * A summary box opening the body (a blog theme's `p.manual-excerpt`, the post's hand-written
	 * excerpt) whose next paragraph is made of its words: the same opening told twice, read once,
	 * as the story's own paragraph.
	 */
	#isRetoldSummary(el: Element): boolean {
		if (!hasToken(tokensOf(el), LEAD_TOKENS) || hasBlockDescendant(el) || !this.#beforeFirstParagraph()) return false;
		const summary = textOf(el);
		const next = nextTextElement(el);
		return !!summary && !!next && tagName(next) === 'p' && restates(textOf(next), summary);
	}

	/** A lede box (whose `teaser` class reads as furniture) that opens the body. */
	#isOpeningLede(el: Element): boolean {
		return isLedeBox(el) && this.#beforeFirstParagraph();
	}

	/**
	 * The article's date stamp: a `<time>` standing alone (no sentence around it) before the
	 * body's first paragraph, under the headline if the body holds one. Like the byline it is
	 * metadata (the snapshot's dates), not article text. Later ones stay: a ticker's entry
	 * times, an "Updated" note, dates the story cites.
	 */
	#isDateStamp(el: Element): boolean {
		return tagName(el) === 'time' && !opensProse(el) && this.#beforeFirstParagraph();
	}

	/**
	 * The date stamp written as a plain line: a run of text that is only a date and/or a time
	 * ("Oct 6, 2026 — 5:57 AM ET", "06.10.2026, 17:57 Uhr"), before the first paragraph. The
	 * same metadata as a lone `<time>`, in pages that print it without the element, as is a
	 * wire dateline's place before it ("MUMBAI Tue Dec 30, 2014 4:33pm IST"); a line with any
	 * other words ("15 October 2019 by Jane Doe") is text and stays.
	 */
	#isDateLineStamp(text: string): boolean {
		return this.#beforeFirstParagraph() && isPlacedDateLine(text);
	}

	/**
	 * Nothing but headings, pictures, the subtitle and a byline row's leftovers ("By", "•")
	 * came before: no story text is read yet.
	 */
	#beforeFirstParagraph(): boolean {
		const {subtitle} = this.#options;
		return textLength(this.#pending) === 0 && this.blocks.every((block) => block.type === 'heading' || block.type === 'image' || block.type === 'embed' || (!!subtitle && block.text === subtitle) || (block.type === 'paragraph' && LEFTOVER_CONTROL_PATTERN.test(block.text)));
	}

	/** End the current paragraph run. */
	flush(): void {
		const pending = this.#pending;
		this.#pending = [];
		this.#lastWasBr = false;
		const text = textOf(pending);
		if (!text || this.#isDateLineStamp(text)) return;
		const links = linksOf(pending.filter(isElement), this.#options.baseUrl);
		this.blocks.push({type: 'paragraph', text, links});
	}

	#block(el: Element, tag: string, isRoot = false): void {
		const {baseUrl} = this.#options;
		if (/^h[1-6]$/.test(tag)) {
			// A lede set in a heading opens the story as its first paragraph: read its text as one.
			if (isLeadHeading(el) && this.#beforeFirstParagraph()) {
				for (const child of el.children) this.visit(child);
				return;
			}
			const text = textOf(el, isPermalinkGlyph);
			if (text) this.blocks.push({type: 'heading', text, links: linksOf(el, baseUrl), level: Number(tag[1])});
			// A subheading without words is a line the editor set a picture in (`<h2><a href="full.jpg"><img></a></h2>`):
			// the picture is the story's. An h1 without words is the site's logo, never the story's.
			else if (tag !== 'h1') for (const child of el.children) this.visit(child);
			return;
		}
		switch (tag) {
			case 'blockquote': {
				// An unclosed <blockquote> swallows the rest of the article: read it as blocks. So is
				// a blockquote that is the body itself (XenForo 1 words a post in `blockquote.messageText`):
				// it quotes nothing, it holds the article.
				if (isRoot || holdsPageParts(el)) {
					for (const child of el.children) this.visit(child);
					return;
				}
				const classes = (el.attribs.class ?? '').split(/\s+/);
				const text = textOf(el);
				if (EMBED_QUOTE_CLASSES.some((c) => classes.includes(c))) {
					const link = linksOf(el, baseUrl).at(-1);
					this.blocks.push({type: 'embed', text, links: linksOf(el, baseUrl), ...(link ? {src: link.href} : {})});
				} else if (text) this.blocks.push({type: 'quote', text, links: linksOf(el, baseUrl)});
				return;
			}
			case 'ul':
			case 'ol':
			case 'dl':
				// Old pages indent paragraphs with a bare `<ul>` (no items): that is text, not a list.
				if (isPictureList(el)) this.#pictures(el);
				else if (holdsListItems(el)) this.#list(el);
				else for (const child of el.children) this.visit(child);
				return;
			case 'figure':
			case 'picture':
				this.#figure(el);
				return;
			case 'img':
				this.#image(el, null, null);
				return;
			case 'iframe':
			case 'video':
			case 'audio':
			case 'embed':
				this.#embed(el);
				return;
			case 'table': {
				if (isPictureTable(el)) {
					this.#pictureTable(el);
					return;
				}
				if (isCodeTable(el)) {
					this.#code(el);
					return;
				}
				if (this.#table(el)) return;
				// A layout table is read as one paragraph.
				const text = textOf(el);
				if (text) this.blocks.push({type: 'paragraph', text, links: linksOf(el, baseUrl)});
				return;
			}
			case 'pre':
				this.#code(el);
				return;
			case 'hr':
				return;
			default: {
				const start = this.blocks.length;
				const opensHead = !isRoot && !this.#inArticleHead && tag === 'header' && !!this.#options.headlineHolders?.has(el);
				if (opensHead) this.#inArticleHead = true;
				for (const child of el.children) this.visit(child);
				if (opensHead) {
					this.flush();
					this.#inArticleHead = false;
					this.#headBlocks = [start, this.blocks.length];
				}
				if (isUnmarkedFigure(el)) {
					this.flush();
					this.#captionPicture(start);
				}
			}
		}
	}

	/**
	 * A figure written without figure tags read as a picture and a paragraph: the paragraph is
	 * the picture's caption or credit, as a `<figcaption>` would be, not a line of the story.
	 */
	#captionPicture(start: number): void {
		const [picture, line, ...more] = this.blocks.slice(start);
		if (picture?.type !== 'image' || picture.text || line?.type !== 'paragraph' || more.length > 0) return;
		this.blocks.splice(start, 2, {...picture, text: line.text, links: [...picture.links, ...line.links]});
	}

	/** A data table as a table block: its rows of cells, and its text for readers of text alone. False for a layout table. */
	#table(el: Element): boolean {
		const content = readDataTable(el);
		if (!content) return false;
		this.blocks.push({
			type: 'table',
			text: tableText(content),
			links: linksOf(el, this.#options.baseUrl),
			rows: content.rows,
			...(content.caption ? {caption: content.caption} : {}),
		});
		return true;
	}

	/** A figure laid out as a table: the picture, captioned by the table's line if it has one. */
	#pictureTable(el: Element): void {
		const start = this.blocks.length;
		for (const child of el.children) this.visit(child);
		this.flush();
		this.#captionPicture(start);
	}

	/**
	 * Each item of a picture list is a figure: its picture, captioned by the item's line. When
	 * an item gives no picture (an icon too small to keep, a source it lacks), its line is a
	 * list item's text after all, and the list is read as one.
	 */
	#pictures(el: Element): void {
		this.flush();
		const start = this.blocks.length;
		for (const item of el.children) {
			if (!isElement(item)) continue;
			const itemStart = this.blocks.length;
			for (const child of item.children) this.visit(child);
			this.flush();
			if (this.blocks[itemStart]?.type !== 'image') {
				this.blocks.length = start;
				this.#list(el);
				return;
			}
			this.#captionPicture(itemStart);
		}
	}

	#list(el: Element): void {
		// Teaser cards are often list items: their link boxes leave as they do elsewhere in the body.
		// So do the boxes a class hides, as everywhere in the body (the tabs of a code sample not shown).
		const items = listItems(el, (child) => hasHidingClass(child) || this.#linky.isLinky(child));
		if (items.length > 0) this.blocks.push({type: 'list', text: items.join('\n'), links: linksOf(el, this.#options.baseUrl), ...numbering(el)});
	}

	#figure(el: Element): void {
		const open = leftOpen(el);
		if (open) {
			// The picture and its caption, then the story the missing `</figure>` took in; a
			// `<figure>` typed for the `</figure>` holds the rest of the story, not a picture.
			this.#figure(open.picture);
			for (const child of open.story) {
				if (isStoryFigure(child)) for (const part of child.children) this.visit(part);
				else this.visit(child);
			}
			return;
		}
		if (holdsFigures(el)) {
			// A gallery (WordPress's `figure.wp-block-gallery` around a figure per picture, or its
			// older grid list of them): each inner figure is a picture of its own, the gallery's
			// caption a line under them all (not the last picture's), not one figure whose first
			// picture stands for all.
			const captions = el.children.filter((child): child is Element => isElement(child) && tagName(child) === 'figcaption');
			for (const child of el.children) if (!captions.includes(child as Element)) this.visit(child);
			this.flush();
			for (const caption of captions) {
				const text = captionText(caption);
				if (text) this.blocks.push({type: 'paragraph', text, links: linksOf(caption, this.#options.baseUrl)});
			}
			return;
		}
		let media: Element | null = null;
		walkElements(el, (child) => {
			if (media) return false;
			const tag = tagName(child);
			if (tag === 'img' || tag === 'iframe' || tag === 'video' || tag === 'embed') media = child;
			return undefined;
		});
		if (!media && holdsTextBlocks(el)) {
			// A figure of text (a table, a code listing, a pull quote, as block editors wrap them): its blocks and caption.
			for (const child of el.children) this.visit(child);
			return;
		}
		const captionEl = findChild(el, 'figcaption');
		const caption = captionEl ? captionText(captionEl) : null;
		if (!media) {
			// A picture that loads by script: its caption, not the placeholder's labels.
			if (caption) this.blocks.push({type: 'paragraph', text: caption, links: linksOf(el, this.#options.baseUrl)});
			return;
		}
		const found = media as Element;
		if (!captionEl && hasWordsAfter(el, found)) {
			// A figure that words its caption without a <figcaption> (a credit <span>, a caption
			// box under the picture): its words are read as blocks, as an unmarked figure's are,
			// a single line under the picture becoming its caption, not dropped with the frame.
			// Words only before the picture are drawn over it ("View photo"), not a caption.
			const start = this.blocks.length;
			for (const child of el.children) this.visit(child);
			this.flush();
			this.#captionPicture(start);
			return;
		}
		if (tagName(found) === 'img') this.#image(found, caption, el, captionEl ? captionLinks(captionEl, this.#options.baseUrl) : []);
		else this.#embed(found, caption);
	}

	#image(img: Element, caption: string | null, figure: Element | null, captionLinks: readonly Link[] = []): void {
		const src = imageSource(img, this.#options.baseUrl);
		if (!src || isPixelOrIcon(img)) return;
		// The caption is what a reader sees; alt (or title) describes the image for those who
		// cannot see it, so it is kept apart and never counted as article text.
		const text = collapseWhitespace(caption ?? '');
		const alt = collapseWhitespace(describing(img.attribs.alt) ?? describing(img.attribs.title) ?? '');
		const link = closestLink(img, figure);
		const links: Link[] = [...(link ? linksOf(link, this.#options.baseUrl) : []), ...captionLinks];
		this.blocks.push({type: 'image', text, links, src, ...(alt ? {alt} : {})});
	}

	/** A listing (`<pre>`, a highlighter's table, a `<code>` standing alone): one code block, as printed. */
	#code(el: Element): void {
		const text = codeText(el);
		if (!text.trim()) return;
		const language = codeLanguage(el);
		this.blocks.push({type: 'code', text, links: linksOf(el, this.#options.baseUrl), ...(language ? {language} : {})});
	}

	#embed(el: Element, caption: string | null = null): void {
		const source = tagName(el) === 'video' || tagName(el) === 'audio' ? (el.attribs.src ?? findChild(el, 'source')?.attribs.src) : (el.attribs.src ?? el.attribs['data-src']);
		const src = resolveImageUrl(source, this.#options.baseUrl);
		if (!src) return;
		// A frame's `title` names it for screen readers, as `alt` describes an image: not
		// visible text, so kept apart from the caption a reader sees.
		const title = collapseWhitespace(el.attribs.title ?? '');
		this.blocks.push({type: 'embed', text: collapseWhitespace(caption ?? placeholderWords(el)), links: [], src, ...(title ? {alt: title} : {})});
	}
}

/**
 * The words an AMP embed (read as the frame it stands for, `document/amp.ts`) shows until its
 * frame loads: `<amp-twitter>` and `<amp-instagram>` hold the post's text in a `placeholder`
 * child (`<blockquote placeholder>`), what a reader reads of the post, as a plain page's quoted
 * post (`blockquote.twitter-tweet`) is. A plain frame holds no elements.
 */
function placeholderWords(frame: Element): string {
	const placeholder = frame.children.find((child): child is Element => isElement(child) && 'placeholder' in child.attribs);
	return placeholder ? textOf(placeholder) : '';
}

const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd']);
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);

/** Whether a list has items: its own, a sub-list's, or (in a `<dl>`) a `<div>` grouping a term with its description. */
function holdsListItems(list: Element): boolean {
	return list.children.some((child) => {
		if (!isElement(child)) return false;
		const tag = tagName(child);
		if (LIST_ITEM_TAGS.has(tag)) return true;
		if (LIST_TAGS.has(tag)) return holdsListItems(child);
		return tag === 'div' && tagName(list) === 'dl' && holdsListItems(child);
	});
}

/**
 * The items' texts. Browsers also show what a list holds outside its items, and pages rely on
 * it: a sub-list written straight inside the list (`<ol><li/><ol>…</ol></ol>`) gives its items,
 * and text between items is an item of its own. Elements `skip` accepts inside an item are left out.
 */
function listItems(list: Element, skip: (el: Element) => boolean): string[] {
	const items: string[] = [];
	let loose: AnyNode[] = [];
	const endLoose = (): void => {
		const text = textOf(loose, skip);
		if (text) items.push(text);
		loose = [];
	};
	for (const child of list.children) {
		if (!isElement(child)) {
			loose.push(child);
			continue;
		}
		if (isBoilerplateElement(child)) continue;
		const tag = tagName(child);
		if (!LIST_ITEM_TAGS.has(tag) && !LIST_TAGS.has(tag) && !BLOCK_TAGS.has(tag)) {
			loose.push(child);
			continue;
		}
		endLoose();
		if (LIST_TAGS.has(tag)) items.push(...listItems(child, skip));
		else {
			const text = textOf(child, skip);
			if (text) items.push(text);
		}
	}
	endLoose();
	return items;
}

/**
 * Text the run of inline content around an inline element holds besides it for the element to
 * be part of a sentence: more than a byline's worth (a name, a date and a separator). A
 * dateline opens the story's first sentence (`<p><span class="dateline">CAIRO —</span> Gunmen
 * opened fire…</p>`); a signature standing alone between blocks is a byline.
 */
const PROSE_AROUND_INLINE_CHARS = 100;

function opensProse(el: Element): boolean {
	const siblings = el.parent?.children;
	if (!siblings || BLOCK_TAGS.has(tagName(el)) || hasBlockDescendant(el)) return false;
	const isBlock = (node: AnyNode): boolean => isElement(node) && (BLOCK_TAGS.has(tagName(node)) || hasBlockDescendant(node));
	const index = siblings.indexOf(el);
	let start = index;
	while (start > 0 && !isBlock(siblings[start - 1] as AnyNode)) start--;
	let end = index;
	while (end < siblings.length - 1 && !isBlock(siblings[end + 1] as AnyNode)) end++;
	const around = [...siblings.slice(start, index), ...siblings.slice(index + 1, end + 1)];
	return textLength(around) > PROSE_AROUND_INLINE_CHARS;
}

/** Longest title bar of a code box ("Code: Select all", "JavaScript Copy"). */
const CODE_BAR_MAX_CHARS = 40;

/**
 * A code box's title bar, right before its `<pre>`: a short line with a control that only runs
 * a script (phpBB's "Code: <a href="#" onclick="selectCode(this)">Select all</a>", a blog's
 * "Copy" button). The box's controls, not the article; the code itself stays.
 */
function isCodeBoxTitleBar(el: Element): boolean {
	const next = nextElement(el);
	if (!next || tagName(next) !== 'pre' || textLength(el) > CODE_BAR_MAX_CHARS) return false;
	let control = false;
	walkElements(el, (child) => {
		const href = child.attribs.href?.trim();
		control ||= tagName(child) === 'button' || (tagName(child) === 'a' && (href === '#' || href?.startsWith('javascript:') === true || child.attribs.onclick !== undefined));
		return !control;
	});
	return control;
}

/**
 * Boxes a group of teaser cards is set in: a `div` or `section`, or AMP's carousel, the strip
 * of slides an AMP page scrolls its "More stories" cards in (`<amp-carousel type="carousel">`).
 */
const CARD_BOX_TAGS = new Set(['div', 'section', 'amp-carousel']);

/** Links a group of teaser cards holds at least ("Read next" boxes hold three or more). */
const MIN_CARD_LINKS = 3;

/**
 * A box (`CARD_BOX_TAGS`) whose words are all inside links, spread over several links: a box of
 * teaser cards for other articles (Readability drops these for their link density). Single
 * links and link paragraphs are kept, and lists of links (a table of contents) are read as lists.
 * The walk stops at the first word outside a link, so prose containers cost next to nothing.
 */
function isLinkCardGroup(el: Element): boolean {
	if (!CARD_BOX_TAGS.has(tagName(el))) return false;
	let links = 0;
	const pending: AnyNode[] = [...el.children];
	while (pending.length > 0) {
		const node = pending.pop() as AnyNode;
		if (node.type === 'text') {
			if ((node as unknown as {data: string}).data.trim()) return false;
			continue;
		}
		if (!isElement(node)) continue;
		const childTag = tagName(node);
		if (childTag === 'ul' || childTag === 'ol') return false;
		if (childTag === 'a') links++;
		else pending.push(...node.children);
	}
	// Linked images without any text are a gallery, not teasers.
	return links >= MIN_CARD_LINKS && textLength(el) > 0;
}

/** Blocks that make a figure one of text rather than a picture's placeholder. */
const TEXT_FIGURE_TAGS = new Set(['table', 'pre', 'blockquote', 'ul', 'ol', 'dl', 'p']);

/** A caption or credit line is short: "Megan Ellis / Android Authority", a sentence on what the picture shows. */
const MAX_UNMARKED_CAPTION_CHARS = 200;
const MEDIA_TAGS = new Set(['img', 'picture', 'iframe', 'video', 'audio', 'embed', 'object']);

/**
 * A box of exactly a picture and one short line under it, the picture's caption or credit
 * (`<div><picture><img></picture><div>Name / Outlet</div></div>`): a figure without figure tags.
 * Asked of every box in the body, so both looks stop at the first sign of something else.
 */
function isUnmarkedFigure(el: Element): boolean {
	let picture: Element | null = null;
	let caption: Element | null = null;
	for (const child of el.children) {
		if (!isElement(child)) {
			if (isVisibleText(child)) return false;
			continue;
		}
		if (!picture) picture = child;
		else if (!caption) caption = child;
		else return false;
	}
	return !!picture && !!caption && isLoneImage(picture) && isShortLine(caption);
}

function isVisibleText(node: AnyNode): boolean {
	return node.type === 'text' && (node as unknown as {data: string}).data.trim() !== '';
}

/** How deep an image sits in the wrappers around it (`<a><picture><img>`): deeper is a layout, not a picture's frame. */
const MAX_IMAGE_WRAPPER_DEPTH = 4;

/** An `<img>`, or a picture, link or box around exactly one, without text. */
function isLoneImage(el: Element): boolean {
	let images = 0;
	const holdsOnlyImages = (node: Element, depth: number): boolean => {
		if (tagName(node) === 'img') return ++images === 1;
		return depth < MAX_IMAGE_WRAPPER_DEPTH && node.children.every((child) => (isElement(child) ? holdsOnlyImages(child, depth + 1) : !isVisibleText(child)));
	};
	return holdsOnlyImages(el, 0) && images === 1;
}

/**
 * An `<img>` set among words: its parent holds text of its own beside it (`<p><img>Photo
 * courtesy …</p>`), as a glyph sits in a line. A card's picture stands in a box of its own,
 * its words in other elements.
 */
function isGlyphInLine(img: Element): boolean {
	return isElement(img.parent) && img.parent.children.some(isVisibleText);
}

/** A line's markup: a few wrappers and inline elements; more is a box of its own. */
const MAX_CAPTION_ELEMENTS = 16;

/** Text of at most `MAX_UNMARKED_CAPTION_CHARS` in a few elements, no picture or player in it. */
function isShortLine(el: Element): boolean {
	let length = 0;
	let elements = 0;
	const fits = (node: AnyNode): boolean => {
		if (node.type === 'text') return (length += (node as unknown as {data: string}).data.trim().length) <= MAX_UNMARKED_CAPTION_CHARS;
		return !isElement(node) || (++elements <= MAX_CAPTION_ELEMENTS && !MEDIA_TAGS.has(tagName(node)) && node.children.every(fits));
	};
	return fits(el) && length > 0;
}

/**
 * Blocks of the story: where one follows a figure's caption inside the figure, the figure was
 * left open (see `leftOpen`).
 */
const STORY_BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'table', 'figure']);

/**
 * A figure its page left open (`<figcaption>…</figcaption><figure>` typed for `</figure>`):
 * HTML puts a figure's caption first or last in it, so story blocks after a caption that
 * follows the picture are what came after the figure; browsers nest them in it and show them as
 * the story they are. Returns the figure cut at its caption (a copy, so the page's tree stays as
 * it is) and the children after it; null for a closed figure.
 */
function leftOpen(figure: Element): {picture: Element; story: ChildNode[]} | null {
	const children = figure.children;
	const at = children.findIndex((child) => isElement(child) && tagName(child) === 'figcaption');
	if (at <= 0 || !children.slice(at + 1).some(isStoryBlock)) return null;
	const picture = figure.cloneNode(false);
	picture.children = children.slice(0, at + 1).map((child) => child.cloneNode(true));
	picture.children.forEach((child, index) => {
		child.parent = picture;
		child.prev = picture.children[index - 1] ?? null;
		child.next = picture.children[index + 1] ?? null;
	});
	// Where the figure hangs, for the readers that look up from the picture (a link around it).
	picture.parent = figure.parent;
	return {picture, story: children.slice(at + 1)};
}

function isStoryBlock(node: AnyNode): boolean {
	return isElement(node) && STORY_BLOCK_TAGS.has(tagName(node)) && textLength(node) > 0;
}

/** A figure without a caption of its own around story blocks: the story, in a `<figure>` typed for a `</figure>`. */
function isStoryFigure(node: AnyNode): node is Element {
	return isElement(node) && tagName(node) === 'figure' && !node.children.some((child) => isElement(child) && tagName(child) === 'figcaption') && node.children.some((child) => isStoryBlock(child) && tagName(child) !== 'figure');
}

/** A figure holding more than one figure: a gallery of pictures, each a figure of its own. */
function holdsFigures(figure: Element): boolean {
	let figures = 0;
	walkElements(figure, (el) => {
		if (tagName(el) === 'figure') figures++;
		return figures < 2;
	});
	return figures > 1;
}

function holdsTextBlocks(figure: Element): boolean {
	let found = false;
	walkElements(figure, (el) => {
		if (found || tagName(el) === 'figcaption') return false;
		if (TEXT_FIGURE_TAGS.has(tagName(el)) && textLength(el) > 0) found = true;
		return !found;
	});
	return found;
}

/**
 * A heading's permalink: a link to a place on the page whose text is a glyph, no word
 * (`<h2 id="methods">Methods<a class="anchor" href="#methods">#</a></h2>`, `¶`, `§`, `🔗`). It
 * is the reader's control for copying the section's address, not a word of the heading
 * ("Methods#"). A footnote mark is a number, and stays.
 */
function isPermalinkGlyph(el: Element): boolean {
	return tagName(el) === 'a' && (el.attribs.href ?? '').startsWith('#') && !WORD_CHARACTER.test(textOf(el));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A quote holding headings or page furniture is not one quotation but a run of the page. */
function holdsPageParts(quote: Element): boolean {
	let found = false;
	walkElements(quote, (el) => {
		if (found) return false;
		if (/^h[1-6]$/.test(tagName(el)) || isBoilerplateElement(el)) found = true;
		return !found;
	});
	return found;
}

/** An `alt`/`title` that describes the image, or null when it is only the file's name. */
function describing(text: string | undefined): string | null {
	const value = text?.trim();
	return value && !FILE_NAME_ALT_PATTERN.test(value) && !SLUG_ALT_PATTERN.test(value) ? value : null;
}

/** Whether any visible text follows `marker` inside `root`, in reading order. */
function hasWordsAfter(root: Element, marker: Element): boolean {
	let passed = false;
	const visit = (node: AnyNode): boolean => {
		if (node === marker) passed = true;
		else if (passed && isVisibleText(node)) return true;
		return isElement(node) && node.children.some(visit);
	};
	return visit(root);
}

function findChild(el: Element, tag: string): Element | null {
	let found: Element | null = null;
	walkElements(el, (child) => {
		if (found) return false;
		if (tagName(child) === tag) found = child;
		return undefined;
	});
	return found;
}

function closestLink(el: Element, stop: Element | null): Element | null {
	for (let node = el.parent; node && isElement(node); node = node.parent) {
		if (tagName(node) === 'a') return node;
		if (node === stop) break;
	}
	return null;
}

/**
 * A list whose every item is one picture and at most a caption's line (a gallery CMSs write as
 * `<ul class="photo_table">`, each `<li>` a picture, linked to its full-size file or not, and a
 * `<p>` caption): pictures, not a list of their captions. An item with a heading, a second
 * picture, a link to a page or more words is a card (a teaser, a feature with its icon), which
 * stays a list item.
 */
const PICTURE_ITEM_MAX_CHARS = 120;

function isPictureList(el: Element): boolean {
	const items = el.children.filter(isElement);
	return items.length > 0 && items.every(isPictureItem);
}

function isPictureItem(item: Element): boolean {
	if (tagName(item) !== 'li') return false;
	let pictures = 0;
	let card = false;
	walkElements(item, (child) => {
		if (card) return false;
		const tag = tagName(child);
		if (tag === 'img') pictures++;
		card = pictures > 1 || /^h[1-6]$/.test(tag) || (tag === 'a' && !IMAGE_FILE_URL.test(child.attribs.href ?? ''));
		return undefined;
	});
	return !card && pictures === 1 && textLength(item) <= PICTURE_ITEM_MAX_CHARS;
}

/** A link to an image file: a lightbox control when a caption holds it beside its words. */
const IMAGE_FILE_URL = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
/** A control's label is a word or two ("Enlarge", "View full size"); a description is longer. */
const MAX_CONTROL_WORDS = 3;
/** What a separator leaves once the control before it is gone ("Enlarge / Dawn Canova takes…"). */
const LEADING_SEPARATOR = /^[\s/|·•–—-]+/;

/**
 * A caption's words without its lightbox control: a short link to the picture's own file
 * ("Enlarge" in `<figcaption><a href="…/photo.jpg">Enlarge</a> / The director on stage</figcaption>`)
 * is a button, not caption text. A caption that is nothing but such a link keeps it.
 */
function captionText(caption: Element): string {
	const isControl = (el: Element): boolean => tagName(el) === 'a' && IMAGE_FILE_URL.test(el.attribs.href ?? '') && wordCount(textOf(el)) <= MAX_CONTROL_WORDS;
	return textOf(caption, isControl).replace(LEADING_SEPARATOR, '') || textOf(caption);
}

/** A caption's links (its credit, its source) without its lightbox control, as its words are read. */
function captionLinks(caption: Element, baseUrl: string): Link[] {
	return linksOf(caption, baseUrl).filter((link) => !(IMAGE_FILE_URL.test(link.href) && wordCount(link.text) <= MAX_CONTROL_WORDS));
}

/** The best source of an image: the largest `srcset` candidate, then lazy-loading attributes, then `src`. */
function imageSource(img: Element, baseUrl: string): string | null {
	const {attribs} = img;
	// As with `src`, a lazy loader's set is the pictures its script puts in `srcset`, over an
	// inline stand-in there; a set of nothing but stand-ins gives way to the attributes below.
	const srcset = attribs['data-srcset'] ?? attribs['data-lazy-srcset'] ?? attribs.srcset;
	if (srcset) {
		const best = largestCandidate(srcset);
		if (best && !best.startsWith('data:')) return resolveImageUrl(best, baseUrl);
	}
	const lazy = LAZY_SOURCE_ATTRIBUTES.map((name) => attribs[name]).find(isLazySource);
	const src = attribs.src;
	// A lazy loader's attribute holds the picture its script puts in `src`, over whatever stands in there.
	if (lazy) return resolveImageUrl(lazy, baseUrl);
	// A picture a script loads from an attribute of its own naming, linked to its full-size file
	// (a lightbox): the file is the picture.
	const fullSize = closestLink(img, null)?.attribs.href;
	if (!src && !lazy && fullSize && IMAGE_FILE_URL.test(fullSize)) return resolveImageUrl(fullSize, baseUrl);
	return resolveImageUrl(src ?? lazy, baseUrl);
}

/** Where lazy loaders keep the picture's address until it scrolls into view, most common first. */
const LAZY_SOURCE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-actualsrc'] as const;
/**
 * A value a lazy loader's attribute holds that is no picture's address: a flag ("true"), a
 * script or inline document, or a JSON set of sizes for the loader's own script to read.
 */
const NOT_A_SOURCE = /^(?:true|false|javascript:|data:|[{[])/i;

function isLazySource(value: string | undefined): value is string {
	return !!value?.trim() && !NOT_A_SOURCE.test(value.trim());
}

function largestCandidate(srcset: string): string | null {
	let best: string | null = null;
	let bestWidth = -1;
	for (const candidate of srcset.split(/,\s+/)) {
		const [url, descriptor] = candidate.trim().split(/\s+/);
		if (!url) continue;
		const width = descriptor ? Number.parseFloat(descriptor) : 1;
		if (width > bestWidth) {
			best = url;
			bestWidth = width;
		}
	}
	return best;
}

/**
 * The elements that hold the page's headline (an h1 holding the title): the article's own
 * container, never furniture, whatever class it wears (an app root classed `ad`).
 */
export function headlineHolders($: CheerioAPI, title: string | null): ReadonlySet<Element> {
	const holders = new Set<Element>();
	if (!title) return holders;
	for (const h1 of selectAll($, 'h1')) {
		if (!holdsTitle(h1, title)) continue;
		for (let node = h1.parent; isElement(node); node = node.parent) holders.add(node);
	}
	return holders;
}

/**
 * A table that sets one picture and at most a caption's line, as older CMSs and Blogger lay out
 * a figure (`<table class="img"><tr><th><img></th></tr><tr><td>caption</td></tr></table>`): a
 * figure, not data, so its picture is kept. A table with more pictures or more text is a page
 * layout or data, read as text.
 */
function isPictureTable(el: Element): boolean {
	let pictures = 0;
	let badge = false;
	walkElements(el, (child) => {
		if (tagName(child) === 'img' && !isPixelOrIcon(child)) {
			pictures++;
			badge ||= declaredSmallerThan(child, MIN_TABLE_FIGURE_SIZE);
		}
		return pictures <= 1;
	});
	return pictures === 1 && !badge && textLength(el) <= MAX_UNMARKED_CAPTION_CHARS;
}

/** The next sibling element holding any text (an empty share-bar mount between is passed over). */
function nextTextElement(el: Element): Element | null {
	for (let next = nextElement(el); next; next = nextElement(next)) if (textOf(next).trim() !== '') return next;
	return null;
}

/**
 * How a list numbers its items: an `<ol>` is numbered (a ranking, the steps of a how-to), from
 * its `start` when that is not 1. A reader sees "4." before a step, so the archive keeps it.
 */
function numbering(list: Element): {ordered?: true; start?: number} {
	if (tagName(list) !== 'ol') return {};
	const start = Number.parseInt(list.attribs.start ?? '', 10);
	return Number.isInteger(start) && start !== 1 ? {ordered: true, start} : {ordered: true};
}
