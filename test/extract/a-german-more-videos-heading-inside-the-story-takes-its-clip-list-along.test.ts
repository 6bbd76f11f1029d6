import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A sports news page sets a video player under the story, inside the story's own container,
 * with a playlist of other clips titled "Weitere Videos" ("More videos"). The heading is page
 * furniture in German as in English, and the list of linked clips under it goes with it.
 */

const STORY = `<h1>Sportchef: "Dann mache ich drei Tage Pause"</h1><p>Das Geschäft wird immer schnelllebiger, Verträge und Verhandlungen werden immer komplexer, und der Druck auf den Sportchef nimmt kontinuierlich zu, wie er am Mittwoch erzählte.</p><p>Bis zum Ende der Transferzeit ist er Tag und Nacht unterwegs, danach braucht er eine Auszeit. "Ich werde mir drei Tage Ruhe gönnen, das ist einfach so", sagte er bei der Pressekonferenz.</p><p>Die Pandemie erschwert auch die Arbeit im Verein: Einnahmen aus Tickets und Hospitality fehlen, und der Verein will trotzdem stabil bleiben und junge Spieler weiterentwickeln.</p>`;

const clip = (id: number, category: string, title: string): string =>
	`<li data-video-id="${id}"><a href="/videos/${id}"><span class="category">${category}</span> <span class="title">${title}</span></a></li>`;

describe('a German "more videos" heading inside the story', () => {
	it('takes its clip list along', () => {
		const html = `<!doctype html><html lang="de"><head><title>Sportchef macht Pause</title></head><body><section class="content-wrapper"><div class="meldung news-container">${STORY}<section class="video-aufmacher"><div class="video-player"></div><div class="video-playlist-wrapper"><div class="headingbar"><h2>Weitere Videos</h2></div><div class="scroll-wrapper"><ul class="video-playlist">${clip(1, 'Wintersport', 'Snowboarderin im Olympia-Interview')}${clip(2, 'Fußball', 'Trainer: "Die Handschrift ist verinnerlicht"')}${clip(3, 'Fußball', 'Klassenerhalt bleibt das Ziel')}</ul></div></div></section></div></section></body></html>`;
		const result = extract(pageFromHtml(html, 'https://sport.example/news/sportchef-pause/'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		const body = result.snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('drei Tage Ruhe gönnen');
		expect(body).not.toContain('Weitere Videos');
		expect(body).not.toContain('Olympia-Interview');
	});
});
