import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/** A blog's issue page: the newsletter's pitch under the headline, then the author row, then the issue. */
const issuePage = (pitch: string): string => `<!doctype html><html lang="en"><head><title>Weekly issue #12: phones, chargers and more</title></head><body>
<div id="content"><div class="header-band"><div class="container"><div class="pb-8">
<h1>Weekly issue #12: phones, chargers and more</h1><hr>
<div class="homepage-intro"><p class="py-2">${pitch}</p><div><span>I respect your privacy and you won't get spam. Ever.</span></div></div>
</div></div></div>
<div class="container"><div class="w-full"><div class="flex"><img src="/me.jpg" alt="Image of the author"><div><p>Jo Writer, April 19, 2020</p></div></div>
<main><div class="content blog-content">${ARTICLE_PARAGRAPHS}</div></main></div></div></div></body></html>`;

const bodyOf = (pitch: string): string => snapshotOf(issuePage(pitch), 'https://blog.example/weekly/issue-12/').article.body.map((block) => block.text).join('\n');

describe('a newsletter pitch set between the headline and the body', () => {
	it('is not read as the lead when it closes on a call to sign up', () => {
		const body = bodyOf('Weekly is a newsletter about phones, open source &amp; the web. Want to get it in your inbox every Sunday? Subscribe below!');
		expect(body).not.toContain('Subscribe below');
		expect(body).toContain('The body of this test article');
	});

	it('is kept as the lead when it only mentions subscribing inside a sentence of the story', () => {
		const body = bodyOf('Newsletter platforms now pay writers more than blogs did, and readers seem happy to subscribe.');
		expect(body).toContain('readers seem happy to subscribe.');
	});
});
