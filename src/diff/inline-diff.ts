import {diffLines, diffWords} from 'diff';
import type {InlinePart} from './types.js';

/**
 * Word boundaries from ICU for text in scripts jsdiff's Latin-only word regex does not know,
 * so that Cyrillic, Greek or CJK text diffs by word instead of by character. Word
 * segmentation rules do not depend on the locale for these scripts, so one fixed segmenter
 * keeps the output stable.
 */
const SEGMENTER = new Intl.Segmenter('en', {granularity: 'word'});
/** Letters outside Latin: only then is the (much slower) ICU segmentation worth it. */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** Word-level diff of two normalised texts, as runs a formatter can print with ins/del marks. */
export function inlineDiff(before: string, after: string): InlinePart[] {
	const segmented = NON_LATIN_LETTER.test(before) || NON_LATIN_LETTER.test(after);
	return toParts(diffWords(before, after, segmented ? {intlSegmenter: SEGMENTER} : {}));
}

/**
 * Line-level diff of two normalised code texts: a changed line is removed whole and added whole,
 * as `diff -u` shows it, since a listing is read by lines (a word diff ignores a change of
 * indentation and scatters marks over a rewritten line). Each part is whole lines, each ending
 * with a newline: the last line is compared with one too, so a line is the same line whether
 * or not more follow it, and either side reads back by joining its parts.
 */
export function lineDiff(before: string, after: string): InlinePart[] {
	return toParts(diffLines(`${before}\n`, `${after}\n`));
}

function toParts(changes: ReadonlyArray<{added?: boolean; removed?: boolean; value: string}>): InlinePart[] {
	const parts: InlinePart[] = [];
	for (const change of changes) {
		const op = change.added ? 'added' : change.removed ? 'removed' : 'unchanged';
		const last = parts.at(-1);
		if (last?.op === op) last.text += change.value;
		else parts.push({op, text: change.value});
	}
	return parts;
}
