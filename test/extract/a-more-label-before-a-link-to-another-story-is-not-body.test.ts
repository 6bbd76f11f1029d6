import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

describe('a "More:" line linking to another story', () => {
	it('leaves out "More: <linked title>" at the end of the story', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p><a href="/next-flagship-coming-in-march" class="cta large">More: The next flagship phone is coming in March</a></p>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('next flagship phone');
	});

	it('leaves out the label outside the link too', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>More » <a href="/best-cases">The best cases for your new phone</a></p>`);
		expect(body).not.toContain('best cases');
	});

	it('keeps prose that opens with the word, and a "More:" line whose words are not the link', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<p>More phones shipped with <a href="/usb-c">USB-C</a> this year than ever before.</p><p>More: the battery test ran for three days and the phone still had a tenth of its charge, as our <a href="/method">method</a> page explains.</p>`);
		expect(body).toContain('More phones shipped with USB-C');
		expect(body).toContain('More: the battery test ran for three days');
	});
});
