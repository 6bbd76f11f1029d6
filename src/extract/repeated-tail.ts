import type {Block} from '../snapshot/schema.js';

/**
 * A body that closes by repeating, block for block, a run of itself is two copies of the same
 * part: the copy a paywall keeps to show once the reader's free articles run out (the key
 * points and the opening paragraphs again, in a box the paywall's script shows), or one for
 * another screen, hidden by a class only the site's stylesheet reads (Tailwind's prefixed
 * `tw:hidden`). A reader sees the part once. A story does not end by restating whole paragraphs
 * of itself word for word.
 */

/**
 * A copy of a part runs to three blocks or more (a paywall's teaser holds the key points and the
 * opening paragraphs): a line or two set again (a refrain, a sign-off, a passage quoted twice
 * around a picture) may be the page's own.
 */
const MIN_REPEATED_BLOCKS = 3;
/** And more than a few words: two short lines repeated (a label and a date) may be a layout's, not a copy. */
const MIN_REPEATED_CHARS = 200;

/** `blocks` without the run closing it that repeats an earlier run of its blocks. */
export function withoutRepeatedTail(blocks: Block[]): Block[] {
	const length = repeatedTailLength(blocks);
	return length > 0 ? blocks.slice(0, blocks.length - length) : blocks;
}

/**
 * How many blocks at the end repeat, in order, blocks that end before them: 0 when no long enough
 * run does. Each block of a copy stands exactly twice in the body, once in the part and once in
 * its copy; a block standing three times or more is a pattern of the body itself (a filler
 * paragraph, a refrain, a heading over every section), and repeating it again is no copy. So the
 * closing block has one earlier twin, and the run is read back from there: linear in the body,
 * where trying every earlier block alike was quadratic on a page of one paragraph repeated.
 */
function repeatedTailLength(blocks: readonly Block[]): number {
	const keys = blocks.map(keyOf);
	const counts = new Map<string, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	const last = keys.length - 1;
	const closing = keys[last];
	if (closing === undefined || counts.get(closing) !== 2) return 0;
	const end = keys.lastIndexOf(closing, last - 1);
	let length = 1;
	// The earlier run must end before the copy starts.
	while (end - length >= 0 && end < last - length && keys[end - length] === keys[last - length]) length++;
	if (length < MIN_REPEATED_BLOCKS) return 0;
	const tail = keys.slice(keys.length - length);
	const chars = blocks.slice(keys.length - length).reduce((sum, block) => sum + block.text.length, 0);
	return chars >= MIN_REPEATED_CHARS && tail.every((key) => counts.get(key) === 2) ? length : 0;
}

/** What makes two blocks the same block: kind, words and picture. */
function keyOf(block: Block): string {
	return `${block.type}\u0000${block.src ?? ''}\u0000${block.text}`;
}
