import {extract} from '../../src/extract/index.js';
import type {ExtractOptions} from '../../src/extract/index.js';
import type {Page} from '../../src/fetch/types.js';
import type {Block, Snapshot} from '../../src/snapshot/schema.js';
import type {Extraction, ExtractionSystem} from './extraction.js';
import {normaliseText} from './text.js';

/**
 * newsvault's own extractor, as the product runs it (bundled profiles, clock = fetch time);
 * `options.profiles` replaces the bundled profiles (none: the generic extractor alone).
 */
export function newsvaultSystem(options: Pick<ExtractOptions, 'profiles'> = {}): ExtractionSystem {
	return {
		name: 'newsvault',
		extractsComments: true,
		run(page: Page): () => Extraction {
			const result = extract(page, {...options, now: new Date(page.fetchedAt)});
			if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
			return () => snapshotToExtraction(result.snapshot);
		},
	};
}

/**
 * The words a block shows on the page. A table's text joins its cells with " | ", the
 * snapshot's separator, which the page never shows: the eval measures its cells' words.
 */
function visibleText(block: Block): string {
	return block.rows ? [block.caption ?? '', ...block.rows.flat()].join(' ') : block.text;
}

export function snapshotToExtraction(snapshot: Snapshot): Extraction {
	const {article, comments} = snapshot;
	const authors = article.authors.map((author) => normaliseText(author.name)).filter((name) => name !== '');
	return {
		bodyText: normaliseText(article.body.map(visibleText).join(' ')),
		title: article.title,
		byline: authors.length > 0 ? authors.join(', ') : null,
		authors,
		publishedTime: article.publishedAt,
		lang: article.language,
		comments: comments.items.map((comment) => ({
			id: comment.id,
			author: comment.author.name,
			text: normaliseText(comment.text),
			parentId: comment.parentId,
		})),
		declaredCount: comments.declaredCount,
	};
}
