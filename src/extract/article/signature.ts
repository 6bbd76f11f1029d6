import type {Element} from 'domhandler';
import type {Block} from '../../snapshot/schema.js';
import {isElement, tagName, walkElements} from '../document/dom.js';
import {textOf} from '../document/text.js';

/**
 * A writer's name alone closing the story, set apart in emphasis (`<p><b><i>Jane Doe</i></b></p>`,
 * "Von Jane Doe"): the signature German and Italian newsrooms sign their reports with, the
 * page's only byline. Two or three capitalised words, each a name's shape; the emphasis tells it
 * from a closing line of capitalised words ("Weitere Informationen").
 */
const SIGNATURE = /^(?:(?:von|by|di|par|por)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})$/u;
const EMPHASIS_TAGS = new Set(['b', 'strong', 'i', 'em']);

/** Whether every word of `el` is inside emphasis: its only child (past blank text) is a b, strong, i or em. */
function isAllEmphasis(el: Element): boolean {
	const children = el.children.filter((child) => !(child.type === 'text' && !child.data.trim()));
	const [only] = children;
	return children.length === 1 && isElement(only) && EMPHASIS_TAGS.has(tagName(only));
}

/** The writer's name and the body without its closing signature, when the body's last block is one. */
export function closingSignature(body: readonly Block[], roots: readonly Element[]): {name: string; body: Block[]} | null {
	const last = body[body.length - 1];
	const name = last?.type === 'paragraph' ? SIGNATURE.exec(last.text)?.[1] : undefined;
	if (!last || !name) return null;
	let paragraph: Element | null = null;
	for (const root of roots) walkElements(root, (el) => void (tagName(el) === 'p' && textOf(el) === last.text && (paragraph = el)));
	return paragraph && isAllEmphasis(paragraph) ? {name, body: body.slice(0, -1)} : null;
}
