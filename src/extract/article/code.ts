import type {AnyNode, Element} from 'domhandler';
import {isElement, tagName, walkElements} from '../document/dom.js';
import {BLOCK_TAGS, NON_CONTENT_TAGS} from '../document/selectors.js';

/**
 * Code listings (commands, source, logs): printed line by line, so their text is read as the
 * page prints it, newlines and indentation kept, not collapsed into one line of prose.
 */

/**
 * The classes highlighters give a listing's line-number column: SyntaxHighlighter's `td.gutter`,
 * Prism's `span.line-numbers-rows`, GitHub's `td.blob-num`, Pygments' `td.linenos`, Rouge's
 * `td.rouge-gutter` / `pre.lineno`, highlight.js's line-numbers plugin, Crayon's `td.crayon-nums`.
 * The numbers are the reader's ruler, not the code.
 */
const GUTTER_CLASSES = new Set(['gutter', 'line-numbers-rows', 'blob-num', 'linenos', 'linenodiv', 'lineno', 'rouge-gutter', 'hljs-ln-numbers', 'crayon-nums']);

/** How highlighters name a listing's language in a class: `language-kotlin`, `lang-js`, GitHub's `highlight-source-python`. */
const LANGUAGE_CLASS = /^(?:language|lang|highlight-source)-([\w#+.-]+)$/i;
/** SyntaxHighlighter's configuration written as the class: `class="brush: php; gutter: true"`. */
const BRUSH_CLASS = /(?:^|\s)brush:\s*([\w#+.-]+)/i;
/** Names that say the listing is in no language (`language-none`, highlight.js's `nohighlight`). */
const NO_LANGUAGE = new Set(['none', 'nohighlight', 'plain', 'plaintext', 'text', 'txt', 'undefined', 'null']);
/** How far up the wrappers around a listing may name its language (Rouge's `div.language-ruby > div.highlight > pre`). */
const MAX_LANGUAGE_WRAPPER_DEPTH = 2;

/** HTML's whitespace (not the no-break space, which highlighters print as indentation). */
const MARKUP_WHITESPACE = /^[ \t\n\r\f]*$/;
const NO_BREAK_SPACE = /\u00a0/g;
const CARRIAGE_RETURN = /\r\n?/g;
/** Blank lines before the first line of code: the markup's, not the listing's. */
const LEADING_BLANK_LINES = /^(?:[ \t\f]*\n)+/;

function classesOf(el: Element): string[] {
	return (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
}

/** A listing's line-number column. */
export function isGutter(el: Element): boolean {
	return classesOf(el).some((name) => GUTTER_CLASSES.has(name));
}

/**
 * The text of a listing as printed: its text nodes as written, `<br>` and the boundaries of
 * block elements (a highlighter's `div.line`, an `li` or a table row per line) as line breaks,
 * tabs and indentation kept; the line-number gutter, scripts and styles left out. Whitespace-only
 * text beside a block element is the markup's line break or indentation between the lines the
 * blocks already make, not a blank line of the code. Line ends are read as HTML reads them (CR LF
 * and CR are LF); a no-break space, which highlighters write for indentation, is a space;
 * trailing whitespace and leading blank lines are trimmed.
 */
export function codeText(el: Element): string {
	const parts: string[] = [];
	const endsLine = (): boolean => {
		const last = parts.at(-1);
		return last === undefined || last.endsWith('\n');
	};
	const breakLine = (): void => {
		if (!endsLine()) parts.push('\n');
	};
	const visit = (node: AnyNode): void => {
		if (node.type === 'text') {
			const data = (node as unknown as {data: string}).data;
			if (MARKUP_WHITESPACE.test(data) && besideBlock(node)) return;
			if (data) parts.push(data);
			return;
		}
		if (!isElement(node)) return;
		const tag = tagName(node);
		if (SKIPPED_TAGS.has(tag) || isGutter(node)) return;
		if (tag === 'br') {
			parts.push('\n');
			return;
		}
		const block = BLOCK_TAGS.has(tag);
		if (block) breakLine();
		for (const child of node.children) visit(child);
		if (block) breakLine();
	};
	visit(el);
	return parts.join('').replace(CARRIAGE_RETURN, '\n').replace(NO_BREAK_SPACE, ' ').replace(LEADING_BLANK_LINES, '').trimEnd();
}

const SKIPPED_TAGS: ReadonlySet<string> = new Set(NON_CONTENT_TAGS);

/** Whether a text node stands next to a block element: a `<br>` is no block, the indentation after it is the next line's. */
function besideBlock(node: AnyNode): boolean {
	const isBlock = (sibling: AnyNode | null): boolean => isElement(sibling) && tagName(sibling) !== 'br' && BLOCK_TAGS.has(tagName(sibling));
	return isBlock(node.prev) || isBlock(node.next);
}

/**
 * The language a listing's markup names, on the listing, the `<code>` inside it or a wrapper
 * holding nothing else (`class="language-kotlin"`, `lang-js`, `highlight-source-python`,
 * `brush: php`, `data-lang="go"`), lower-cased; null when none does.
 */
export function codeLanguage(el: Element): string | null {
	const candidates: Element[] = [el];
	walkElements(el, (child) => {
		if (tagName(child) === 'code') candidates.push(child);
		return candidates.length === 1;
	});
	let wrapper: Element = el;
	for (let depth = 0; depth < MAX_LANGUAGE_WRAPPER_DEPTH && isElement(wrapper.parent) && holdsOnly(wrapper.parent, wrapper); depth++) {
		wrapper = wrapper.parent;
		candidates.push(wrapper);
	}
	for (const candidate of candidates) {
		const named = namedLanguage(candidate);
		if (named) return named;
	}
	return null;
}

function namedLanguage(el: Element): string | null {
	const names = [el.attribs['data-lang'], el.attribs['data-language'], BRUSH_CLASS.exec(el.attribs.class ?? '')?.[1], ...classesOf(el).map((name) => LANGUAGE_CLASS.exec(name)?.[1])];
	for (const name of names) {
		const language = name?.trim().toLowerCase();
		if (language && !NO_LANGUAGE.has(language)) return language;
	}
	return null;
}

/** Whether `parent` holds nothing but `child` and the markup's whitespace. */
function holdsOnly(parent: Element, child: Element): boolean {
	return parent.children.every((node) => node === child || (node.type === 'text' && MARKUP_WHITESPACE.test((node as unknown as {data: string}).data)));
}

/**
 * A table laying out a listing beside its line numbers (SyntaxHighlighter, GitHub's and
 * Pygments' tables): a cell is the gutter. A data table has no such column.
 */
export function isCodeTable(table: Element): boolean {
	let found = false;
	walkElements(table, (el) => {
		found ||= (tagName(el) === 'td' || tagName(el) === 'th') && isGutter(el);
		return !found;
	});
	return found;
}

/**
 * A `<code>` standing as a block of its own (`<div class="snippet"><code>adb devices<br>adb
 * shell</code></div>`): the only thing its parent holds, outside a paragraph, over more than
 * one line. Inline code, a word of a sentence, is read with the sentence.
 */
export function isStandaloneCode(el: Element): boolean {
	return tagName(el) === 'code' && isElement(el.parent) && tagName(el.parent) !== 'p' && holdsOnly(el.parent, el) && codeText(el).includes('\n');
}
