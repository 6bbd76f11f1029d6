import type {Element} from 'domhandler';
import {describe, expect, it} from 'vitest';
import {measureText, scoreContent} from '../../src/extract/article/content-score.js';
import {loadDocument} from '../../src/extract/document/dom.js';

/**
 * A magazine's short video post: one paragraph in its story box, inside a page wrapper whose id
 * says "page" (a positive class word) and which also holds the site's menus, a breadcrumb and a
 * rail of the latest articles.
 */
const STORY = '<p>Nobody likes a conflict. And still we run into them every day, at work and at home. Talking is one of the hardest parts of life, full of traps we keep stepping into. Here is a simple way to get through a difficult conversation.</p><p><iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe></p>';
const MENUS = '<ul class="nav"><li><a href="/">Home</a></li><li><a href="/contact">Contact</a></li><li><a href="/blogs/">Blogs</a></li><li><a href="/news/">News</a></li><li><a href="/digital/">Digital transformation</a></li></ul><div class="trail"><a href="/">Home</a> &gt; <a href="/digital/">Digital</a> &gt; <a href="/digital/people/">People at work</a></div>';
const RAIL = '<div class="rail"><strong>Latest articles</strong><ol><li><a href="/a">How on earth did I end up here?</a></li><li><a href="/b">Flexible ways into the multi-cloud</a></li><li><a href="/c">NVMe storage with a cluster file system</a></li></ol></div>';

function pageOf(besideTheStory: string, menus = MENUS): {body: Element; story: Element; wrapper: Element} {
	const $ = loadDocument(`<!doctype html><html><body><div id="center"><div id="page">${menus}<div id="contentcontainer"><div id="detailcontent"><div class="detailheader">14.06.2019 (ch)</div><h1>Difficult conversations made easy</h1><div class="detail">${STORY}</div></div>${besideTheStory}${RAIL}</div></div><div id="footer"><a href="/imprint">Imprint</a></div></div></body></html>`);
	return {body: $('body')[0] as Element, story: $('.detail')[0] as Element, wrapper: $('#page')[0] as Element};
}

describe('the content score of a short story inside a page wrapper', () => {
	it('gives the story box, not the wrapper that won on its class name while its other text is menus and link lists', () => {
		const {body, story} = pageOf('');
		const measures = measureText(body);
		expect(scoreContent(body, measures, {skipUnlikely: true})).toEqual([story]);
		expect(scoreContent(body, measures, {skipUnlikely: false, scoreSections: true})).toEqual([story]);
	});

	it('gives the story box when the climb from it reaches the wrapper over a weaker box between (menus long enough to score)', () => {
		const items = Array.from({length: 30}, (_, i) => `<li><a href="/storage/${i}/">Storage hardware, section ${i}</a></li>`).join('');
		const {body, story} = pageOf('', `${MENUS}<div class="menu-container"><a href="/storage/">Storage</a><ul>${items}</ul></div>`);
		expect(scoreContent(body, measureText(body), {skipUnlikely: true})).toEqual([story]);
	});

	it('keeps the wrapper when its other text is prose: a second part of the story, however it scores', () => {
		const part = '<div class="box"><div class="inner"><span>Most conflicts start small: a word taken the wrong way.</span> <span>Listening first takes the heat out of them.</span><br><br><span>Naming what we heard helps, too, before they grow.</span></div></div>';
		const {body, wrapper} = pageOf(part);
		expect(scoreContent(body, measureText(body), {skipUnlikely: true})).toEqual([wrapper]);
	});
});
