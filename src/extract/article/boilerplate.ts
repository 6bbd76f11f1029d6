import type {ChildNode, Element, ParentNode, Text} from 'domhandler';
import type {Block} from '../../snapshot/schema.js';
import {hasBlockDescendant, hasHidingClass, hasToken, isElement, nextElement, rememberedByTokens, tagName, tokensOf, walkElements} from '../document/dom.js';
import {AUTHOR_ARCHIVE_HREF, AUTHOR_BOX_LABEL_PATTERN, AUTHOR_BOX_MAX_BLOCKS, AUTHOR_BOX_MAX_CHARS, BACK_TO_TOP_PATTERN, BIOGRAPHY_TOKENS, BLOCK_TAGS, BYLINE_TOKENS, BOILERPLATE_COMPOUNDS, BOILERPLATE_TEXT_PATTERNS, BOILERPLATE_TOKEN_JOIN, BOILERPLATE_TOKENS, CHROME_TAGS, LEFTOVER_CONTROL_PATTERN, LOADING_PLACEHOLDER_PATTERN, MOBILE_ONLY_CLASS_PATTERN, MORE_STORY_LABEL_PATTERN, NEWSLETTER_PITCH, POSITIVE_TOKENS, RELATED_CARD_LABEL_PATTERN, RELATED_LINKS_LABEL_PATTERN, ADJACENT_STORY_LABEL_PATTERN, READING_TIME_PATTERN, SOURCE_PREFERENCE_HREF, TAXONOMY_LABEL_PATTERN, COMMENTS_HEADING_PATTERN, THREAD_HEADING_MAX_CHARS, GALLERY_HEADING_PATTERN, GALLERY_HEADING_MAX_CHARS, AD_LABEL_PATTERN, VIEW_COUNT_PATTERN, COMMENT_AREA_TOKENS, LOADING_WIDGET_PATTERN} from '../document/selectors.js';
import {collapseWhitespace, linkDensity, textLength, textOf} from '../document/text.js';
import {withoutClosingShoppingList} from './shopping-list.js';
import {withoutPageMarker} from '../metadata/titles.js';
import {isPixelOrIcon} from '../document/picture-size.js';

/** Page furniture inside or next to an article: by element (tag, role, class/id) and by block text. */

/** Standard HTML tag names; anything else is a custom element whose name is read as a token. */
const BLOCK_OR_INLINE_TAG = /^(a|abbr|address|article|aside|b|bdi|bdo|blockquote|body|br|button|caption|center|cite|code|col|colgroup|data|dd|del|details|dfn|div|dl|dt|em|fieldset|figcaption|figure|font|footer|form|h[1-6]|header|hgroup|hr|i|iframe|img|input|ins|kbd|label|legend|li|main|mark|menu|nav|ol|p|picture|pre|q|s|samp|section|small|source|span|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|tr|u|ul|var|video|audio|wbr)$/;

/**
 * A link to the page's own top (`href="#"`, `"#top"`) labelled as one ("Zum Seitenanfang »"):
 * a control. Themes set it inline, so left in, its label opens whatever line follows.
 */
function isBackToTopLink(el: Element): boolean {
	return (el.attribs.href ?? '').startsWith('#') && BACK_TO_TOP_PATTERN.test(textOf(el));
}

/**
 * AMP's lightbox, the overlay a tap opens over the page (`<amp-lightbox layout="nodisplay">`):
 * an enlarged copy of a picture the story shows, with its caption again, or a dialog. Not the
 * story's; left out by the body reader only, as a hidden box is: the body scorer weighs the
 * page as it stands, the lightbox's words with it (left out there too, the words of a lightbox
 * gallery that holds much of a short page's text tip the scoring to whatever box is left).
 */
const AMP_LIGHTBOX_TAG = 'amp-lightbox';

/**
 * Whether an element inside the body is furniture: layout tags, or boilerplate class/id tokens.
 * An `article` or `itemprop=articleBody` element says it is content, whatever its classes.
 */
export function isBoilerplateElement(el: Element): boolean {
	const tag = tagName(el);
	// `itemprop` is split only where there is one: this runs for every element the body reader meets.
	const {itemprop} = el.attribs;
	if (tag === 'article' || (itemprop !== undefined && itemprop.split(/\s+/).includes('articleBody'))) return false;
	if ((CHROME_TAGS as readonly string[]).includes(tag) || tag === AMP_LIGHTBOX_TAG) return true;
	if (hasHidingClass(el) || isScreenReaderHeading(el)) return true;
	const role = el.attribs.role;
	if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner') return true;
	if (tag === 'div' && (isCrossReferenceBox(el) || isChoiceWidget(el) || isSignUpBox(el) || isLabelledAdBox(el) || isLabelledRelatedCard(el) || isAuthorCard(el))) return true;
	if (tag === 'a' && (isBackToTopLink(el) || SOURCE_PREFERENCE_HREF.test(el.attribs.href ?? ''))) return true;
	// Custom elements name what they are (`<teaser>`, `<related-articles>`): their tag counts as a token.
	const tokens = BLOCK_OR_INLINE_TAG.test(tag) ? roleTokens(el) : [...roleTokens(el), ...tag.split('-')];
	if (tokens.length === 0) return false;
	if (hasBoilerplateToken(tokens)) return !isProseContainer(el, tokens) && !holdsMath(el) && !isMediaWidget(el, tokens) && !isStickyHeaderTable(el, tokens);
	return MOBILE_ONLY_CLASS_PATTERN.test(el.attribs.class ?? '') || opensWithAuthorLabel(el) || isBiographyBox(el, tokens);
}

/**
 * A box marked as the writer's biography holding an author box's worth of text, not an
 * article's paragraphs: the site's note on the writer closing a story. A biography page's own
 * text is longer, or several paragraphs.
 */
function isBiographyBox(el: Element, tokens: readonly string[]): boolean {
	return hasToken(tokens, BIOGRAPHY_TOKENS) && textLength(el) <= AUTHOR_BOX_MAX_CHARS && !holdsProse(el);
}

