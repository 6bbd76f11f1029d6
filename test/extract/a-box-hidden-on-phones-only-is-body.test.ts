import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

const P1 = '<p>The new queue handles ten times the throughput of the old one, and the slowest requests now finish in half the time they took last year.</p>';
const P2 = '<p>We moved every producer over in three weeks, one service at a time, with the old queue kept running beside the new one until the numbers matched.</p>';
const P3 = '<p>The last step was switching the consumers, which took a single afternoon once the dashboards showed both queues delivering the same messages.</p>';

function bodyText(box: string): string {
	const html = `<!doctype html><html lang="en"><head><title>Scaling the queue</title></head><body><article><h1>Scaling the queue</h1>${P1}${P2}${box}</article></body></html>`;
	const result = extract(pageFromHtml(html, 'https://eng.example/blog/scaling-the-queue'));
	if (!result.ok) throw new Error(result.message);
	return result.snapshot.article.body.map((block) => block.text).join('\n');
}

describe('a box a class hides on phones only (hidden md:block, d-none d-lg-flex)', () => {
	it.each(['hidden md:block', 'd-none d-lg-flex'])('is body: %s', (classes) => {
		expect(bodyText(`<div class="${classes}"><div class="note">${P3}</div></div>`)).toContain('switching the consumers');
	});

	it('is not body when the class hides it on every screen', () => {
		expect(bodyText(`<div class="hidden"><div class="note">${P3}</div></div>`)).not.toContain('switching the consumers');
	});
});
