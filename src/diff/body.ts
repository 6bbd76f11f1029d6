import {diffArrays} from 'diff';
import type {Block, BlockType} from '../snapshot/schema.js';
import {imageKey} from './comparison-keys.js';
import {inlineDiff, lineDiff} from './inline-diff.js';
import {normalizeLines} from './normalize-text.js';
import {editScore, wordsOf} from './similarity.js';
import type {BodyChange} from './types.js';

/**
 * A removed and an added block at the same place are reported as one `changed` block when
 * at least half their words are shared (Dice coefficient). Measured on the seed PhoneArena
 * article (../shared/seeds/): its paragraphs score 0.10–0.34 against each other, while one of
 * them with one of its three sentences rewritten still scores 0.74 against its old self.
 * A block extended at either end ("Update: …") is paired whatever its score.
 */
export const BLOCK_PAIRING_SIMILARITY = 0.5;

/**
 * Optimal pairing costs removed × added similarity scores; above this many (a rewrite of
 * hundreds of blocks) blocks are paired by position instead, which stays linear.
 */
const MAX_PAIRING_CELLS = 40_000;

/**
 * Blocks of these types are all text: a paragraph turned into a quote is still an edit of it, and
 * so is a table or a listing that snapshots made before table and code blocks existed read as a
 * paragraph.
 */
const TEXT_TYPES: ReadonlySet<BlockType> = new Set(['paragraph', 'heading', 'quote', 'list', 'table', 'code']);

interface ComparableBlock {
	block: Block;
	index: number;
	text: string;
	words: string[];
	key: string;
	/** An image's normalised alt text; undefined when the snapshot does not record one. */
	alt: string | undefined;
}

function comparableBlocks(body: readonly Block[], normalize: (text: string) => string): ComparableBlock[] {
	const blocks: ComparableBlock[] = [];
	body.forEach((block, index) => {
		const text = block.type === 'code' ? normalizeLines(block.text, normalize) : normalize(block.text);
		const src = block.type === 'image' || block.type === 'embed' ? imageKey(block.src ?? null) : '';
		// A block that is only ignored text (or empty markup) is not content.
		if (text === '' && src === '') return;
		const alt = block.alt === undefined ? undefined : normalize(block.alt);
		blocks.push({block, index, text, words: wordsOf(text), key: `${block.type}\u0000${text}\u0000${src}`, alt});
	});
	return blocks;
}

/**
 * Align two article bodies block by block: unchanged blocks are matched on their normalised
 * text, and between them removed and added blocks that are similar become `changed` with a
 * word-level diff.
 */
export function diffBody(before: readonly Block[], after: readonly Block[], normalize: (text: string) => string): BodyChange[] {
	const a = comparableBlocks(before, normalize);
	const b = comparableBlocks(after, normalize);
	const changes: BodyChange[] = [];
	let removed: ComparableBlock[] = [];
	let added: ComparableBlock[] = [];
	let ia = 0;
	let ib = 0;
	for (const change of diffArrays(a.map((block) => block.key), b.map((block) => block.key))) {
		const count = change.value.length;
		if (change.removed) {
			removed.push(...a.slice(ia, ia + count));
			ia += count;
		} else if (change.added) {
			added.push(...b.slice(ib, ib + count));
			ib += count;
		} else {
			changes.push(...pairRun(removed, added));
			removed = [];
			added = [];
			for (let k = 0; k < count; k++) {
				const x = a[ia + k]!;
				const y = b[ib + k]!;
				if (altChanged(x, y)) changes.push(changedChange(x, y));
			}
			ia += count;
			ib += count;
		}
	}
	changes.push(...pairRun(removed, added));
	return changes;
}

function pairable(x: ComparableBlock, y: ComparableBlock): boolean {
	return x.block.type === y.block.type || (TEXT_TYPES.has(x.block.type) && TEXT_TYPES.has(y.block.type));
}

