import {describe, expect, it} from 'vitest';
import {articleText} from '../helpers/article-body.js';

/**
 * News headers print how long the story takes to read beside its date ("Mon Jun 15 2026, 09:38 AM
 * EDT · 2 minute read"); once the date is read, "· 2 minute read" is left, a widget's line, not
 * the story's. The picture after it stays, and a sentence about reading times is story.
 */

const STORY = `<p>The phone’s battery lasted two full days in our tests, with the screen at half brightness and the always-on display switched off for the whole of the review period.</p>
<p>Charging from empty took just under an hour with the bundled charger, and the phone barely warmed up while it did, which was not the case with last year’s model.</p>
<p>We would still like a bigger charger in the box, but few rivals include one at all any more, so it is hard to hold that against this phone in particular.</p>`;

describe('a reading-time estimate', () => {
	it('is left out, in English and German', () => {
		for (const line of ['· 2 minute read', '5 min read', 'Reading time: 4 minutes', 'Lesezeit: 3 Min.', '3 Min. Lesezeit']) {
			expect(articleText(`<p>${line}</p><figure><img src="/hero.jpg" alt="The phone on a desk" width="800" height="450"></figure>${STORY}`)).not.toContain(line);
		}
	});

	it('leaves the picture after it in the body', () => {
		expect(articleText(`<p>· 2 minute read</p><figure><img src="/hero.jpg" alt="The phone on a desk" width="800" height="450"><figcaption>The phone on a desk</figcaption></figure>${STORY}`)).toMatch(/^The phone on a desk/);
	});

	it('stays when it is a sentence of the story', () => {
		const sentence = 'A 5 min read is all most visitors give an article, the study found.';
		expect(articleText(`${STORY}<p>${sentence}</p>`)).toContain(sentence);
	});
});
