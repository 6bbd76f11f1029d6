import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * Since Google Search let readers pick preferred sources, news sites close their stories with
 * a badge linking to `google.com/preferences/source?q=<site>` ("Add 9to5Mac as a preferred
 * source on Google", one picture for the light theme and one for the dark), or a button saying
 * so. It promotes the site, as a follow button does: neither its pictures nor its words are
 * the story's. A story's own link to a Google page stays.
 */

describe('a badge asking readers to add the site as a preferred source on Google', () => {
	it('leaves the body with its pictures', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<div class="source-badge"><a target="_blank" rel="nofollow" href="https://google.com/preferences/source?q=https://news.example" aria-label="Add News Example as a preferred source on Google"><img class="badge-dark" src="/themes/site/images/preferred-source-badge-dark.png" alt="Add News Example as a preferred source on Google"><img class="badge-light" src="/themes/site/images/preferred-source-badge-light.png" alt="Add News Example as a preferred source on Google"></a></div>`);
		expect(blocks.filter((block) => block.type === 'image')).toEqual([]);
		expect(blocks.at(-1)?.text).toContain('A third paragraph');
	});

	it('keeps a story’s link to another Google page', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<p>You can turn the feature off on <a href="https://myaccount.google.com/preferences">your Google account’s preferences page</a>, where the setting sits under Data and privacy.</p>`);
		expect(blocks.map((block) => block.text).join('\n')).toContain('your Google account’s preferences page');
	});
});