/**
 * A data table whose only furniture word is `sticky` (`table.table__wrapper--sticky`): the word
 * pins the table's header row while the reader scrolls through it, which says how the table is
 * drawn, not that it is a sticky bar (a share bar, an ad).
 */
function isStickyHeaderTable(el: Element, tokens: readonly string[]): boolean {
	return tagName(el) === 'table' && tokens.includes('sticky') && !hasToken(tokens.filter((token) => token !== 'sticky'), BOILERPLATE_TOKENS);
}

/**
 * A writer's card, whatever its classes: a box that opens with the writer's portrait linked to
 * their archive (`<a href="/authors/jane-roe"><img alt="Jane Roe"></a>`, the link printing no
 * words), then the name the portrait shows and a line about them ("Jane Roe is a news editor
 * with over a decade's experience."), an author box's worth of text; the name may come after the
 * box's label ("Autore", "About the author"). Only the box's first element is asked about, and
 * one level into it: this runs for every div the body reader meets.
 */
function isAuthorCard(el: Element): boolean {
	const first = el.children.find(isElement);
	const link = first?.name === 'a' ? first : first?.children.find(isElement);
	if (!link || link.name !== 'a' || !AUTHOR_ARCHIVE_HREF.test(link.attribs.href ?? '') || textLength(link) > 0) return false;
	const portrait = link.children.find((child): child is Element => isElement(child) && child.name === 'img');
	const name = collapseWhitespace(portrait?.attribs.alt ?? '');
	if (name === '') return false;
	const text = collapseWhitespace(textOf(el));
	const nameAt = text.indexOf(name);
	return (nameAt === 0 || (nameAt > 0 && AUTHOR_BOX_LABEL_PATTERN.test(text.slice(0, nameAt).trim()))) && text.length <= AUTHOR_BOX_MAX_CHARS;
}

/** Whether an element's class or id names page furniture (a modal, a newsletter box, a menu, a cookie notice…). */
export function namesFurniture(el: Element): boolean {
	return hasBoilerplateToken(roleTokens(el));
}

const hasBoilerplateToken = rememberedByTokens((classTokens) => {
	const tokens = withoutWidgetAreas(classTokens);
	return hasToken(tokens, BOILERPLATE_TOKENS) || hasToken(joinedTokens(tokens), BOILERPLATE_COMPOUNDS);
});

/**
 * `tokens` without each `widget` that names a widget area (`widget area`, `widget areas`): CMSs
 * call the layout regions widgets are placed in widget areas (WordPress's sidebars, Future plc's
 * `div.widget-area-group` around a whole review), a region, not a widget. The widgets placed in
 * one (`section.widget`) still say so, and a sidebar region says `sidebar` or is an `<aside>`.
 */
export function withoutWidgetAreas(tokens: readonly string[]): readonly string[] {
	const namesArea = (token: string, at: number): boolean => token === 'widget' && WIDGET_AREA_WORDS.has(tokens[at + 1] ?? '');
	return tokens.some(namesArea) ? tokens.filter((token, at) => !namesArea(token, at)) : tokens;
}

const WIDGET_AREA_WORDS = new Set(['area', 'areas']);

/** A byline is a name or two and a date; longer text marked `author` is a bio or an article (Readability's value). */
const BYLINE_MAX_CHARS = 100;

const pageBylines = new WeakMap<ParentNode, Element | null>();

/**
 * The page's byline: the first element in the page marked as one (`rel=author`,
 * `itemprop=author`, a `byline`/`author`/`dateline` class) outside page chrome. It is
 * metadata (the Snapshot's authors), not body text. Only the first: later matches are author
 * boxes, datelines and quote credits, which other rules judge (Readability's rule).
 * Looked up once per page; the tree must not change after the first call.
 */
export function pageByline(inside: Element): Element | null {
	let page: ParentNode = inside;
	while (page.parent) page = page.parent;
	const cached = pageBylines.get(page);
	if (cached !== undefined) return cached;
	let found: Element | null = null;
	let storyBegun = false;
	walkElements(page, (el) => {
		if (found) return false;
		const tag = tagName(el);
		if (tag === 'head' || tag === 'script' || tag === 'style' || (CHROME_TAGS as readonly string[]).includes(tag)) return false;
		if (isBylineElement(el, storyBegun)) {
			found = el;
			return false;
		}
		if (tag === 'p' && !storyBegun) storyBegun = textLength(el) >= STORY_PARAGRAPH_MIN_CHARS;
		return undefined;
	});
	pageBylines.set(page, found);
	return found;
}

/**
 * The list the page's byline is an item of, when every item is a byline's worth of text: the
 * article's meta list (`<ul class="meta"><li class="byline">By X</li><li>From: Reuters</li>
 * <li>May 2, 2024 9:00PM</li></ul>`). Its other items, the source and the date, are metadata
 * as the byline is. A list with a longer item is content that names its author.
 */
export function bylineMetaList(byline: Element): Element | null {
	const parent = byline.parent;
	const item = tagName(byline) === 'li' ? byline : parent && isElement(parent) && tagName(parent) === 'li' ? parent : null;
	const list = item?.parent;
	if (!list || !isElement(list) || (tagName(list) !== 'ul' && tagName(list) !== 'ol')) return null;
	return list.children.every((child) => !isElement(child) || textLength(child) < BYLINE_MAX_CHARS) ? list : null;
}

/** What may join a byline and its date on one line: separators and the words that introduce them. */
const BYLINE_LINE_JOINER = /^[\s|·•,–—:/-]*(?:(?:by|on|published|updated|von|am)[\s|·•,–—:/-]*)*$/i;

/**
 * The inline wrapper a byline is written in with only its label (`<span class="meta-by">By
 * <a class="author">X</a></span>`): the whole wrapper is the byline. Inline content is read as
 * one run, so a byline inside it is never looked at on its own, and the label would be left
 * behind; the wrapper's parent may then be the line it shares with the date.
 */
