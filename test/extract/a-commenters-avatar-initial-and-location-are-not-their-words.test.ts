import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A thread with no known platform and no comment-text element, so each comment's text is its
 * box minus the fields: the box's avatar (a letter in a coloured circle standing in for a
 * picture) and the line saying where the commenter writes from are about the commenter, not
 * what they wrote.
 */

const comment = (name: string, location: string, time: string, text: string): string => `<div class="reader-post">
<div class="reader-avatar"><span class="avatar-letter" style="background:#e57373">${name[0]}</span></div>
<ul class="reader-info"><li class="reader-name">${name}</li><li class="reader-location"><span title="Approximate location">${location}</span></li><li class="reader-date"><time>${time}</time></li></ul>
<p>${text}</p>
</div>`;

describe('a generic thread whose boxes show an avatar initial and a location', () => {
	const html = `<!doctype html><html lang="en"><head><title>Battery life</title></head><body><article><h1>Battery life</h1>${ARTICLE_PARAGRAPHS}</article>
<section class="reader-posts"><h2>Reader comments</h2>
${comment('Marta', 'Lisbon', '12 May 2026', 'Two days with the screen at half brightness, every time.')}
${comment('jonas', 'x7Q', '13 May 2026', 'Mine needs a charge every evening, but I play a lot of games.')}
${comment('Priya', 'Pune', '14 May 2026', 'The charger in the box is the slow one, which is a pity.')}
</section></body></html>`;
	const result = extract(pageFromHtml(html, 'https://blog.example/battery/'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	const {items} = result.snapshot.comments;

	it('reads each name and date, and only the words under them as the text', () => {
		expect(items.map((item) => [item.author.name, item.postedAt, item.text])).toEqual([
			['Marta', '2026-05-12T00:00:00Z', 'Two days with the screen at half brightness, every time.'],
			['jonas', '2026-05-13T00:00:00Z', 'Mine needs a charge every evening, but I play a lot of games.'],
			['Priya', '2026-05-14T00:00:00Z', 'The charger in the box is the slow one, which is a pity.'],
		]);
	});
});
