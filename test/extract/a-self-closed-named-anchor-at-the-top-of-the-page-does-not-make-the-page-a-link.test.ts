import {describe, expect, it} from 'vitest';
import {parseHtml} from '../../src/extract/document/parse-html.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Older news templates open the body with an XHTML-style jump target, `<a name="top_of_page"/>`,
 * often followed by `<div id="fb-root"/>`. HTML reads both as open tags, so the anchor wraps the
 * whole page. Without `href` it is no link, and readers see none: the story under it is still
 * the body, found in its own container, without the header's edition links.
 */

const page = (top: string): string => `<!doctype html><html lang="en"><head><title>Rebels take arms depots near the capital - News Site</title></head><body>
${top}
<div id="hdr"><div id="hdr-editions"><ul><li>Edition: English</li><li><a href="https://us.news.example/">U.S.</a></li><li><a href="https://intl.news.example/">INTERNATIONAL</a></li></ul></div>
<ul id="menu"><li><a href="/">Home</a></li><li><a href="/video/">Video</a></li><li><a href="/world/">World</a></li></ul></div>
<div id="container"><div class="storyarea"><h1>Rebels take arms depots near the capital</h1><div class="timestamp">Wednesday, 28 August 2013, last updated 14:00 (GMT+0400)</div>
<div class="storytext">${ARTICLE_PARAGRAPHS}</div>
<div class="storyside"><h4>Most read</h4><h2><a href="/2014/1/9/one/index.html">A first story elsewhere on the site</a></h2><h2><a href="/2014/1/9/two/index.html">A second story elsewhere on the site</a></h2></div></div></div>
<div id="footer"><a href="/terms.html">Terms</a> | <a href="/privacy.html">Privacy</a></div>
</body></html>`;

const bodyOf = (top: string) => snapshotOf(page(top), 'https://news.example/2013/world/8/3/rebels.depots/index.html').article.body.map((block) => block.text);

describe('a self-closed named anchor at the top of the page', () => {
	it('leaves the story in its container the body, without the header links', () => {
		const body = bodyOf('<a name="top_of_page"/><div id="fb-root"/><a href="#content"><img src="/1.gif" width="1" height="1" alt=""></a>');
		expect(body[0]).toMatch(/^The body of this test article/);
		expect(body.join('\n')).not.toContain('INTERNATIONAL');
		expect(body).toHaveLength(3);
	});

	it('reads the same as the page without it', () => {
		expect(bodyOf('<a name="top_of_page"/><div id="fb-root"/>')).toEqual(bodyOf('<div id="fb-root"></div>'));
	});

	it('keeps the anchor where it stands, empty, as a fragment target', () => {
		const [body] = parseHtml('<body><a name="top_of_page"/><div id="story"><p>Words.</p></div></body>').document.children;
		const names = body && 'children' in body ? body.children.map((node) => (node.type === 'tag' ? `${node.name}:${node.children.length}` : node.type)) : [];
		expect(names).toEqual(['a:0', 'div:1']);
	});
});
