import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {SnapshotSchema} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';
import {PHONEARENA_THREAD, fixtureHtml} from './fixture-pages.js';

/** Pieces real pages are made of, including broken ones, to build arbitrary documents from. */
const PIECES = [
	'<p>', '</p>', '<div class="comment">', '<div class="content">', '</div>', '<li class="comment" id="comment-1">', '</li>', '<ul>', '</ul>',
	'<h1>', '</h1>', '<br>', '<a href="/x">', '<a href="javascript:">', '</a>', '<script>', '</script>', '<time datetime="2020-01-01">', '</time>',
	'<span class="author">', '</span>', '<article>', '</article>', '<!--', '-->', '<![CDATA[', '<img src="/i.png">', '<iframe src="//v.example/e">',
	'21 Comments', 'Posts: 29; Member since: Dec 06, 2018', '3 hours ago', 'Some comments have been hidden', 'Lorem ipsum dolor sit amet, consectetur. ',
	'<script type="application/ld+json">{"@type":"NewsArticle","comment":[{"@type":"Comment","text":"x"}]', '&amp;', '&#0;', '\u0000', '<', '>', '"', "'",
];

describe('extract on arbitrary markup', () => {
	it('never throws, and every success is a valid Snapshot', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({maxLength: 20})), {maxLength: 60}), (pieces) => {
				const result = extract(pageFromHtml(pieces.join(''), 'https://site.example/a'));
				if (result.ok) expect(SnapshotSchema.safeParse(result.snapshot).success).toBe(true);
				else expect(['not-html', 'empty-document', 'no-article-body']).toContain(result.reason);
			}),
			{numRuns: 300, seed: 20260620},
		);
	});

	it('never throws on any prefix of a real page (a download cut anywhere)', () => {
		const html = fixtureHtml(PHONEARENA_THREAD.file);
		fc.assert(
			fc.property(fc.integer({min: 0, max: html.length}), (cut) => {
				const result = extract(pageFromHtml(html.slice(0, cut), PHONEARENA_THREAD.url));
				if (result.ok) expect(result.snapshot.comments.items.length).toBeLessThanOrEqual(20);
			}),
			{numRuns: 60, seed: 7},
		);
	});
});
