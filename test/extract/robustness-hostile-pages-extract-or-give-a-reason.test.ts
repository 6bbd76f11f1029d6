import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {ExtractResult} from '../../src/extract/index.js';
import {SnapshotSchema} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Pages built to hurt a parser or a heuristic: extreme sizes, depths and counts, binary junk,
 * broken JSON-LD and impossible dates. Whatever comes in, `extract` returns a valid Snapshot
 * or a failure with a reason, and returns at all (the test timeout is the only clock here).
 */

const URL = 'https://hostile.example/news/page';
const REASONS = ['not-html', 'empty-document', 'no-article-body'];
const PARAGRAPH = '<p>The phone ships with a larger battery and a faster modem than last year, at the same price.</p>';
/** Large inputs take seconds to parse on a shared 2-core machine; this is headroom, not a speed claim. */
const LARGE_INPUT_TIMEOUT_MS = 120_000;

function expectValid(result: ExtractResult): void {
	if (result.ok) expect(SnapshotSchema.safeParse(result.snapshot).success).toBe(true);
	else expect(REASONS).toContain(result.reason);
}

function run(html: string): ExtractResult {
	const result = extract(pageFromHtml(html, URL));
	expectValid(result);
	return result;
}

function articlePage(body: string, head = ''): string {
	return `<!doctype html><html lang="en"><head><title>Hostile</title>${head}</head><body><article><h1>Hostile page</h1>${body}</article></body></html>`;
}

