import {createRequire} from 'node:module';
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {Page} from '../../src/fetch/types.js';
import type {Extraction, ExtractionSystem} from './extraction.js';
import {htmlToText, normaliseText} from './text.js';

/**
 * The peer we measure against in the same run: Mozilla Readability (Firefox Reader View) on
 * linkedom. jsdom is not installed; when linkedom cannot run a page through Readability, the
 * page is retried on JSDOMParser, the small DOM that ships with Readability for its own tests.
 */

interface JsdomParser {
	parse(html: string, url: string): unknown;
}

const require = createRequire(import.meta.url);
const JSDOMParser = require('@mozilla/readability/JSDOMParser.js') as new () => JsdomParser;

type ReadabilityArticle = NonNullable<ReturnType<Readability['parse']>>;

export function readabilitySystem(): ExtractionSystem {
	return {
		name: 'readability',
		extractsComments: false,
		run(page: Page): () => Extraction {
			let article: ReadabilityArticle | null;
			let note: string | undefined;
			try {
				const {document} = parseHTML(page.html);
				article = new Readability(document as unknown as Document).parse();
			} catch (error) {
				note = `linkedom failed (${error instanceof Error ? error.message : String(error)}); ran on JSDOMParser`;
				const document = new JSDOMParser().parse(page.html, page.url) as Document;
				article = new Readability(document).parse();
			}
			if (!article) throw new Error(`Readability found no article${note ? ` (${note})` : ''}`);
			const parsed = article;
			return () => ({...articleToExtraction(parsed), ...(note !== undefined && {note})});
		},
	};
}

function articleToExtraction(article: ReadabilityArticle): Extraction {
	const byline = article.byline ? normaliseText(article.byline) : null;
	return {
		// The same HTML-to-text as for expected.html, so both sides tokenise alike.
		bodyText: htmlToText(article.content ?? ''),
		title: article.title ?? null,
		byline: byline || null,
		authors: byline ? [byline] : [],
		publishedTime: article.publishedTime ?? null,
		lang: article.lang ?? null,
		comments: null,
	};
}
