import {describe, expect, it} from 'vitest';
import {parseDateTime, parseTimeField} from '../../src/extract/document/dates.js';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Comment widgets print how long ago a comment was posted as a count and a unit letter ("3h",
 * "25m", "2d", "1w", "3mo", "1y"), OpenWeb among them. In a comment's time field that is a
 * time, resolved against the fetch time (2026-06-20T12:00:00Z, from `pageFromHtml`) like
 * "3 hours ago"; anywhere else it is no date.
 */

const message = (name: string, ago: string, text: string): string => `<div class="spcv_message-stack"><div class="components-MessageLayout-index__message-view">
<div class="components-MessageLayout-index__message-header"><span data-spot-im-class="message-username">${name}</span><time data-spot-im-class="message-timestamp">${ago}</time></div>
<div data-spot-im-class="message-text"><div><p>${text}</p></div></div></div></div>`;

describe('compact relative times', () => {
	const conversation = `<div data-spotim-module="conversation"><div data-newsvault-shadow=""><div id="spcv_conversation"><ul class="spcv_messages-list">
<li>${message('Ann', '25m', 'A 5m cable in the box would have been nice.')}</li>
<li>${message('Ben', '3h', 'The 4K screen is the reason to buy it.')}</li>
<li>${message('Cat', '2d', 'Mine shipped with the old charger.')}</li>
<li>${message('Dan', '3mo', 'Still waiting for the update.')}</li>
</ul></div></div></div>`;
	const snapshot = snapshotOf(articlePageWith(conversation), 'https://news.example/battery-life');

	it("resolve against the fetch time in a comment's time field, like '3 hours ago'", () => {
		expect(snapshot.comments.items.map((item) => [item.author.name, item.postedAt, item.postedAtRelative])).toEqual([
			['Ann', '2026-06-20T11:35:00.000Z', true],
			['Ben', '2026-06-20T09:00:00.000Z', true],
			['Cat', '2026-06-18T12:00:00.000Z', true],
			['Dan', '2026-03-20T12:00:00.000Z', true],
		]);
		expect(snapshot.comments.items[0]?.text).toBe('A 5m cable in the box would have been nice.');
	});

	it('are no date outside a time field, and never in upper case', () => {
		const dates = {now: new Date('2026-06-20T12:00:00Z')};
		expect(parseDateTime('5m', dates)).toBeNull();
		expect(parseDateTime('A 5m cable', dates)).toBeNull();
		expect(parseTimeField('A 5m cable', dates)).toBeNull();
		expect(['4K', '5G', '3D'].map((text) => parseTimeField(text, dates))).toEqual([null, null, null]);
		expect(parseTimeField('1y', dates)).toEqual({iso: '2025-06-20T12:00:00.000Z', relative: true});
	});
});
