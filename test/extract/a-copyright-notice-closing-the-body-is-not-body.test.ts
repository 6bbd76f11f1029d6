import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * CMSs close the article container with the publisher's notice (`div#cmsCopyright` >
 * "Copyright © … All Rights Reserved." on a Japanese PC news site): an element the page names
 * as its copyright notice is page furniture, never the story's words.
 */

describe('a copyright notice inside the body container', () => {
	it('is left out', () => {
		const text = articleText(`${ARTICLE_PARAGRAPHS}<div id="cmsCopyright"><p>Copyright © PC News, Inc. All Rights Reserved.</p></div>`);
		expect(text).toContain('A third paragraph closes the story');
		expect(text).not.toContain('All Rights Reserved');
	});

	it('leaves a paragraph that talks about copyright', () => {
		const text = articleText(`${ARTICLE_PARAGRAPHS}<p>The court ruled that the copyright on the phone's design had expired years before the lawsuit was filed.</p>`);
		expect(text).toContain('the copyright on the phone');
	});
});