export function bylineWrapper(byline: Element): Element {
	let wrapper = byline;
	for (let parent = wrapper.parent; parent && isElement(parent) && !BLOCK_TAGS.has(tagName(parent)) && !hasBlockDescendant(parent); parent = wrapper.parent) {
		if (!parent.children.every((child) => child === wrapper || BYLINE_LINE_JOINER.test(textOf(child)))) break;
		wrapper = parent;
	}
	return wrapper;
}

/**
 * The line a byline shares with the article's date and nothing else (`<div class="post-meta">
 * <a rel="author">X</a> | <time>Dec 5 2026 - 6:21 am PT</time></div>`): metadata with it, so
 * the date and the separator are not left behind as a paragraph of their own.
 */
export function bylineLine(byline: Element): Element | null {
	const line = byline.parent;
	if (!line || !isElement(line) || BLOCK_TAGS.has(tagName(byline)) || hasBlockDescendant(line) || textLength(line) >= BYLINE_MAX_CHARS) return null;
	let dated = false;
	for (const child of line.children) {
		if (child === byline) continue;
		if (isElement(child) && tagName(child) === 'time') dated = true;
		else if (!BYLINE_LINE_JOINER.test(textOf(child))) return null;
	}
	return dated ? line : null;
}

/**
 * A paragraph longer than a byline, and than the line of a dek, is the story's. A link to a
 * writer's archive after it, marked by nothing else, is a person the story names ("People
 * mentioned: <a href="/author/…">…</a>"), not who wrote it.
 */
const STORY_PARAGRAPH_MIN_CHARS = 150;

function isBylineElement(el: Element, storyBegun: boolean): boolean {
	// A link to the writer's archive is a byline no class marks ("著者：後藤大地" → /author/180/),
	// where bylines are: before the story.
	const archiveLink = !storyBegun && el.name === 'a' && AUTHOR_ARCHIVE_HREF.test(el.attribs.href ?? '');
	const marked = el.attribs.rel === 'author' || (el.attribs.itemprop ?? '').includes('author') || hasToken(tokensOf(el), BYLINE_TOKENS) || archiveLink;
	if (!marked) return false;
	const length = textLength(el);
	return length > 0 && length < BYLINE_MAX_CHARS;
}

/**
 * Classes that move an element off screen for screen readers only (WordPress's
 * `screen-reader-text` and Twenty Eleven's `assistive-text`, Bootstrap's `sr-only`).
 */
const SCREEN_READER_CLASSES = new Set(['screen-reader-text', 'assistive-text', 'sr-only', 'visually-hidden', 'visuallyhidden']);

/**
 * A heading only screen readers are given: the label of a widget ("Beitragsnavigation", "Post
 * navigation" over the links to the next and previous posts), never a heading the reader sees
 * in the story.
 */
function isScreenReaderHeading(el: Element): boolean {
	return HEADING.test(el.name) && (el.attribs.class ?? '').split(/\s+/).some((name) => SCREEN_READER_CLASSES.has(name));
}

/** Paragraph siblings that show a body writes its paragraphs as `<p>`: a bare-text `<div>` among them is a box. */
const CROSS_REFERENCE_MIN_PARAGRAPH_SIBLINGS = 2;
/** A cross-reference is a sentence or two pointing elsewhere; longer text is a paragraph written in a div. */
const CROSS_REFERENCE_MAX_CHARS = 300;
/** Share of a cross-reference's text in its closing link (the other article's title): a fifth or more. */
const CROSS_REFERENCE_MIN_LINK_SHARE = 0.2;
/** What may follow the closing link: punctuation, no more words. */
const TRAILING_PUNCTUATION = /^[\s.,:;!?)\]»"“”'’…]*$/u;

/**
 * A box among the body's paragraphs that points the reader to another article ("How Apple
 * protects which data, we explain in our article <a>iCloud: …</a>"): a `<div>` holding only
 * inline text among `<p>` siblings, short, and ending in a link that carries much of its text.
 */
function isCrossReferenceBox(el: Element): boolean {
	// Cheapest tests first: this runs for every div the body reader meets.
	const closing = closingChild(el);
	if (!isElement(closing) || tagName(closing) !== 'a' || !closing.attribs.href) return false;
	const parent = el.parent;
	if (!parent || !isElement(parent)) return false;
	if (el.children.some((child) => isElement(child) && BLOCK_TAGS.has(tagName(child)))) return false;
	let paragraphs = 0;
	for (const sibling of parent.children) if (isElement(sibling) && tagName(sibling) === 'p' && ++paragraphs >= CROSS_REFERENCE_MIN_PARAGRAPH_SIBLINGS) break;
	if (paragraphs < CROSS_REFERENCE_MIN_PARAGRAPH_SIBLINGS) return false;
	const length = textLength(el);
	return length > 0 && length <= CROSS_REFERENCE_MAX_CHARS && textLength(closing) / length >= CROSS_REFERENCE_MIN_LINK_SHARE;
}

/**
 * A box whose only text is the ad label over its first child ("<div>Anzeige</div>" over a
 * banner's linked picture): an ad among the story's paragraphs, whatever its class is called.
 * The label must be the first child's one text: this runs for every div the body reader meets.
 */
function isLabelledAdBox(el: Element): boolean {
	const label = el.children.find(isElement);
	const text = label?.children.length === 1 ? label.children[0] : undefined;
	if (!text || text.type !== 'text') return false;
	const word = (text as Text).data.trim();
	return AD_LABEL_PATTERN.test(word) && textLength(el) === word.length;
}

/** A related-story card is a label, a linked headline, a blurb and a byline; more text is a section of the story. */
const RELATED_CARD_MAX_CHARS = 300;
/** A label is a word or two with the markup's spacing around it ("Related", "  See also:  "). */
const RELATED_CARD_LABEL_MAX_CHARS = 60;

