import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A news theme that lays the story out in grid rows (the story's column beside an ad rail) and
 * sets a full-width ad between two rows: each part sits in a row of its own, with the same class
 * on both part containers and different spacing classes on the rows.
 */

const PROSE = 'The attackers exploited the flaw for two weeks before the vendor flagged it, and researchers said stolen data from several victims was already on a leak site.';

const paragraphs = (n: number, label: string): string => Array.from({length: n}, (_, i) => `<p>${label} ${i + 1}. ${PROSE}</p>`).join('');

function row(spacing: string, part: string, after = ''): string {
	return `<div class="${spacing} mx-auto px-4 lg:grid lg:grid-cols-3"><div class="relative lg:col-span-2"><div class="post-content post-content-double">${part}</div>${after}</div>`
		+ '<div class="hidden lg:block"><div class="ad-wrapper is-rail"><div class="ad ad--rail"></div></div></div></div>';
}

function page(between: string): string {
	const bio = '<div class="author-mini-bio"><a href="/author/jane-roe/">Jane Roe</a> Jane Roe is Senior Security Editor, where she covers malware, espionage and encryption, and follows the independent music scene.</div>';
	return '<!doctype html><html lang="en"><head><title>Zero-day steals gigabytes of data</title></head><body><main>'
		+ '<article class="double-column h-entry"><header><h1>Zero-day steals gigabytes of data</h1><p>The flaw is about as critical as they come.</p></header>'
		+ row('my-2.5', `${paragraphs(3, 'First')}<h2>Exploited for two weeks</h2>${paragraphs(2, 'Middle')}`)
		+ between
		+ row('mt-2.5', paragraphs(4, 'Second'), bio)
		+ '</article></main></body></html>';
}

function body(snapshot: Snapshot): string {
	return snapshot.article.body.map((block) => block.text).join('\n');
}

describe('an article an ad splits into layout rows', () => {
	it('keeps the part before the ad, its heading too, and the part after it', () => {
		const text = body(snapshotOf(page('<div class="ad-wrapper with-label is-fullwidth"><div class="ad ad--mid-content"></div></div>'), 'https://news.example.com/security/zero-day/'));
		expect(text).toContain('First 1. The attackers exploited');
		expect(text).toContain('Exploited for two weeks');
		expect(text).toContain('Middle 2. The attackers exploited');
		expect(text).toContain('Second 4. The attackers exploited');
		expect(text.indexOf('Middle 2.')).toBeLessThan(text.indexOf('Second 1.'));
		expect(text).not.toContain('Senior Security Editor');
	});

	it('leaves a closing line in a section of its own, right after the story\'s section, to the sibling rules', () => {
		const section = (inner: string): string => `<section><div class="section-divider"><hr></div><div class="section-content"><div class="section-inner">${inner}</div></div></section>`;
		const html = '<!doctype html><html lang="en"><head><title>On behalf of a word</title></head><body><main><article><div class="post-body">'
			+ section(`<h1>On behalf of a word</h1>${paragraphs(8, 'Story')}`)
			+ section('<p><em>Originally published at </em><a href="https://blog.example.com/2011/11/on-behalf/"><em>blog.example.com</em></a> on November 18, 2011. Sadly this post drew more replies on the old blog, which is gone now, than it ever drew here.</p>')
			+ '</div></article></main></body></html>';
		const text = body(snapshotOf(html, 'https://medium.example.com/on-behalf-of-a-word'));
		expect(text).toContain('Story 8. The attackers exploited');
		expect(text).not.toContain('Originally published at');
	});
});
