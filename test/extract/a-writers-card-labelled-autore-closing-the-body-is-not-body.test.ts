import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleBlocks, articleText} from '../helpers/article-body.js';

/**
 * An Italian news site closes the story with the writer's card: the portrait linked to the
 * writer's page on the newsroom (`/redazione/<name>-<id>`), then the label "autore", the name
 * and a line about them.
 */
const CARD = '<div class="thumbuser row"><div class="col-4"><a href="/redazione/mario-rossi-205"><img class="round" src="/img/utenti/mario.jpg" alt="Mario Rossi"></a></div>'
	+ '<div class="col-8"><div class="upper mbottom">autore</div><div class="serif"><a href="/redazione/mario-rossi-205">Mario Rossi</a></div>'
	+ '<div class="mtop">Giornalista dal 2004, segue il mercato della pallacanestro europea per la redazione.</div></div></div>';

describe('a writer\'s card labelled "autore" closing the body', () => {
	it('is not body, portrait included', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}${CARD}`);
		const text = blocks.map((block) => block.text).join('\n');
		expect(text).toContain('A third paragraph');
		expect(text).not.toContain('autore');
		expect(text).not.toContain('Giornalista dal 2004');
		expect(blocks.some((block) => block.type === 'image')).toBe(false);
	});

	it('leaves a picture linked to the newsroom page of someone the story quotes, with a sentence of its own', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div><a href="/redazione/mario-rossi-205"><img alt="Mario Rossi" src="/mario.jpg"></a><p>The newsroom's former director spoke at the launch in Milan on Tuesday and said the site would keep its archive open to every reader.</p></div>`);
		expect(body).toContain('would keep its archive open');
	});
});
