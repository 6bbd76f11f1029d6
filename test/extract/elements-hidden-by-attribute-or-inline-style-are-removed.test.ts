import {describe, expect, it} from 'vitest';
import {loadDocument, removeHidden} from '../../src/extract/document/dom.js';

const PAGE = `<!doctype html><html><body><article>
	<p>Shown one.</p>
	<p hidden>Hidden by attribute.</p>
	<div aria-hidden="true"><p>Hidden from readers.</p></div>
	<p aria-hidden="false">Shown two.</p>
	<div style="color: red; DISPLAY: none !important"><p style="display:none">Nested hidden.</p></div>
	<p style="margin:0;visibility : hidden">Invisible.</p>
	<p style="display: block">Shown three.</p>
	<section><div><span class="x" style="display:none">Deep hidden.</span>Shown four.</div></section>
</article></body></html>`;

describe('hidden elements', () => {
	it('are removed by attribute or inline style, nested ones too, and nothing shown is', () => {
		const $ = loadDocument(PAGE);
		$('p'); // the element index is built, as by the stages before this one
		removeHidden($);
		expect($('article').text().replace(/\s+/g, ' ').trim()).toBe('Shown one. Shown two. Shown three. Shown four.');
	});
});
