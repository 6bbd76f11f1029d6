import type {CheerioAPI} from 'cheerio';
import {selectAll} from '../document/fast-select.js';
import {textOf} from '../document/text.js';
import type {ArticleRules} from './types.js';

/**
 * Profile drift: a site redesign renames the markup a profile's selectors name. The extractor
 * then falls back to its generic rules field by field (title, body, comments) and says so in
 * `extractor.warnings`, so a broken profile shows up in the archive instead of as empty fields.
 * The body check lives with the body cascade (article.ts), the thread check with the comment
 * cascade (comments/index.ts); this is the title's.
 */
export function titleDrift($: CheerioAPI, rules: ArticleRules | undefined): string | null {
	if (!rules?.title) return null;
	const found = selectAll($, rules.title).some((el) => textOf(el) !== '');
	return found ? null : `profile title selector "${rules.title}" matched no text; fell back to generic rules`;
}
