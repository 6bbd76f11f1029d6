import type {Snapshot} from '../snapshot/schema.js';
import {imageKey, instantKey, urlKey} from './comparison-keys.js';
import type {ResolvedDiffOptions} from './options.js';
import {METADATA_FIELDS, type FieldChange, type FieldValue, type MetadataField} from './types.js';

/**
 * How each metadata field is read from a snapshot and reduced to a comparison key: two
 * values with equal keys are the same to a reader even when the markup spelled them
 * differently (time zones, tag order, typography, CDN resize parameters).
 */
interface FieldRule {
	read: (snapshot: Snapshot) => FieldValue;
	key: (snapshot: Snapshot, normalize: (text: string) => string) => string;
}

function textKey(value: string | null, normalize: (text: string) => string): string {
	return value === null ? '' : normalize(value);
}

const FIELD_RULES: Record<MetadataField, FieldRule> = {
	title: {read: (s) => s.article.title, key: (s, n) => textKey(s.article.title, n)},
	subtitle: {read: (s) => s.article.subtitle, key: (s, n) => textKey(s.article.subtitle, n)},
	authors: {read: (s) => s.article.authors, key: (s, n) => JSON.stringify(s.article.authors.map((author) => n(author.name)))},
	publishedAt: {read: (s) => s.article.publishedAt, key: (s) => instantKey(s.article.publishedAt)},
	modifiedAt: {read: (s) => s.article.modifiedAt, key: (s) => instantKey(s.article.modifiedAt)},
	section: {read: (s) => s.article.section, key: (s, n) => textKey(s.article.section, n)},
	tags: {read: (s) => s.article.tags, key: (s, n) => JSON.stringify([...new Set(s.article.tags.map((tag) => n(tag).toLowerCase()))].sort())},
	image: {read: (s) => s.article.image, key: (s) => imageKey(s.article.image)},
	language: {read: (s) => s.article.language, key: (s) => (s.article.language ?? '').toLowerCase()},
	canonicalUrl: {read: (s) => s.source.canonicalUrl, key: (s) => urlKey(s.source.canonicalUrl)},
};

/** The metadata fields whose values differ, in `METADATA_FIELDS` order, skipping ignored ones. */
export function diffFields(a: Snapshot, b: Snapshot, options: ResolvedDiffOptions): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of METADATA_FIELDS) {
		if (options.ignored.has(field)) continue;
		const rule = FIELD_RULES[field];
		if (rule.key(a, options.normalize) !== rule.key(b, options.normalize)) {
			changes.push({field, before: rule.read(a), after: rule.read(b)});
		}
	}
	return changes;
}
