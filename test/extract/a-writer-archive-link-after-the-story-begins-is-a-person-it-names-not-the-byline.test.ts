import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

const OPENING = '<p>Software systems become easier to understand when each part has one reason to change. This talk explains how teams can separate concerns without splitting code into arbitrary fragments.</p>';
const MIDDLE = '<p>The main example follows a reporting service as it grows from a single script into a small set of modules. Each step keeps the public behaviour the same while making dependencies visible.</p>';
const CLOSING = '<p>The point is not that every program needs more layers. The point is that names, data flow and boundaries should make the important choices visible to the next person reading the code.</p>';

/** A talk's write-up that lists the people it mentions, some linked to the site's own /author/ pages. */
function bodyTexts(beforeStory = ''): string[] {
	const html = `<!doctype html><html lang="en"><head><title>Simple Made Clear</title><meta name="author" content="Jane Smith"></head><body>
<article><h1>Simple Made Clear</h1>${beforeStory}${OPENING}${MIDDLE}
<h2>People mentioned</h2>
<ul><li><a href="https://en.wikipedia.org/wiki/Alan_Perlis">Alan Perlis</a></li><li><a href="https://talks.example/author/grady-booch">Grady Booch</a></li>
<li><a href="https://en.wikipedia.org/wiki/Edsger_Dijkstra">Edsger Dijkstra</a></li><li><a href="https://talks.example/author/erik-meijer">Erik Meijer</a></li></ul>
${CLOSING}</article></body></html>`;
	return snapshotOf(html, 'https://talks.example/presentations/simple-made-clear/').article.body.map((block) => JSON.stringify(block));
}

describe('a link to a writer archive after the story begins', () => {
	it('is a person the story names: the list that holds it stays body', () => {
		const body = bodyTexts().join('\n');
		for (const name of ['Alan Perlis', 'Grady Booch', 'Edsger Dijkstra', 'Erik Meijer']) expect(body).toContain(name);
	});

	it('is still the byline before the story', () => {
		const body = bodyTexts('<ul class="meta"><li><a href="/author/jane-smith">Jane Smith</a></li><li>May 2, 2024</li></ul>').join('\n');
		expect(body).not.toContain('Jane Smith');
		expect(body).toContain('Grady Booch');
	});
});