/**
 * A card the site labels as related reading: "Related" (or "See also", "Lesen Sie auch") alone
 * in an element of its own, beside a link to another story, its headline, a blurb and a byline
 * (Valnet's in-body display cards, `div.display-card.article-card`, whose `article` class reads
 * as content). Another story's teaser among the paragraphs, not the story. The label is looked
 * for in the card's children and their only child: this runs for every div the body reader meets.
 */
function isLabelledRelatedCard(el: Element): boolean {
	const labelled = el.children.some((child) => {
		const label = isElement(child) ? loneText(child) ?? loneText(onlyChildElement(child)) : null;
		return label !== null && label.length <= RELATED_CARD_LABEL_MAX_CHARS && RELATED_CARD_LABEL_PATTERN.test(label.trim());
	});
	if (!labelled || textLength(el) > RELATED_CARD_MAX_CHARS) return false;
	let linksAway = false;
	walkElements(el, (child) => {
		if (tagName(child) === 'a' && !(child.attribs.href ?? '#').startsWith('#')) linksAway = true;
		return !linksAway;
	});
	return linksAway;
}

/** An element's text when it holds nothing but one text node (`<label>Related</label>`). */
function loneText(el: Element | null): string | null {
	const only = el?.children.length === 1 ? el.children[0] : undefined;
	return only?.type === 'text' ? (only as Text).data : null;
}

/** An element's one child element when it holds nothing else (`<span><label>…</label></span>`). */
function onlyChildElement(el: Element): Element | null {
	let only: Element | null = null;
	for (const child of el.children) {
		if (isElement(child)) {
			if (only) return null;
			only = child;
		} else if (child.type === 'text' && /\S/.test((child as Text).data)) return null;
	}
	return only;
}

/** A sign-up box is a call, a field and a note or two; a box with more text is the article around a form. */
const SIGN_UP_BOX_MAX_CHARS = 300;
/** How a form names its field for an email address (`name="email"`, `placeholder="E-Mail-Adresse"`) when its type does not. */
const EMAIL_FIELD_NAME = /e-?mail/i;

/**
 * A box around a form that asks for the reader's email address ("Follow X and never miss an
 * update!" over an email field and "Sign-Up"): a newsletter sign-up, whose heading and pitch
 * are the site's, not the story's. Only a box holding the form as a child is asked about, and
 * only its form is searched: this runs for every div the body reader meets.
 */
function isSignUpBox(el: Element): boolean {
	const form = el.children.find((child): child is Element => isElement(child) && tagName(child) === 'form');
	if (!form || textLength(el) > SIGN_UP_BOX_MAX_CHARS) return false;
	let found = false;
	walkElements(form, (child) => {
		if (tagName(child) === 'input' && isEmailField(child)) found = true;
		return !found;
	});
	return found;
}

function isEmailField(input: Element): boolean {
	const {type, name, id, placeholder} = input.attribs;
	return type === 'email' || [name, id, placeholder].some((value) => value !== undefined && EMAIL_FIELD_NAME.test(value));
}

/** Buttons a poll or quiz offers at least: a question has two answers or more. */
const CHOICE_WIDGET_MIN_BUTTONS = 2;
/** What a poll shows besides its question and its choices: a tally ("1,204 votes"), a "Vote" note. */
const CHOICE_WIDGET_MAX_OTHER_CHARS = 60;

/**
 * A question over a set of buttons, its answers (Android Authority's reader polls, a quiz):
 * an interactive widget. The choices are controls, and without them the question and its
 * tally are not what the story says. Looks at children and grandchildren only: this runs for
 * every div the body reader meets.
 */
function isChoiceWidget(el: Element): boolean {
	// The shape first, the text only for a div that has it: nearly every div fails the shape,
	// and measuring every child's text for each div of a nested run made the test quadratic.
	if (!hasChoiceWidgetShape(el)) return false;
	let other = 0;
	for (const child of el.children) {
		if (!isElement(child)) {
			other += child.type === 'text' ? (child as Text).data.trim().length : 0;
			continue;
		}
		const tag = tagName(child);
		if (HEADING_2_TO_6.test(tag) || tag === 'button') continue;
		const inner = child.children.filter((grandchild): grandchild is Element => isElement(grandchild) && tagName(grandchild) === 'button');
		other += textLength(child) - inner.reduce((sum, button) => sum + textLength(button), 0);
		if (other > CHOICE_WIDGET_MAX_OTHER_CHARS) return false;
	}
	return true;
}

const HEADING_2_TO_6 = /^h[2-6]$/;

/** One heading child, and buttons among the children and grandchildren for two choices or more. */
function hasChoiceWidgetShape(el: Element): boolean {
	let headings = 0;
	let buttons = 0;
	for (const child of el.children) {
		if (!isElement(child)) continue;
		const tag = tagName(child);
		if (HEADING_2_TO_6.test(tag)) headings++;
		else if (tag === 'button') buttons++;
		else for (const grandchild of child.children) if (isElement(grandchild) && tagName(grandchild) === 'button') buttons++;
	}
	return headings === 1 && buttons >= CHOICE_WIDGET_MIN_BUTTONS;
}

/** The last child node that is more than whitespace or punctuation. */
function closingChild(el: Element): ChildNode | undefined {
	for (let index = el.children.length - 1; index >= 0; index--) {
		const child = el.children[index];
		if (child?.type === 'text' && TRAILING_PUNCTUATION.test((child as Text).data)) continue;
		return child;
	}
	return undefined;
}

/**
 * Formula renderers wrap each MathML formula in widgets whose classes read as furniture
 * (MathJax's `CtxtMenu_Attached` is its right-click menu): a formula is always article text.
 */
function holdsMath(el: Element): boolean {
	let found = false;
	walkElements(el, (child) => {
		if (tagName(child) === 'math') found = true;
		return !found;
	});
	return found || tagName(el) === 'math';
}

/** A caption is a sentence or two; a widget holding more text is a box of its own. */
const MEDIA_WIDGET_MAX_CHARS = 300;
/** A caption may link its credit; a widget whose text is mostly links is a teaser. */
const MEDIA_WIDGET_MAX_LINK_DENSITY = 0.25;

