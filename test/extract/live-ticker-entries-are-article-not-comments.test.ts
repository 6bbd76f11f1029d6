import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A live report ("relacja", live blog) is a list of short entries with a time and text, written
 * by the newsroom: the article itself, not reader comments, even though the entries repeat like
 * a thread and the site marks them with a speech-bubble icon. Reader comments have a commenter.
 */

const entry = (id: number, time: string, text: string): string => `<div class="coventry" id="${id}">
<aside class="coventry__aside"><i class="icon-comment"></i><span class="coventry__time">${time}</span></aside>
<div class="coventry__body"><p>${text}</p></div><span class="emotions" id="emotions${id}" data-val="8,5,3,4,3,"></span></div>`;

const html = `<!doctype html><html lang="pl"><head><title>Relacja na żywo</title></head><body>
<h1>Fogo Unia Leszno - RM Solar Falubaz Zielona Góra (relacja na żywo)</h1>
<div class="coverage">
${entry(904036, '19:02', 'W rundzie zasadniczej zespół z Zielonej Góry zaskoczył i w pierwszej fazie meczu prowadził w Lesznie. Ostatecznie Fogo Unia pokonała rywala 47:43.')}
${entry(904035, '18:55', 'Przypomnijmy, że w składzie zielonogórzan doszło do zmiany: Rohan Tungate znalazł się pod numerem 1. w miejsce Antonio Lindbaecka.')}
${entry(904034, '18:40', 'Pogoda w Lesznie niepewna, jak w całym kraju, ale na ten moment przejaśnia się, a prognozy nie zwiastują opadów.')}
${entry(903924, '18:30', 'W pierwszym meczu w tej parze półfinałowej Fogo Unia Leszno wygrała na wyjeździe z RM Solar Falubazem Zielona Góra - 46:44.')}
</div></body></html>`;

describe('a live ticker', () => {
	const result = extract(pageFromHtml(html, 'https://sport.example/zuzel/relacja/110331/unia-falubaz'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	const {snapshot} = result;

	it('has no comments', () => {
		expect(snapshot.comments.items).toEqual([]);
	});

	it('keeps its entries in the article body', () => {
		const body = snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('W rundzie zasadniczej zespół z Zielonej Góry zaskoczył');
		expect(body).toContain('W pierwszym meczu w tej parze półfinałowej');
	});
});
