import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A blog editor set a picture in the line of a subheading, linked to its full-size file
 * (`<h2><a href="stones.jpg"><img src="stones-300x225.jpg"></a></h2>`, as WordPress's classic
 * editor leaves it when the picture is inserted on a heading's line). The heading has no
 * words; its picture is the story's all the same, as it would be in a paragraph.
 */

const PARAGRAPH = (n: number): string =>
	`<p>Paragraph ${n} of the story tells, in words enough to be read as prose, how the walk up the mountain passes small shrines, what each gate means and why a visitor throws a stone onto it before going through.</p>`;

function bodyOf(subheadingLine: string) {
	const html = `<!doctype html><html lang="de"><head><title>Reiki and shamanism</title></head><body>
<article><header><h1 class="entry-title">Reiki and shamanism</h1></header><div class="entry-content">
<h2>The way of the mountain ascetics</h2>${PARAGRAPH(1)}${PARAGRAPH(2)}
<h2>Ways and traditions joined</h2>${subheadingLine}${PARAGRAPH(3)}${PARAGRAPH(4)}</div></article></body></html>`;
	return snapshotOf(html, 'https://reiki.example/reiki-and-shamanism/').article.body;
}

describe('a picture set in a subheading without words', () => {
	it('is the story’s picture, in its place', () => {
		const body = bodyOf('<h2><a href="https://reiki.example/uploads/stones.jpg"><img src="https://reiki.example/uploads/stones-300x225.jpg" alt="Stones on a gate" width="300" height="225"></a></h2>');
		const picture = body.findIndex((block) => block.type === 'image');
		expect(body[picture]?.src).toBe('https://reiki.example/uploads/stones-300x225.jpg');
		expect(body[picture - 1]?.text).toBe('Ways and traditions joined');
		expect(body[picture + 1]?.text).toContain('Paragraph 3');
	});

	it('leaves a subheading with words a heading', () => {
		const body = bodyOf('<h2>More pictures</h2>');
		expect(body.some((block) => block.type === 'image')).toBe(false);
		expect(body.some((block) => block.type === 'heading' && block.text === 'More pictures')).toBe(true);
	});
});
