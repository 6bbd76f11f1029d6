import {describe, expect, it} from 'vitest';
import {articleText} from '../helpers/article-body.js';

/**
 * Newsletters sell a slot between their items: a rule, a line saying "sponsored", the
 * advertiser's few lines and a call to act, another rule. The rules mark where the paid copy
 * begins and ends, so the writer's items around it stay.
 */
const ITEM_BEFORE = '<h3>Court rules on ride-hailing</h3><p>Drivers will have to return to their home bases after each ride unless they get a new booking on the way, the federal court decided on Tuesday, upholding the rule.</p>';
const ITEM_AFTER = '<h3>Parks trashed by raves</h3><p>Large parties in three parks on May 1 inflicted serious damage on the lawns, the city said in reply to a question from the opposition, and the repairs are not in the budget.</p>';
const SPONSOR = '<div><hr></div><p><em>sponsored</em></p><p>Having a sense of community in a new city is difficult.</p><p>That is why we created a curated group of eight people who meet regularly.</p><p>This is the final call for the June cohort.</p><p><a href="https://ads.example/apply?utm_source=news">Apply now to join.</a></p><div><hr></div>';

describe('a sponsor\'s section set off by rules in a newsletter', () => {
	it('is not body, and the items around it are', () => {
		const body = articleText(`${ITEM_BEFORE}${SPONSOR}${ITEM_AFTER}`);
		expect(body).toContain('Drivers will have to return');
		expect(body).toContain('Large parties in three parks');
		expect(body).not.toMatch(/sponsored|community in a new city|Apply now/);
	});

	it('stays when no rule closes it within an ad\'s length (the writer goes on)', () => {
		const long = Array.from({length: 14}, (_, i) => `<p>Paragraph ${i + 1} of the writer's own report on the sponsor's business, which the newsletter covers at length this week.</p>`).join('');
		const body = articleText(`${ITEM_BEFORE}<hr><p>Sponsored</p>${long}<hr>${ITEM_AFTER}`);
		expect(body).toContain('Paragraph 14 of the writer');
	});
});
