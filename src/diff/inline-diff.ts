import {diffWords} from 'diff';
import type {InlinePart} from './types.js';

/**
 * Word boundaries from ICU rather than jsdiff's Latin-only word regex, so that Cyrillic,
 * Greek or CJK text diffs by word instead of by character. Word segmentation rules do not
 * depend on the locale for the scripts we see, so one fixed segmenter keeps output stable.
 */
const SEGMENTER = new Intl.Segmenter('en', {granularity: 'word'});

/** Word-level diff of two normalised texts, as runs a formatter can print with ins/del marks. */
export function inlineDiff(before: string, after: string): InlinePart[] {
	const parts: InlinePart[] = [];
	for (const change of diffWords(before, after, {intlSegmenter: SEGMENTER})) {
		const op = change.added ? 'added' : change.removed ? 'removed' : 'unchanged';
		const last = parts.at(-1);
		if (last?.op === op) last.text += change.value;
		else parts.push({op, text: change.value});
	}
	return parts;
}
