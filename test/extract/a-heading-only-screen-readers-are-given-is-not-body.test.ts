import {describe, expect, it} from 'vitest';
import {articleText} from '../helpers/article-body.js';

/**
 * A WordPress theme labels the links to the previous and next posts under the story with a
 * heading moved off screen for screen readers (`<h1 class="assistive-text section-heading">
 * Beitragsnavigation</h1>`, `h2.screen-reader-text` "Post navigation"). The links go as
 * furniture; the label the reader never sees must not stay behind as the body's last heading.
 * A heading the reader sees stays.
 */
const STORY = `<p>Leandra Lou schreibt über all die Themen, die echte Fashion Junkies bewegen, von A wie Abnehmen bis Z wie Zicke, und sie tut es auf ihre Art, mit viel geballter Wahrheit.</p>
<p>Das Blog ist nun als Buch erschienen, wundervoll stilecht illustriert, mit bissig-frechen Einträgen und Mode-Illustrationen zu jedem Eintrag, auf achtzig Seiten gebunden.</p>
<p>Das Werk ist eine Parodie auf die Modewelt und den derzeitigen Kult um die Modeblogger, und es zeigt, was gerade in ist und wo die Fashion-Crowd zu sein hat.</p>`;

const navigation = (headingClass: string): string => `<div id="nav-below"><h1 class="${headingClass}">Beitragsnavigation</h1><div class="nav-wrapper">
<div class="nav-previous">&larr; <a href="/2013/10/20/berlin-tag-und-nacht/" rel="prev">Berlin – Tag &amp; Nacht – Staffel 16</a></div>
<div class="nav-next"><a href="/2013/10/22/erst-die-hochzeitsuite/" rel="next">Erst die Hochzeitsuite im Osten</a> &rarr;</div></div></div>`;

describe('a heading only screen readers are given', () => {
	it.each(['assistive-text section-heading', 'screen-reader-text'])('is not body: %s', (headingClass) => {
		const text = articleText(`${STORY}${navigation(headingClass)}`);
		expect(text).toContain('Fashion-Crowd');
		expect(text).not.toContain('Beitragsnavigation');
	});

	it('while a heading the reader sees stays', () => {
		expect(articleText(`<h2 class="section-heading">Lesen Sie Modeblogs?</h2>${STORY}`)).toContain('Lesen Sie Modeblogs?');
	});
});
