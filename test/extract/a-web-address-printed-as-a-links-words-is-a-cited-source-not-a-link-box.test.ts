import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A club's blog posts a short note and pastes the address of the petition it asks readers to
 * sign; the blog software turns the address into a link whose words are the address itself.
 * That long link is a cited source, not a teaser's or a menu's link: counted as link text it
 * made the short post read as a link box, and the body lost every line of it.
 */

const PETITION = 'http://petition.example/online/against-the-fee-reform-2013-the-society-loses-all-measure';

function page(linkWords: string): string {
	return `<!doctype html><html lang="de"><head><title>The ministry of club culture informs | The Party Town</title></head><body>
<div id="header"><h1><a href="/"><img src="/logo.png" alt="The Party Town"></a></h1><ul class="menu"><li><a href="/">Home</a></li><li><a href="/dates/">Dates</a></li><li><a href="/contact/">Contact</a></li></ul></div>
<div id="main"><h1>News</h1><div class="entry"><p class="entrydate"><a href="/2012/05/31/the-ministry/">Thursday, 31 May 2012</a></p><h2>The ministry of club culture informs</h2>
<div class="entrytext"><p>The music rights society has lost its mind! With the fee rises planned for 2013 many club owners face closing down. So that DJs need not read their sets aloud, please all sign this petition:</p><p><a href="${PETITION}">${linkWords}</a></p></div></div>
<div class="prevpost"><a href="/2012/05/17/the-first-meeting/" rel="prev">← The first monthly meeting is set!</a></div></div>
<div id="pageinfo"><ul><li><a href="/contact/">Contact</a></li><li><a href="/imprint/">Imprint</a></li></ul></div></body></html>`;
}

const bodyText = (html: string): string => snapshotOf(html, 'https://party.example/2012/05/31/the-ministry/').article.body.map((block) => block.text).join('\n');

describe('a web address printed as a link’s words', () => {
	it('is a cited source: the short post that pastes it keeps its lines', () => {
		const text = bodyText(page(PETITION));
		expect(text).toContain('The music rights society has lost its mind!');
		expect(text).toContain(PETITION);
	});

	it('is kept as a post linking a word is', () => {
		expect(bodyText(page('the petition'))).toContain('The music rights society has lost its mind!');
	});
});
