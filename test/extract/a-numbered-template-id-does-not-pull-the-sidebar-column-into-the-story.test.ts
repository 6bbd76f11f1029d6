import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A CMS lays its page out in columns it numbers, `div.column#content_930` for the story and
 * `div.column#content_931` for the sidebar: the word "content" is on both. It used to weigh as
 * the story's class word on each, so the sidebar column (a news ticker and an app box) scored as
 * well as the story's and joined it. A numbered id names a slot, not what it holds.
 */
const PART_ONE = [
	'The home side missed the final of the continental league on Tuesday evening: without its six players already sent to the tournament, the team lost the semi-final away by three goals to nil after a strong start.',
	'The hosts led after four minutes, when their captain scored from a pass across the crease on the power play, and they kept the pressure high for the rest of the first period, with two more chances off the post.',
];
const PART_TWO = [
	'In the second period too, the hosts had somewhat more of the game and the better structure, though their lead over the visitors was no longer as crushing as it had been for long stretches of the opening period.',
	'The hosts did not fall back on their own goal at the start of the third period; they stayed active and came close to a second goal, which their captain scored on another power play before a late breakaway settled it.',
];
const TICKER = [
	'More postponements in the northern division: the club has called off the match planned for Wednesday because of a suspected case, and several cases are confirmed at the other club.',
	'Of the sixteen players who tested positive at the southern club, eight have since been able to leave isolation with a negative result; the Friday match still has to be moved.',
	'Because of the many cases in its team, the northern club has to pause again next weekend: both its away match and its home match against the league leaders were called off.',
];
const APP = 'Read everything about the fastest team sport in the world on your tablet or smartphone now: every national league, the big league abroad and the continental clubs, one tap away.';

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${text}</p>`).join('\n');
const box = (inner: string): string => `<div class="special"><div class="box" style="margin:0"><div style="padding:0">${inner}</div></div></div>`;

const html = `<!doctype html><html lang="en"><head><title>Home side loses the semi-final and misses the final</title></head><body>
<div class="layout"><div id="content_91" class="column"><div class="template wrapper"><div id="content_924" class="column">${box('<div class="menuTop"><a href="/">Home</a> <a href="/league">League</a></div>')}</div></div>
<div class="template">
<div id="content_930" class="column">
${box('<div class="bannerContent"><div id="content-156"></div></div>')}
${box(`<div class="article"><div class="date">Tuesday, 1 February 2022, 21:45</div><div class="social"></div>
<h1><span class="articleoverline">The semi-final on Tuesday</span> <span class="articleheadline">Home side loses the semi-final and misses the final</span></h1>
<div id="framework_1" class="framework">
<div id="framework_entry_1" class="image"><img src="/pictures/2022/2/1/semi-final.jpg" width="640" height="434" alt=""><div class="automaticHyphenation"><p>Decision: the visitors' forward turns away while the hosts celebrate their second goal.</p></div></div>
<div class="banner"><span class="aXvertisement">Anzeige</span></div>
<div id="framework_entry_2" class="html"><div class="automaticHyphenation">${paragraphs(PART_ONE)}</div></div>
<div id="framework_entry_3" class="collection marginTop"><div class="header"><h2>The match in numbers</h2></div><div class="data"></div></div>
<div id="framework_entry_4" class="html"><div class="automaticHyphenation">${paragraphs(PART_TWO)}<p><b><i>Jane Roe</i></b></p></div></div>
</div></div>`)}
${box('<div class="OUTBRAIN" data-widget-id="GS_1"></div>')}
</div>
<div id="content_931" class="column">
${box(`<div class="shortnews" id="shortnews_1"><h2>News ticker</h2>${TICKER.map((item, i) => `<ul><li class="date">${i + 16} hours ago</li><li>${item}</li></ul>`).join('\n')}</div>`)}
${box(`<div class="app" id="app_1"><h2>The hockey news app</h2><div class="text">${APP}</div><a href="https://play.example/app"><img src="/app/google-play.png"></a><a href="https://apps.example/app"><img src="/app/app-store.png"></a></div>`)}
</div></div></div></body></html>`;

describe('a numbered template id on the story column and the sidebar column', () => {
	const body = snapshotOf(html, 'https://hockey.example/league/semi-final-1.html').article.body.map((block) => block.text).join('\n');

	it('leaves the sidebar column out of the story', () => {
		for (const item of TICKER) expect(body).not.toContain(item);
		expect(body).not.toContain(APP);
	});

	it('keeps every part of the story', () => {
		for (const text of [...PART_ONE, ...PART_TWO]) expect(body).toContain(text);
	});
});
