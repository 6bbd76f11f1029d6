import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';

/**
 * A parliament's pages put a download link under a picture or after a press release, its words
 * ending in the file's type and size (`<em class="download"><a href="…jpg">Hochauflösendes Bild
 * <em>(jpeg, 1MB)</em></a></em>`, "The full report (PDF, 298 KB)"). It fetches a file; it is a
 * control, not a line of the story. A sentence that mentions a file keeps its place.
 */

const texts = (line: string): string[] => articleBlocks(`${ARTICLE_PARAGRAPHS}${line}${ARTICLE_PARAGRAPHS}`).map((block) => block.text ?? '');

describe('a download link naming its file’s type and size', () => {
	it('is not body', () => {
		expect(texts('<p><em class="download"><a href="/bilder/schild.jpg?__blob=panorama" class="download FTjpeg">Hochauflösendes Bild <em>(jpeg, 1MB)</em></a></em></p>')).not.toContain('Hochauflösendes Bild (jpeg, 1MB)');
		expect(texts('<p><a href="/docs/report.pdf">The full report (PDF, 298 KB)</a></p>')).not.toContain('The full report (PDF, 298 KB)');
	});

	it('leaves a sentence that mentions a file', () => {
		const sentence = 'The agency published its full report as a file (PDF, 298 KB) on Monday.';
		expect(texts(`<p>${sentence}</p>`)).toContain(sentence);
	});
});
