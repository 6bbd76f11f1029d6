import type {Block} from '../../snapshot/schema.js';

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
 * How many blocks at the end repeat, in order, an earlier run of blocks, each of them standing
 * exactly twice in the body: 0 when no long enough run does. Linear in the blocks: a page of
 * one paragraph repeated (a 10 MB test page) is cut short at its closing block, which stands
 * more than twice.
 */
function repeatedTailLength(blocks: readonly Block[]): number {
	const last = blocks.length - 1;
	const closing = blocks[last];
	if (!closing) return 0;
	let original = -1;
	for (let index = last - 1; index >= 0; index--) {
		if (!sameBlock(blocks[index] as Block, closing)) continue;
		if (original >= 0) return 0;
		original = index;
	}
	if (original < 0) return 0;
	const standing = occurrences(blocks);
	let length = 1;
	// The earlier run must end before the copy starts, and each block of the copy stand twice.
	while (original - length >= 0 && original < last - length) {
		const copied = blocks[last - length] as Block;
		if (!sameBlock(blocks[original - length] as Block, copied) || standing.get(keyOf(copied)) !== 2) break;
		length++;
	}
	if (length < MIN_REPEATED_BLOCKS) return 0;
	const chars = blocks.slice(blocks.length - length).reduce((sum, block) => sum + block.text.length, 0);
	return chars >= MIN_REPEATED_CHARS ? length : 0;
}

/**
 * How often each block's text stands in the body. A copy of a part doubles each of its blocks; a
 * block standing three times or more is a pattern of the body itself (a filler paragraph, a
 * refrain, a heading over every section), and repeating it again is no copy.
 */
function occurrences(blocks: readonly Block[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const block of blocks) {
		const key = keyOf(block);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

function keyOf(block: Block): string {
	return `${block.type}\u0000${block.src ?? ''}\u0000${block.text}`;
}

function sameBlock(a: Block, b: Block): boolean {
	return a.type === b.type && a.text === b.text && a.src === b.src;
}
