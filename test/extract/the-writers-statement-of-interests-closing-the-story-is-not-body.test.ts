import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Some sites close every piece with the writer's statement of interests under a label of its
 * own ("Themenbezogene Interessenbindung der Autorin/des Autors", "Conflicts of interest"), with
 * the site's line on whose opinion the piece is: a box about the writer, like a bio, not the story.
 * A sentence mentioning a conflict of interest stays.
 */
function bodyTexts(closing: string): string[] {
	const html = `<!doctype html><html lang="de"><head><title>Wo die Hilfe endet</title></head><body><main><article class="post">
<h1 class="entry-title">Wo die Hilfe endet</h1><div class="entry-content">${ARTICLE_PARAGRAPHS}
${closing}</div></article></main></body></html>`;
	return snapshotOf(html, 'https://sperber.example/politik/wo-die-hilfe-endet/').article.body.map((block) => block.text);
}

describe('the writer\'s statement of interests closing the story', () => {
	it('is left out with its label', () => {
		const texts = bodyTexts(`<div class="wp-block-site-interests"><hr/><h4>Themenbezogene Interessenbindung der Autorin/des Autors</h4><p>Keine<br>_____________________<br>Meinungen in Beiträgen entsprechen jeweils den persönlichen Einschätzungen der Autorin oder des Autors.</p></div>`);
		expect(texts.join(' ')).not.toContain('Interessenbindung');
		expect(texts.join(' ')).not.toContain('persönlichen Einschätzungen');
		expect(texts.at(-1)).toMatch(/turn out to be true after all\.$/);
	});

	it('is left out under an English label too', () => {
		const texts = bodyTexts('<h3>Conflicts of interest:</h3><p>The writer holds no shares in the companies named.</p>');
		expect(texts.join(' ')).not.toContain('holds no shares');
	});

	it('stays when the story only speaks of a conflict of interest', () => {
		const sentence = 'He left his businesses to avoid any conflict of interest, his spokesman said on Wednesday.';
		expect(bodyTexts(`<p>${sentence}</p>`)).toContain(sentence);
	});
});
