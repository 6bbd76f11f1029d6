import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Some pages state their comment count only in a link to their own thread: "(44)" beside the
 * thread in a "latest threads" panel, "12 Kommentare" in the byline. Counts linking to other
 * pages' threads are theirs, not this page's.
 */

const ARTICLE = `<h1>Kein App Store mehr über Mobilfunk mit iOS 13?</h1>
<div class="post"><p>Seit dem Update auf iOS 13 lädt der App Store bei mir keine Apps mehr über das Mobilfunknetz, auch nicht kleine, obwohl die Einstellung dafür aktiviert ist.</p>
<p>Hat jemand das gleiche Problem oder eine Idee, woran das liegen könnte? Ein Neustart und das Abmelden vom Store haben nichts geändert.</p></div>`;

const THREAD = 'https://forum.example/discussion/app-store-ios-13--338679.html';

function snapshotOf(html: string, url: string): Snapshot {
	const result = extract(pageFromHtml(`<!doctype html><html lang="de"><head><title>Forum</title></head><body>${html}</body></html>`, url), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

const panel = `<section class="panel"><h3>Forum</h3><ul>
<li><a href="https://forum.example/discussion/time-machine--339017.html">Time Machine schlägt fehl</a><span onclick="goTo('https://forum.example/discussion/time-machine--339017.html#comments'); return false;">(10)</span></li>
<li><a href="${THREAD}">Kein App Store mehr über Mobilfunk mit iOS 13?</a><span onclick="goTo('${THREAD}#comments'); return false;">(44)</span></li>
</ul></section>`;

describe('a count linking to the page\'s own thread', () => {
	it('is the declared count, by the page URL', () => {
		expect(snapshotOf(`${ARTICLE}${panel}`, THREAD).comments.declaredCount).toBe(44);
	});

	it('is the declared count when the page is known by its comment permalinks instead of its URL', () => {
		const permalink = `<div id="Comment6702386"><a href="${THREAD}?page=1#Comment6702386">28.09.19 12:44</a></div>`;
		expect(snapshotOf(`${ARTICLE}${permalink}${panel}`, 'https://mirror.example/saved-page.html').comments.declaredCount).toBe(44);
	});

	it('reads a byline link "12 Kommentare" to the page\'s #comments', () => {
		expect(snapshotOf(`${ARTICLE}<p class="meta"><a href="${THREAD}#comments">12 Kommentare</a></p>`, THREAD).comments.declaredCount).toBe(12);
	});

	it('reads a link whose fragment a URL parser first cleans of a line break ("#Kommen\\ntare")', () => {
		expect(snapshotOf(`${ARTICLE}<p class="meta"><a href="${THREAD}#Kommen\ntare">12 Kommentare</a></p>`, THREAD).comments.declaredCount).toBe(12);
	});

	it('ignores counts linking to other pages\' threads', () => {
		expect(snapshotOf(`${ARTICLE}${panel}`, 'https://forum.example/discussion/another-thread--340000.html').comments.declaredCount).toBeNull();
	});
});