/**
 * Whether a furniture word may name a box around one of the story's own pictures: CMSs call
 * the pictures they insert "widgets" (Drupal Scald's `dnd-widget-wrapper type-image`), and a
 * wire service's story page calls the picture that goes with it its "related photo"
 * (`div.relatedPhoto#articleImage`).
 */
function namesStoryPicture(token: string): boolean {
	return token.startsWith('widget') || token === 'related';
}

/**
 * An element whose only furniture words may name a story's picture (`widget`, `related`) and
 * that is a picture box is a figure of the article.
 */
function isMediaWidget(el: Element, tokens: readonly string[]): boolean {
	if (!tokens.every((token) => namesStoryPicture(token) || !hasToken([token], BOILERPLATE_TOKENS)) || hasToken(joinedTokens(tokens), BOILERPLATE_COMPOUNDS)) return false;
	return isPictureBox(el);
}

/**
 * A box holding an unlinked picture with at most a caption's worth of text: a figure. A box of
 * other stories links its pictures and headlines to them. An icon set in a line of text (a
 * 12-pixel pen before the writer's name in the byline row) is the line's glyph, not a picture:
 * it makes no figure of the row.
 */
export function isPictureBox(el: Element): boolean {
	let picture = false;
	walkElements(el, (child) => {
		const tag = tagName(child);
		if (tag === 'a') return false;
		if ((tag === 'img' && !isPixelOrIcon(child)) || tag === 'picture') picture = true;
		return !picture;
	});
	return picture && textLength(el) <= MEDIA_WIDGET_MAX_CHARS && linkDensity(el) <= MEDIA_WIDGET_MAX_LINK_DENSITY;
}

/**
 * Words of a heading that make an id spelling it out a phrase rather than a role name: roles
 * are a word or two (`comments`, `related-posts`, `share-bar`), while generated anchors repeat
 * a heading (`sharing-with-a-single-developer`).
 */
const MIN_HEADING_SLUG_WORDS = 4;

/**
 * The class/id words that say what an element is for. An id that spells out the element's own
 * heading is an anchor for links (docutils, Sphinx and Markdown tools write them), not a role:
 * "Sharing with a single developer" is a chapter, not share buttons. The id may go on past the
 * heading's words: a Markdown tool that slugs the heading's source takes in the URL of a linked
 * heading (`## [Why does cron only offer minute granularity?](https://superuser.com/…)` gives
 * `why-does-cron-only-offer-minute-granularity-https-superuser-com-…`), and a repeated heading
 * gets a number; the words after the heading's are the link's, not a role's.
 */
export function roleTokens(el: Element): readonly string[] {
	const tokens = tokensOf(el);
	const id = el.attribs.id;
	// The heading first: most elements with an id are not and do not open with one, and their id goes unsplit.
	const heading = id ? ownHeading(el) : null;
	if (!id || !heading) return tokens;
	// The id first: most ids are a word or two, and the heading's text goes unread.
	const idWords = wordsOf(id);
	if (idWords.length < MIN_HEADING_SLUG_WORDS) return tokens;
	const headingWords = wordsOf(textOf(heading));
	if (headingWords.length < MIN_HEADING_SLUG_WORDS || headingWords.some((word, i) => idWords[i] !== word)) return tokens;
	return el.attribs.class ? wordsOf(el.attribs.class) : [];
}

