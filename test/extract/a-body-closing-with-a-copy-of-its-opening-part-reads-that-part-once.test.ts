import {describe, expect, it} from 'vitest';
import {articleBlocks} from '../helpers/article-body.js';

/**
 * A paywall keeps a second copy of a story's opening (its key points and first paragraphs) in a
 * box its script shows once the reader's free articles run out, hidden meanwhile by a class
 * only the site's stylesheet reads (Tailwind's prefixed `tw:hidden`): read as body, the story
 * closed by repeating its opening word for word.
 */
const KEY_POINTS = '<h2>Key Takeaways</h2><ul><li>The district will pay its teachers bonuses larger than a year of salary.</li><li>Sales tax from a data center under construction pays for them.</li></ul>';
const OPENING = '<p>Teachers in a rural school district are set to receive bonuses of more than fifty thousand dollars this year, thanks to a data center being built in the parish.</p>'
	+ '<p>The project has generated a wave of spending on steel, concrete, equipment and services, all of which are subject to the local sales tax that funds the payouts.</p>';
const REST = '<h2>What it means for teachers</h2><p>For teachers in a low-income area where budgets are often tight, the sudden bonus is life-changing: they plan to pay off debt and build savings.</p>'
	+ '<p>Local leaders say the money could also make the district more competitive in recruiting and keeping teachers who might otherwise leave for better-paying districts.</p>';

describe('a body closing with a copy of its opening part', () => {
	it('reads that part once', () => {
		const blocks = articleBlocks(`<div class="story">${KEY_POINTS}${OPENING}${REST}</div><div class="meter-body tw:hidden">${KEY_POINTS}${OPENING}</div>`);
		const texts = blocks.map((block) => block.text);
		expect(texts.filter((text) => text === 'Key Takeaways')).toHaveLength(1);
		expect(texts.filter((text) => text.startsWith('Teachers in a rural school district'))).toHaveLength(1);
		expect(texts[texts.length - 1]).toMatch(/^Local leaders say the money/);
	});

	it('keeps two paragraphs set again around a picture (a passage quoted twice)', () => {
		const blocks = articleBlocks(`${OPENING}<figure><img src="/site.jpg" alt="The site"></figure>${OPENING}`);
		expect(blocks.filter((block) => block.type === 'paragraph')).toHaveLength(4);
	});

	it('keeps a run whose paragraph the body sets a third time (a refrain, filler)', () => {
		const refrain = '<p>We shall not be moved, the marchers sang as they crossed the bridge, and the crowd on the far bank took up the words until the whole square sang them.</p>';
		const verse = '<p>The second verse names the towns the march passed through, one for every day of the three weeks the marchers spent on the road to the capital.</p><p>The third names the people who did not live to see the end of it, and the square fell quiet for it every time.</p>';
		const blocks = articleBlocks(`${refrain}<p>The song was written for the march and sung at every stop along the way, often several times in one evening, by people who had never met before.</p>${refrain}${verse}<h2>After the march</h2>${refrain}${verse}`);
		expect(blocks.filter((block) => block.text.startsWith('We shall not be moved'))).toHaveLength(3);
		expect(blocks.filter((block) => block.text.startsWith('The third names the people'))).toHaveLength(2);
	});
});
