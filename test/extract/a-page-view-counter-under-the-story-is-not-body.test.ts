import {describe, expect, it} from 'vitest';
import {articleText} from '../helpers/article-body.js';

/**
 * A WordPress statistics plugin prints its tally at the end of the post content
 * (`<div class="tptn_counter">(Visited 215 times, 55 visits today)</div>`), others "1,234 views"
 * or "Aufrufe: 1.234": the site's count of readers, not the story's words. A sentence that
 * mentions visits stays.
 */
const STORY = `<p>Start ist am 8. Februar um 17 Uhr in Rothenburg ob der Tauber. Nach den beiden ersten Fahrtagen durch Deutschland überquert die Rallye am Donnerstagvormittag erstmals eine Landesgrenze und fährt weiter in die Schweiz.</p>
<p>In Rheinfelden dürfen die Teams die sonst gesperrte historische Stadtbrücke benutzen und gelangen so in die Schweiz, wo sie vor dem Rathaus einen weiteren Stempel für ihre Bordkarte abholen.</p>
<p>Anschliessend führt die Route über Basel und das Laufental in den Kanton Jura, wo in Saint-Ursanne das nächste Ziel ansteht, bevor Frankreich in Sichtweite liegt.</p>`;

describe('a page-view counter under the story', () => {
	it.each([
		'<div class="tptn_counter" id="tptn_counter_75163">(Visited 215 times, 55 visits today)</div>',
		'<p class="post-views">1,234 views</p>',
		'<div class="stats">Aufrufe: 1.234</div>',
	])('is not body: %s', (counter) => {
		const text = articleText(`${STORY}${counter}`);
		expect(text).toContain('Saint-Ursanne');
		expect(text).not.toMatch(/visited|views|aufrufe/i);
	});

	it('while a sentence that mentions visits stays', () => {
		expect(articleText(`${STORY}<p>The museum was visited 3 times by the king.</p>`)).toContain('The museum was visited 3 times by the king.');
	});
});