function wordsOf(text: string): string[] {
	return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The element if it is a heading, or the heading it opens with. */
function ownHeading(el: Element): Element | null {
	const heading = HEADING.test(tagName(el)) ? el : el.children.find(isElement);
	return heading && HEADING.test(tagName(heading)) ? heading : null;
}

const HEADING = /^h[1-6]$/;

/**
 * Paragraphs of prose a container must hold to be read as content despite a furniture token,
 * and how long each is at least: a share bar or related box holds links and one-liners, not
 * three real paragraphs. Chosen low enough for a short news item, high enough that a teaser
 * list with one-sentence blurbs stays furniture.
 */
const PROSE_RESCUE_MIN_PARAGRAPHS = 3;
const PROSE_RESCUE_MIN_PARAGRAPH_CHARS = 80;
/** Link density above which a paragraph is a teaser or link list, not prose. */
const PROSE_RESCUE_MAX_LINK_DENSITY = 0.5;

/**
 * Themes put effect classes on the article itself (`entry themeform share`, `content sticky`):
 * an element that also says it is content and holds several real paragraphs is the article.
 */
function isProseContainer(el: Element, tokens: readonly string[]): boolean {
	return hasToken(tokens, POSITIVE_TOKENS) && holdsProse(el);
}

/** Whether an element holds `PROSE_RESCUE_MIN_PARAGRAPHS` real paragraphs: an article's text, not a box's note. */
function holdsProse(el: Element): boolean {
	let paragraphs = 0;
	const stack = [...el.children];
	while (stack.length > 0 && paragraphs < PROSE_RESCUE_MIN_PARAGRAPHS) {
		const node = stack.pop();
		if (!isElement(node)) continue;
		if (tagName(node) === 'p') {
			if (textLength(node) >= PROSE_RESCUE_MIN_PARAGRAPH_CHARS && linkDensity(node) <= PROSE_RESCUE_MAX_LINK_DENSITY) paragraphs++;
		} else stack.push(...node.children);
	}
	return paragraphs >= PROSE_RESCUE_MIN_PARAGRAPHS;
}

/** Child nodes a label element (and each of its children) may have: "AUTOR", "<b>About</b> the author". */
const MAX_LABEL_CHILD_NODES = 3;

/** A box whose first child is a label like "AUTOR" / "About the author": an author bio box. */
function opensWithAuthorLabel(el: Element): boolean {
	const first = el.children.find(isElement);
	// A label is a word or two: a first child holding more markup than that is content, and is not read (keeps this O(1) per element).
	if (!first || first.children.length > MAX_LABEL_CHILD_NODES || first.children.some((child) => isElement(child) && (BLOCK_TAGS.has(tagName(child)) || child.children.length > MAX_LABEL_CHILD_NODES))) return false;
	return AUTHOR_BOX_LABEL_PATTERN.test(collapseWhitespace(textOf(first)));
}

/** Runs of 2..BOILERPLATE_TOKEN_JOIN adjacent tokens written as one word (`author-box` → `authorbox`). */
function joinedTokens(tokens: readonly string[]): string[] {
	const joined: string[] = [];
	for (let start = 0; start < tokens.length; start++) {
		let word = tokens[start] ?? '';
		for (let end = start + 1; end < Math.min(tokens.length, start + BOILERPLATE_TOKEN_JOIN); end++) {
			word += tokens[end];
			joined.push(word);
		}
	}
	return joined;
}

/**
 * What may follow a related-reading box at the end of the body and still be furniture: a
 * promo's heading and a line or two ("Deine Jobbörse … Über 20.000 Traumjobs …"), a sign-up
 * or sponsor note. Chosen to hold a heading and a paragraph of up to three sentences; an
 * article that goes on after the box for more than this is still being told.
 */
const TAIL_AFTER_RELATED_MAX_BLOCKS = 2;
const TAIL_AFTER_RELATED_MAX_CHARS = 400;

/**
 * What may follow a comment thread's heading at the end of the body and still be the thread's
 * surroundings, not the story: the comment policy, a label and a paragraph of a few sentences
 * ("Rechtliche Hinweise:" and "Die Kommentare der User geben nicht …"). The thread itself is read
 * apart; an article that goes on after a "Comments" heading for more than this (a tutorial's
 * section on code comments) keeps it.
 */
const TAIL_AFTER_THREAD_HEADING_MAX_BLOCKS = 2;
const TAIL_AFTER_THREAD_HEADING_MAX_CHARS = 700;

/**
 * Drop blocks that are page furniture by their text ("FEATURED VIDEO", "Latest Stories");
 * a furniture heading takes the list, image or embed right after it along. Leading blocks
 * that repeat the title or deck are dropped too (they are metadata, already read). A
 * related-reading box (label and list) closes the article: a short tail after it is more
 * furniture (a promo, a sign-up note). A script's loading placeholder is left out alone, and
 * so is a shopping list closing the body (see `withoutClosingShoppingList`).
 */
export function dropBoilerplateBlocks(blocks: readonly Block[], headline: readonly (string | null)[], subtitle: string | null = null): Block[] {
	const kept: Block[] = [];
	let dropNextCollection = false;
	let seenText = false;
	let authorBox: {blocks: number; chars: number} | null = null;
	let relatedBoxEnd: number | null = null;
	let threadHeadingAt: number | null = null;
	/** The block before was a headline read with the lines above it as its header. */
	let afterHeaderHeadline = false;
	for (const block of blocks) {
		if (isLoadingPlaceholder(block) || (block.type === 'paragraph' && LEFTOVER_CONTROL_PATTERN.test(block.text))) continue;
		if (authorBox && authorBox.blocks < AUTHOR_BOX_MAX_BLOCKS && authorBox.chars + block.text.length <= AUTHOR_BOX_MAX_CHARS) {
			authorBox.blocks++;
			authorBox.chars += block.text.length;
			continue;
		}
		authorBox = null;
		if ((block.type === 'heading' || block.type === 'paragraph') && AUTHOR_BOX_LABEL_PATTERN.test(block.text)) {
			authorBox = {blocks: 0, chars: 0};
			continue;
		}
		const isCollection = block.type === 'list' || block.type === 'embed' || block.type === 'image';
		if (dropNextCollection && isCollection) {
			dropNextCollection = false;
			relatedBoxEnd = kept.length;
			continue;
		}
		dropNextCollection = false;
		if (BOILERPLATE_TEXT_PATTERNS.some((pattern) => pattern.test(block.text)) || isRelatedLinksLine(block) || isNewsletterPitch(block.text)) {
			dropNextCollection = block.type === 'heading' || block.type === 'paragraph';
			continue;
		}
		if (isStoryLinkLine(block) || isTaxonomyBlock(block) || isReadingTimeLine(block)) continue;
		const title = headline[0];
		const isTitleHeading = block.type === 'heading' && !!title && (sameText(block.text, title) || restates(block.text, title) || isKickeredTitle(block.text, title));
		// Where the container holds the whole header (lines above the headline), the heading right
		// after the headline repeating the summary is its abstract. Without that header such a
		// heading may be the story's lead set large, and stays.
		const isHeaderAbstract = afterHeaderHeadline && block.type === 'heading' && !!subtitle && sameText(block.text, subtitle);
		afterHeaderHeadline = false;
		if (isHeaderAbstract) continue;
		if (isTitleHeading && seenText && isHeadlineHeader(kept)) {
			kept.length = 0;
			seenText = false;
			afterHeaderHeadline = true;
			continue;
		}
		if (!seenText && (block.type === 'heading' || block.type === 'paragraph') && headline.some((text) => text && sameText(block.text, text))) continue;
		if (!seenText && (isTitleHeading || (block.type === 'heading' && !!title && isOverlinedTitle(block.text, title)))) continue;
		if (block.type !== 'image' && block.type !== 'embed' && !block.text) continue;
		if (block.type !== 'image' && block.type !== 'embed') seenText = true;
		if (seenText && threadHeadingAt === null && isThreadHeading(block)) threadHeadingAt = kept.length;
		kept.push(block);
	}
	if (relatedBoxEnd !== null && isShortTail(kept.slice(relatedBoxEnd))) kept.length = relatedBoxEnd;
	if (threadHeadingAt !== null && threadHeadingAt < kept.length && isThreadSurroundings(kept.slice(threadHeadingAt + 1))) kept.length = threadHeadingAt;
	const contactAt = pressContactAt(kept);
	if (contactAt !== null) kept.length = contactAt;
	while (isLeadInHeading(kept[kept.length - 1]) || isGalleryHeading(kept[kept.length - 1])) kept.pop();
	return withoutClosingShoppingList(kept);
}

/**
 * A heading that ends with a colon leads in to what follows it ("Weitere Informationen zum
 * Coronavirus:", "Teilnehmende Blogs:"); closing the body, it led in to what is not body (a link
 * list, a teaser box) and stands for nothing of the story.
 */
const LEAD_IN_HEADING = /[:：]\s*$/;

function isLeadInHeading(block: Block | undefined): boolean {
	return block?.type === 'heading' && LEAD_IN_HEADING.test(block.text);
}

/** A gallery's label (see `GALLERY_HEADING_PATTERN`); tested where it closes the body, its gallery gone. */
function isGalleryHeading(block: Block | undefined): boolean {
	return block?.type === 'heading' && block.text.length <= GALLERY_HEADING_MAX_CHARS && GALLERY_HEADING_PATTERN.test(block.text);
}

/** A widget's loading notice ("Loading ...", "Caricamento player"), or the spinner picture that shows it (alt "Loading ..."). */
function isLoadingPlaceholder(block: Block): boolean {
	const text = block.type === 'image' ? (block.alt ?? '') : block.text;
	return (block.type === 'paragraph' || block.type === 'image') && (LOADING_PLACEHOLDER_PATTERN.test(text) || LOADING_WIDGET_PATTERN.test(text));
}

/** A short line whose whole text is a comment thread's heading ("KOMMENTARE..", "12 Comments"). */
function isThreadHeading(block: Block): boolean {
	return (block.type === 'heading' || block.type === 'paragraph') && block.text.length <= THREAD_HEADING_MAX_CHARS && COMMENTS_HEADING_PATTERN.test(block.text);
}

/**
 * The comment policy a page sets in a box of its own right above its comment widget's mount, at
 * the end of the story (`<div><p>We welcome a lively debate … read our guidelines.</p><p>The views
 * below are the readers' own.</p></div><div class="fb-comments"></div>`): the thread's
 * surroundings, as after a thread heading, not the story. The mount is empty (a script fills it)
 * and its class or id names a comment area; the box holds a paragraph or two, no more text than
 * a thread heading's tail.
 */
export function isNoticeBeforeCommentMount(el: Element): boolean {
	const mount = nextElement(el);
	if (!mount || !hasToken(tokensOf(mount), COMMENT_AREA_TOKENS) || textLength(mount) > 0 || !hasBlockDescendant(el)) return false;
	return el.children.filter(isElement).length <= TAIL_AFTER_THREAD_HEADING_MAX_BLOCKS && textLength(el) <= TAIL_AFTER_THREAD_HEADING_MAX_CHARS;
}

/**
 * A press release closes with its press office's contact ("Pressekontakt:", "Media contact",
 * "Contact presse"), a label over an address, a phone number and an e-mail: the sender's
 * letterhead, not the news. The label must be a line of its own (a heading, or a paragraph no
 * longer than a label) and what follows it short, as a contact block is: a story that goes on
 * for more after a section of that name (how to reach a help line) keeps it.
 */
const PRESS_CONTACT_LABEL = /^(?:press(?:e)?[ -]?(?:contacts?|kontakte?|office)|media (?:contacts?|enquiries|inquiries)|medienkontakte?|pressestelle|contacts? (?:presse|media)|ansprechpartner(?:in)? für (?:die )?(?:presse|medien))\s*:?$/i;
const PRESS_CONTACT_MAX_BLOCKS = 4;
const PRESS_CONTACT_MAX_CHARS = 500;

function pressContactAt(blocks: readonly Block[]): number | null {
	const from = Math.max(0, blocks.length - PRESS_CONTACT_MAX_BLOCKS - 1);
	for (let i = blocks.length - 1; i >= from; i--) {
		const block = blocks[i];
		if (!block || (block.type !== 'heading' && block.type !== 'paragraph') || !PRESS_CONTACT_LABEL.test(block.text)) continue;
		const tail = blocks.slice(i + 1);
		return i > 0 && tail.length > 0 && tail.reduce((sum, next) => sum + next.text.length, 0) <= PRESS_CONTACT_MAX_CHARS ? i : null;
	}
	return null;
}

function isThreadSurroundings(tail: readonly Block[]): boolean {
	return tail.length <= TAIL_AFTER_THREAD_HEADING_MAX_BLOCKS && tail.reduce((sum, block) => sum + block.text.length, 0) <= TAIL_AFTER_THREAD_HEADING_MAX_CHARS;
}

function isShortTail(tail: readonly Block[]): boolean {
	return tail.length <= TAIL_AFTER_RELATED_MAX_BLOCKS && tail.reduce((sum, block) => sum + block.text.length, 0) <= TAIL_AFTER_RELATED_MAX_CHARS;
}

/**
 * The lines a page sets above its headline — a section label ("Column", "Analysis"), a date
 * stamp — are its header, not the story, which starts below the headline. At most this many
 * lines, each no longer than a label or a date line: a paragraph of story before a heading that
 * restates the title (a recap at the end of a short intro) is longer.
 */
const HEADLINE_HEADER_MAX_LINES = 3;
const HEADLINE_HEADER_LINE_MAX_CHARS = 60;

function isHeadlineHeader(kept: readonly Block[]): boolean {
	// The section label may be set as a heading of its own (`<div class="block-header"><h2>News</h2></div>`).
	return kept.length <= HEADLINE_HEADER_MAX_LINES && kept.every((block) => (block.type === 'paragraph' || block.type === 'heading') && block.text.length <= HEADLINE_HEADER_LINE_MAX_CHARS);
}

/** A kicker before the title, then its page marker ("Farewell, water cooling: Testing SSDs in a NUC (1/2)"). */
const KICKER_SEPARATOR = /[:：|—–-]\s*$/;

function isKickeredTitle(heading: string, title: string): boolean {
	const text = withoutPageMarker(collapseWhitespace(heading));
	return text.length > title.length && text.endsWith(title) && KICKER_SEPARATOR.test(text.slice(0, -title.length));
}

/**
 * A headline set with its overline in one heading (`<h1><span>Das Halbfinale am Dienstag</span>
 * <span>München verliert 0:3 …</span></h1>`) reads as the overline, then the whole title, with no
 * separator between them. Only a title of a sentence's size is told apart this way (a one-word
 * title ends many headings), and the overline is the shorter part: a heading that ends with a
 * short title is a sentence of its own.
 */
const OVERLINED_TITLE_MIN_WORDS = 5;

function isOverlinedTitle(heading: string, title: string): boolean {
	const text = collapseWhitespace(heading);
	const overline = text.slice(0, -title.length).trim();
	return text.endsWith(` ${title}`) && overline.length > 0 && overline.length < title.length && wordsOf(title).length >= OVERLINED_TITLE_MIN_WORDS;
}

/**
 * Share of a text's words (by length) that must come from another text for it to be that text
 * in other words ("Make your Firefox your own" under "Firefox — Customize and make it your own"):
 * Readability's value for its title-header test.
 */
const RESTATEMENT_MIN_SHARE = 0.75;

/** Whether `text` is made of `source`'s words: a headline set above the body, a summary retold as the first paragraph. */
export function restates(text: string, source: string): boolean {
	const sourceWords = new Set(wordsOf(source));
	const words = wordsOf(text);
	if (words.length === 0) return false;
	const own = words.filter((word) => !sourceWords.has(word)).join(' ').length;
	return 1 - own / words.join(' ').length > RESTATEMENT_MIN_SHARE;
}

/**
 * Share of a labelled line's text in its links above which it lists other articles (more than
 * half), and how many links it needs: one ("Related: <a>…</a>", "Read more <a>here</a>") is a
 * cross-reference the story makes, two or more are a list of other stories.
 */
const RELATED_LINKS_MIN_LINK_SHARE = 0.5;
const RELATED_LINKS_MIN_LINKS = 2;

/** "Siehe auch" and a run of linked titles: a related-links box written as one paragraph. */
function isRelatedLinksLine(block: Block): boolean {
	if (block.type !== 'paragraph' || block.links.length < RELATED_LINKS_MIN_LINKS || !RELATED_LINKS_LABEL_PATTERN.test(block.text)) return false;
	const linked = block.links.reduce((sum, link) => sum + link.text.length, 0);
	return linked / block.text.length > RELATED_LINKS_MIN_LINK_SHARE;
}

/** A newsletter's pitch (see `NEWSLETTER_PITCH`): the closing call tested first, as nearly every block lacks it. */
function isNewsletterPitch(text: string): boolean {
	if (text.length > NEWSLETTER_PITCH.maxChars) return false;
	const called = NEWSLETTER_PITCH.call.test(text.slice(-NEWSLETTER_PITCH.callChars)) || NEWSLETTER_PITCH.namedCall.test(text.slice(-NEWSLETTER_PITCH.namedCallChars));
	return called && NEWSLETTER_PITCH.topic.test(text);
}

/** The share of a line's text past its label that its links must hold to be links to other pages (more than half). */
const LABELLED_LINKS_MIN_LINK_SHARE = 0.5;

/**
 * "≫次の記事 <a>…</a>", "Previous post: <a>…</a>": the link to the next or previous story;
 * "More: <a>…</a>": the link to another story.
 */
function isStoryLinkLine(block: Block): boolean {
	if (block.type !== 'paragraph' || block.links.length === 0) return false;
	const label = ADJACENT_STORY_LABEL_PATTERN.exec(block.text) ?? MORE_STORY_LABEL_PATTERN.exec(block.text);
	return !!label && linkShare(block, block.text.length - label[0].length) > LABELLED_LINKS_MIN_LINK_SHARE;
}

/**
 * A line that says only how long the story takes to read ("2 minute read", "· 5 min read",
 * "Lesezeit: 3 Min.") or how often it was read ("(Visited 215 times, 55 visits today)").
 */
function isReadingTimeLine(block: Block): boolean {
	return block.type === 'paragraph' && (READING_TIME_PATTERN.test(block.text) || VIEW_COUNT_PATTERN.test(block.text));
}

/**
 * What a template may print after a taxonomy line's last name, in the same paragraph: one short
 * sentence of its own ("Bookmark the permalink.", "The views expressed by the author are
 * personal."). A line whose names run on into more text than this is the writer's prose.
 */
const TAXONOMY_TAIL_MAX_CHARS = 100;

/**
 * A line, or a list whose every item is one, of a taxonomy label and the linked names ("Tags:
 * <a>Intel</a>, <a>SSD</a>"), with at most a short closing sentence of the template's after them.
 */
function isTaxonomyBlock(block: Block): boolean {
	// The first line's label first: nearly every block has none, and is not split into lines.
	if ((block.type !== 'paragraph' && block.type !== 'list') || block.links.length === 0 || !TAXONOMY_LABEL_PATTERN.test(block.text)) return false;
	const namesEnd = endOfLastLink(block);
	if (block.text.length - namesEnd > TAXONOMY_TAIL_MAX_CHARS) return false;
	let named = 0;
	for (const line of block.text.slice(0, namesEnd).split('\n')) {
		const label = TAXONOMY_LABEL_PATTERN.exec(line);
		if (!label) return false;
		named += line.length - label[0].length;
	}
	return linkShare(block, named) > LABELLED_LINKS_MIN_LINK_SHARE;
}

/** Where the block's last link text ends in its text (its end when the link has no text there). */
function endOfLastLink(block: Block): number {
	const last = block.links.at(-1)?.text ?? '';
	const at = last ? block.text.lastIndexOf(last) : -1;
	return at < 0 ? block.text.length : at + last.length;
}

function linkShare(block: Block, chars: number): number {
	return chars > 0 ? block.links.reduce((sum, link) => sum + link.text.length, 0) / chars : 0;
}

function sameText(a: string, b: string): boolean {
	return collapseWhitespace(a).toLowerCase() === collapseWhitespace(b).toLowerCase();
}
