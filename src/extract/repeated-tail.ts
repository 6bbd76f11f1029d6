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

/** How many blocks at the end repeat, in order, blocks that end before them: 0 when no long enough run does. */
function repeatedTailLength(blocks: readonly Block[]): number {
	const last = blocks.length - 1;
	let longest = 0;
	const closing = blocks[last];
	if (!closing) return 0;
	for (let end = last - 1; end >= 0; end--) {
		if (!sameBlock(blocks[end] as Block, closing)) continue;
		let length = 1;
		// The earlier run must end before the copy starts.
		while (end - length >= 0 && end < last - length && sameBlock(blocks[end - length] as Block, blocks[last - length] as Block)) length++;
		longest = Math.max(longest, length);
	}
	if (longest < MIN_REPEATED_BLOCKS) return 0;
	const tail = blocks.slice(blocks.length - longest);
	const chars = tail.reduce((sum, block) => sum + block.text.length, 0);
	return chars >= MIN_REPEATED_CHARS && tail.every((block) => occurrences(blocks, block) === 2) ? longest : 0;
}

/**
 * How often a block's text stands in the body. A copy of a part doubles each of its blocks; a
 * block standing three times or more is a pattern of the body itself (a filler paragraph, a
 * refrain, a heading over every section), and repeating it again is no copy.
 */
function occurrences(blocks: readonly Block[], block: Block): number {
	return blocks.reduce((count, other) => count + (sameBlock(other, block) ? 1 : 0), 0);
}

function sameBlock(a: Block, b: Block): boolean {
	return a.type === b.type && a.text === b.text && a.src === b.src;
}
