import {NewsvaultError} from '../errors.js';
import {createTextNormalizer} from './normalize-text.js';
import {IGNORABLE_FIELDS, type DiffOptions, type IgnorableField} from './types.js';

/** DiffOptions checked and turned into what the comparison steps use. */
export interface ResolvedDiffOptions {
	from: string | null;
	to: string | null;
	ignored: ReadonlySet<IgnorableField>;
	/** Normalises a text and strips the ignore patterns: equal outputs mean "no change". */
	normalize: (text: string) => string;
}

function isIgnorableField(name: string): name is IgnorableField {
	return (IGNORABLE_FIELDS as readonly string[]).includes(name);
}

/** Validate options at the boundary; a bad ignore field is a usage error that quotes it. */
export function resolveDiffOptions(options: DiffOptions = {}): ResolvedDiffOptions {
	const ignored = new Set<IgnorableField>();
	for (const name of options.ignore?.fields ?? []) {
		if (!isIgnorableField(name)) {
			throw new NewsvaultError('ERR_USAGE', `diff: unknown ignore field "${name}"; expected one of ${IGNORABLE_FIELDS.join(', ')}`);
		}
		ignored.add(name);
	}
	for (const pattern of options.ignore?.patterns ?? []) {
		if (!(pattern instanceof RegExp)) {
			throw new NewsvaultError('ERR_USAGE', `diff: ignore pattern "${String(pattern)}" is not a regular expression`);
		}
		if (pattern.test('')) {
			throw new NewsvaultError('ERR_USAGE', `diff: ignore pattern ${String(pattern)} matches empty text; it would match everywhere`);
		}
	}
	return {
		from: options.from ?? null,
		to: options.to ?? null,
		ignored,
		normalize: createTextNormalizer(options.ignore?.patterns ?? []),
	};
}
