import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A news page closes its story with the comment policy in a box of its own, right above the
 * mount a script fills with the comment thread (an empty `div.fb-comments`, `#disqus_thread`).
 * No heading says "Comments": the empty mount does. The policy is the thread's, not the story's.
 */
const POLICY = 'We welcome a lively and useful debate, and so that we do not have to review comments before they appear, please read our usage guidelines first.';
const DISCLAIMER = 'The views below are not those of this site but of their writers alone.';

function bodyTexts(mount: string, notice = `<div style="padding:10px 0;"><p>${POLICY}</p><p>${DISCLAIMER}</p></div>`): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Rebels take over missile depots</title></head><body>
<div class="storyarea"><h1>Rebels take over missile depots</h1><div class="story-content">${ARTICLE_PARAGRAPHS}
<div class="divline"> </div>
${notice}
${mount}
</div></div></body></html>`;
	return snapshotOf(html, 'https://news.example/2013/middle_east/8/3/depots/index.html').article.body.map((block) => block.text);
}

describe('a comment policy box above an empty comment widget', () => {
	it('is left out of the body', () => {
		const texts = bodyTexts('<div data-num-posts="10" class="fb-comments" data-href="https://news.example/2013/middle_east/8/3/depots/index.html"> </div>');
		expect(texts.join(' ')).not.toContain(POLICY);
		expect(texts.join(' ')).not.toContain(DISCLAIMER);
		expect(texts.at(-1)).toMatch(/if the rumours about next year's models turn out to be true after all\.$/);
	});

	it('is left out above a mount named by its id', () => {
		expect(bodyTexts('<div id="disqus_thread"></div>').join(' ')).not.toContain(POLICY);
	});

	it('stays when the box after it is not a comment widget', () => {
		expect(bodyTexts('<div class="share-row-spacer"></div>').join(' ')).toContain(POLICY);
	});

	it('stays when the box holds more than a policy (the story goes on in it)', () => {
		const story = `<div class="story-end"><p>${POLICY}</p><p>${DISCLAIMER}</p><p>${POLICY}</p></div>`;
		expect(bodyTexts('<div class="fb-comments"></div>', story).join(' ')).toContain(DISCLAIMER);
	});
});