function similarity(x: ComparableBlock, y: ComparableBlock): number {
	if (!pairable(x, y)) return -1;
	return editScore(x, y, BLOCK_PAIRING_SIMILARITY);
}

function removedChange(x: ComparableBlock): BodyChange {
	return {op: 'removed', before: x.block, after: null, beforeIndex: x.index, afterIndex: null};
}

function addedChange(y: ComparableBlock): BodyChange {
	return {op: 'added', before: null, after: y.block, beforeIndex: null, afterIndex: y.index};
}

/**
 * An image whose description was rewritten is an edit even when its picture and caption
 * stayed. Only alt texts recorded on both sides are compared: snapshots archived before
 * alt was recorded have none, and that absence is not a removal.
 */
function altChanged(x: ComparableBlock, y: ComparableBlock): boolean {
	return x.alt !== undefined && y.alt !== undefined && x.alt !== y.alt;
}

/** The text a reader compares: an image's caption, followed by its alt text when that changed too. */
function shownText(block: ComparableBlock, withAlt: boolean): string {
	if (!withAlt || block.alt === undefined) return block.text;
	return block.text === '' ? `alt: ${block.alt}` : `${block.text} (alt: ${block.alt})`;
}

function changedChange(x: ComparableBlock, y: ComparableBlock): BodyChange {
	const withAlt = altChanged(x, y);
	const inline = x.block.type === 'code' && y.block.type === 'code' ? lineDiff(x.text, y.text) : inlineDiff(shownText(x, withAlt), shownText(y, withAlt));
	return {op: 'changed', before: x.block, after: y.block, beforeIndex: x.index, afterIndex: y.index, inline};
}

/**
 * Pair the removed and added blocks of one stretch between unchanged blocks, keeping
 * document order: the pairing with the highest total similarity (a small alignment
 * table), or pairs by position when the stretch is too large for that.
 */
function pairRun(removed: readonly ComparableBlock[], added: readonly ComparableBlock[]): BodyChange[] {
	if (removed.length === 0) return added.map(addedChange);
	if (added.length === 0) return removed.map(removedChange);
	if (removed.length * added.length > MAX_PAIRING_CELLS) return pairByPosition(removed, added);

	const n = removed.length;
	const m = added.length;
	const width = m + 1;
	const score = new Float64Array(n * m);
	for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) score[i * m + j] = similarity(removed[i]!, added[j]!);
	// best[i][j]: highest total similarity pairing removed[i..] with added[j..].
	const best = new Float64Array((n + 1) * width);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			const s = score[i * m + j]!;
			const pair = s >= 0 ? s + best[(i + 1) * width + j + 1]! : -1;
			best[i * width + j] = Math.max(pair, best[(i + 1) * width + j]!, best[i * width + j + 1]!);
		}
	}

	const changes: BodyChange[] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		const s = score[i * m + j]!;
		const here = best[i * width + j]!;
		if (s >= 0 && here === s + best[(i + 1) * width + j + 1]!) {
			changes.push(changedChange(removed[i]!, added[j]!));
			i++;
			j++;
		} else if (here === best[(i + 1) * width + j]!) {
			changes.push(removedChange(removed[i]!));
			i++;
		} else {
			changes.push(addedChange(added[j]!));
			j++;
		}
	}
	for (; i < n; i++) changes.push(removedChange(removed[i]!));
	for (; j < m; j++) changes.push(addedChange(added[j]!));
	return changes;
}

function pairByPosition(removed: readonly ComparableBlock[], added: readonly ComparableBlock[]): BodyChange[] {
	const changes: BodyChange[] = [];
	for (let k = 0; k < Math.max(removed.length, added.length); k++) {
		const x = removed[k];
		const y = added[k];
		if (x && y && similarity(x, y) >= 0) changes.push(changedChange(x, y));
		else {
			if (x) changes.push(removedChange(x));
			if (y) changes.push(addedChange(y));
		}
	}
	return changes;
}
