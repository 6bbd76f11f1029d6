import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * AMP pages write their furniture as AMP's own elements, whatever their classes say: the next
 * story the runtime fetches and appends (`<amp-next-page>`, its "Continue reading" separator),
 * recirculation lists it fills from a JSON endpoint (`<amp-list>`, a "Loading…" placeholder in
 * the static page), ad and recommendation slots, share buttons, consent notices. Set inside
 * the story's box, they are still not its text.
 */

const [first, second, third] = ARTICLE_PARAGRAPHS.split('\n');
const inStory = (furniture: string): string => articleText(`${first}${second}${furniture}${third}`);

describe('AMP’s furniture elements inside the story', () => {
	it('leave out the next story’s separator', () => {
		const next = '<amp-next-page><script type="application/json">[{"url":"https://news.example/next-story","title":"Next story","image":"https://news.example/next.jpg"}]</script><div separator><h3 class="next-title">Continue reading</h3></div></amp-next-page>';
		const text = inStory(next);
		expect(text).toContain('A third paragraph closes the story');
		expect(text).not.toContain('Continue reading');
	});

	it('leave out a recirculation list’s placeholder', () => {
		const list = '<amp-list width="auto" height="300" layout="fixed-height" src="https://news.example/api/related.json"><div placeholder><h3>More stories</h3><p>Loading the latest phone news and reviews from our writers.</p></div><template type="amp-mustache"><a href="{{url}}">{{title}}</a></template></amp-list>';
		const text = inStory(list);
		expect(text).toContain('A third paragraph closes the story');
		expect(text).not.toContain('Loading the latest phone news');
		expect(text).not.toContain('More stories');
	});
});
