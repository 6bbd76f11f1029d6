import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Comment threads in unknown markup (no profile, no platform) whose only dates are relative:
 * the generic finder has to recognise them as dates to find the comments at all, and each
 * resolves against the page's fetch time (2026-06-20T12:00:00Z, from `pageFromHtml`).
 */

const ARTICLE = `<h1>Les pliables deviennent moins chers</h1><div class="texte"><p>Le prix des smartphones pliables a baissé d'un tiers en deux ans, et la prochaine génération devrait le faire baisser encore, selon les analystes qui suivent la chaîne d'approvisionnement.</p>
<p>Les charnières coûtent moins cher depuis que davantage de fournisseurs sont entrés sur le marché, et le verre ultra-fin est désormais produit à une échelle impensable il y a quelques années.</p></div>`;

function threadOf(lang: string, cards: ReadonlyArray<readonly [string, string, string]>): Snapshot {
	const card = ([name, when, text]: readonly [string, string, string], index: number): string =>
		`<div class="c-item--${index}x"><div class="c-head"><span class="c-username">${name}</span> <span class="c-date">${when}</span></div><div class="c-body">${text}</div></div>`;
	const html = `<!doctype html><html lang="${lang}"><head><title>Pliables</title></head><body>${ARTICLE}<div class="c-list">${cards.map(card).join('')}</div></body></html>`;
	const result = extract(pageFromHtml(html, 'https://news.example/pliables'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

describe('relative comment times in several languages', () => {
	it.each([
		['fr', ['il y a 3 jours', 'il y a une heure', 'hier'], ['2026-06-17T12:00:00.000Z', '2026-06-20T11:00:00.000Z', '2026-06-19T12:00:00.000Z']],
		['es', ['hace 2 días', 'hace un mes', 'ayer'], ['2026-06-18T12:00:00.000Z', '2026-05-20T12:00:00.000Z', '2026-06-19T12:00:00.000Z']],
		['de', ['vor 2 Stunden', 'vor einer Woche', 'Gestern, 14:30'], ['2026-06-20T10:00:00.000Z', '2026-06-13T12:00:00.000Z', '2026-06-19T14:30:00Z']],
		['it', ['3 giorni fa', "un'ora fa", 'ieri'], ['2026-06-17T12:00:00.000Z', '2026-06-20T11:00:00.000Z', '2026-06-19T12:00:00.000Z']],
	] as const)('finds a %s thread by its relative dates and resolves each against the fetch time', (lang, whens, isos) => {
		const snapshot = threadOf(lang, [
			['Camille', whens[0], 'Toujours trop cher pour moi, j’attends la prochaine génération.'],
			['Lucas', whens[1], 'La charnière reste le point faible, surtout après un an d’usage.'],
			['Inès', whens[2], 'Deux pour cent du marché, c’est déjà plus que prévu.'],
		]);
		expect(snapshot.extractor.stages?.comments).toBe('structural');
		expect(snapshot.comments.items.map((item) => item.author.name)).toEqual(['Camille', 'Lucas', 'Inès']);
		expect(snapshot.comments.items.map((item) => item.postedAt)).toEqual(isos);
		expect(snapshot.comments.items.every((item) => item.postedAtRelative === true)).toBe(true);
	});

	it('resolves against the clock passed in, not the fetch time, when the caller gives one', () => {
		const html = `<!doctype html><html lang="es"><head><title>Pliables</title></head><body>${ARTICLE}<div class="c-list">${['Ana', 'Luis'].map((name, index) => `<div class="c-item--${index}x"><div class="c-head"><span class="c-username">${name}</span> <span class="c-date">hace ${index + 2} días</span></div><div class="c-body">El precio sigue siendo demasiado alto para la mayoría de la gente.</div></div>`).join('')}</div></body></html>`;
		const result = extract(pageFromHtml(html, 'https://news.example/plegables'), {profiles: [], now: new Date('2027-01-10T08:00:00.000Z')});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((item) => item.postedAt)).toEqual(['2027-01-08T08:00:00.000Z', '2027-01-07T08:00:00.000Z']);
	});
});
