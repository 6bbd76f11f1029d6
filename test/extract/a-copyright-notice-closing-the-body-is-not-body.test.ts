import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * CMSs close the article container with the publisher's notice (`div#cmsCopyright` >
 * "Copyright © … All Rights Reserved." on a Japanese PC news site), or a science news site's
 * bare "© 2019 … Network" line: the page's copyright notice is page furniture, never the story's words.
 */

describe('a copyright notice inside the body container', () => {
	it('is left out', () => {
		const text = articleText(`${ARTICLE_PARAGRAPHS}<div id="cmsCopyright"><p>Copyright © PC News, Inc. All Rights Reserved.</p></div>`);
		expect(text).toContain('A third paragraph closes the story');
		expect(text).not.toContain('All Rights Reserved');
	});

	it('is left out when the page marks it by nothing but its words', () => {
		for (const notice of ['© 2019 Science Example Network', 'Copyright © 2020 Example Media. All rights reserved.', '(c) 2018-2020 Phone News']) {
			const text = articleText(`${ARTICLE_PARAGRAPHS}<p class="article-main__note mt-4">${notice}</p>`);
			expect(text).toContain('A third paragraph closes the story');
			expect(text).not.toContain(notice);
		}
	});

	it('leaves a paragraph that talks about copyright', () => {
		const text = articleText(`${ARTICLE_PARAGRAPHS}<p>The court ruled that the copyright on the phone's design had expired years before the lawsuit was filed.</p>`);
		expect(text).toContain('the copyright on the phone');
	});
});