describe('extract on hostile pages', () => {
	it('reads the text under 5,000 nested divs', () => {
		const result = run(articlePage(`${'<div>'.repeat(5000)}${PARAGRAPH}${'</div>'.repeat(5000)}`));
		expect(result.ok && result.snapshot.article.body.map((block) => block.text).join(' ')).toContain('larger battery');
	});

	it('survives 5,000 unclosed tags of mixed kinds', () => {
		run(articlePage(`${PARAGRAPH}${'<div><span><b><li><table><td>'.repeat(1000)}tail text`));
	});

	// 200 replies are 400 levels of li/ul: within the 512 levels browsers build (deeper renders flat).
	it('reads a thread whose replies nest 200 deep', () => {
		let inner = '';
		for (let id = 200; id >= 1; id--) {
			const children = inner ? `<ul class="children">${inner}</ul>` : '';
			inner = `<li class="comment" id="comment-${id}"><div class="comment-author"><cite class="fn">user${id}</cite></div><div class="comment-meta"><time datetime="2026-06-01T11:00:00Z">June 1, 2026</time></div><p>Reply number ${id} says something.</p>${children}</li>`;
		}
		const result = run(articlePage(PARAGRAPH).replace('</body>', `<div id="comments"><ol class="commentlist">${inner}</ol></div></body>`));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const {items} = result.snapshot.comments;
		expect(items).toHaveLength(200);
		expect(items[199]?.depth).toBe(199);
		expect(items[199]?.text).toBe('Reply number 200 says something.');
	}, LARGE_INPUT_TIMEOUT_MS);

	it('keeps the text next to a 1 MB attribute', () => {
		const result = run(articlePage(`<div data-state="${'x'.repeat(1024 * 1024)}" class="${'c '.repeat(50_000)}">${PARAGRAPH}</div><img src="data:image/png;base64,${'A'.repeat(1024 * 1024)}">`));
		expect(result.ok && result.snapshot.article.body.some((block) => block.text.includes('larger battery'))).toBe(true);
	}, LARGE_INPUT_TIMEOUT_MS);

	it('reads a 10 MB page written on a single line', () => {
		const html = articlePage(PARAGRAPH.repeat(Math.ceil((10 * 1024 * 1024) / PARAGRAPH.length)));
		expect(html.includes('\n')).toBe(false);
		const result = run(html);
		expect(result.ok && result.snapshot.article.wordCount).toBeGreaterThan(100_000);
	}, LARGE_INPUT_TIMEOUT_MS);

	it('ignores 20,000 HTML comments and still finds the text', () => {
		const result = run(articlePage(`${'<!-- ad slot --><p><!-- x --></p>'.repeat(20_000)}${PARAGRAPH}`));
		expect(result.ok && result.snapshot.article.body.some((block) => block.text.includes('larger battery'))).toBe(true);
	}, LARGE_INPUT_TIMEOUT_MS);

	it('reads 3,000 flat reader comments', () => {
		const items = Array.from({length: 3000}, (_, i) => `<li class="comment" id="comment-${i + 1}"><div class="comment-author"><cite class="fn">user${i + 1}</cite></div><p>Comment ${i + 1} has words.</p></li>`).join('');
		const result = run(articlePage(PARAGRAPH).replace('</body>', `<div id="comments"><h2>3000 Comments</h2><ol class="commentlist">${items}</ol></div></body>`));
		expect(result.ok && result.snapshot.comments.items.length).toBe(3000);
	}, LARGE_INPUT_TIMEOUT_MS);

	it('rejects binary junk and NUL bytes with a reason', () => {
		const junk = String.fromCharCode(...Array.from({length: 4096}, (_, i) => (i * 7919) % 256));
		const result = run(`\u0000\u0001${junk}`);
		expect(result).toMatchObject({ok: false, reason: 'not-html'});
	});

	it('keeps the text around NUL bytes and lone surrogates deep inside markup', () => {
		run(articlePage(`${PARAGRAPH}<p>a\u0000b \ud800 c \udfff</p>`.padStart(2000, ' ')));
	});

	it('skips broken JSON-LD and still reads the page', () => {
		const broken = ['{"@type":"NewsArticle","headline":', '[[[[[[', '{"@graph": [null, 1, "x", {"@type": ["NewsArticle", 5]}]}', `{"a":${'['.repeat(10_000)}`, '{"@type":"NewsArticle","author":{"@id":"#me"},"@id":"#me"}']
			.map((json) => `<script type="application/ld+json">${json}</script>`)
			.join('');
		const result = run(articlePage(PARAGRAPH, broken));
		expect(result.ok && result.snapshot.article.body.some((block) => block.text.includes('larger battery'))).toBe(true);
		expect(result.ok && result.snapshot.extractor.warnings.some((warning) => warning.startsWith('json-ld:'))).toBe(true);
	});

	it('leaves absurd dates out instead of failing', () => {
		const head = ['99999-01-01', '-0001-12-31', '2026-13-45T25:61:00Z', '9999999999999999', 'yesterday-ish', 'NaN', '0000-00-00']
			.map((value) => `<meta property="article:published_time" content="${value}">`)
			.join('');
		const result = run(articlePage(`${PARAGRAPH}<time datetime="1e400">Feb 31, 275760</time>`, `${head}<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"+275760-09-13T00:00:00Z","dateModified":{"x":1}}</script>`));
		expect(result.ok).toBe(true);
	});

	it('never throws on random mangled markup', () => {
		const tag = fc.constantFrom('div', 'p', 'article', 'li', 'ul', 'ol', 'span', 'a', 'time', 'h1', 'h2', 'table', 'td', 'script', 'style', 'template', 'svg', 'noscript', 'iframe', 'blockquote');
		const attribute = fc.tuple(fc.constantFrom('class', 'id', 'itemprop', 'datetime', 'href', 'style', 'hidden', 'data-parentid', 'itemtype'), fc.string({maxLength: 30})).map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);
		const piece = fc.oneof(
			fc.tuple(tag, fc.array(attribute, {maxLength: 3})).map(([name, attributes]) => `<${name}${attributes.join('')}>`),
			tag.map((name) => `</${name}>`),
			fc.string({maxLength: 40}),
			fc.string({unit: 'binary', maxLength: 10}),
			fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '&#x0;', '&nbsp;', '<', '>', '="', '\u0000', 'Comment', '21 Comments', '3 hours ago'),
		);
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 120}), (pieces) => {
				expectValid(extract(pageFromHtml(pieces.join(''), URL)));
			}),
			{numRuns: 200, seed: 20261125},
		);
	}, LARGE_INPUT_TIMEOUT_MS);

	it('never throws on random deep or repeated structures', () => {
		fc.assert(
			fc.property(fc.integer({min: 1, max: 3000}), fc.constantFrom('div', 'li', 'blockquote', 'article', 'span'), fc.boolean(), (depth, tag, closed) => {
				const open = `<${tag} class="comment">`.repeat(depth);
				expectValid(extract(pageFromHtml(articlePage(`${open}${PARAGRAPH}${closed ? `</${tag}>`.repeat(depth) : ''}`), URL)));
			}),
			{numRuns: 25, seed: 7},
		);
	}, LARGE_INPUT_TIMEOUT_MS);
});
