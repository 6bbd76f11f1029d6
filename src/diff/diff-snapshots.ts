import type {Snapshot} from '../snapshot/schema.js';
import {diffBody} from './body.js';
import {diffComments} from './comments.js';
import {instantKey} from './comparison-keys.js';
import {diffFields} from './fields.js';
import {resolveDiffOptions} from './options.js';
import {IGNORABLE_FIELDS, type ChangeReport, type DiffOptions} from './types.js';

/**
 * Compare two snapshots of one URL, older first. Pure: same input, same report.
 *
 * Re-renders are not changes: texts are compared after Unicode, quote, dash, space and
 * punctuation-spacing normalisation; comment scores and relative times never count.
 *
 * @throws NewsvaultError `ERR_USAGE` when `options.ignore` names an unknown field.
 * @example diffSnapshots(older, newer, {from: 'v1', to: 'v2', ignore: {fields: ['tags']}})
 */
export function diffSnapshots(a: Snapshot, b: Snapshot, options?: DiffOptions): ChangeReport {
	const resolved = resolveDiffOptions(options);
	const fields = diffFields(a, b, resolved);
	const body = resolved.ignored.has('body') ? [] : diffBody(a.article.body, b.article.body, resolved.normalize);
	const contentChanged = body.length > 0 || fields.some((change) => change.field === 'title');
	return {
		url: b.source.url,
		from: resolved.from,
		to: resolved.to,
		// Judged on the raw modifiedAt even when that field is ignored: it is the page's own claim.
		stealthEdit: contentChanged && instantKey(a.article.modifiedAt) === instantKey(b.article.modifiedAt),
		ignored: IGNORABLE_FIELDS.filter((field) => resolved.ignored.has(field)),
		article: {fields, body},
		comments: diffComments(a.comments, b.comments, resolved),
	};
}
