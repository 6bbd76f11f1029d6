import {describe, expect, it} from 'vitest';
import type {VersionInfo} from '../../src/archive/types.js';
import {versionPage} from '../../src/serve/pages.js';
import {makeSnapshot} from '../helpers/snapshot-factory.js';

const URL_ = 'https://news.example/galaxy-s30-prices';

const VERSION: VersionInfo = {
	id: 'v1',
	firstSeen: '2025-05-01T12:00:00.000Z',
	lastSeen: '2025-05-01T12:00:00.000Z',
	status: 200,
	snapshotSha256: null,
	rawSha256: '0'.repeat(64),
	contentSha256: null,
	summary: null,
	visits: 1,
	attachments: {},
};

/** Block types beyond running text keep their shape in the viewer: a table's rows, a listing's lines, a list's numbers. */
describe('the viewer’s version page', () => {
	it('shows a table block as an HTML table of its rows, its cells escaped', () => {
		const rows = [
			['Model', 'Price'],
			['Galaxy S30', '$799 <b>launch</b>'],
		];
		const snapshot = makeSnapshot({
			source: {url: URL_},
			article: {body: [{type: 'table', text: 'Prices\nModel | Price\nGalaxy S30 | $799 <b>launch</b>', links: [], rows, caption: 'Prices'}]},
		});

		const html = versionPage(URL_, VERSION, snapshot);

		expect(html).toContain('<table><caption>Prices</caption><tr><td>Model</td><td>Price</td></tr><tr><td>Galaxy S30</td><td>$799 &lt;b&gt;launch&lt;/b&gt;</td></tr></table>');
	});

	it('shows a numbered list as an ordered list from its start, a plain one as bullets', () => {
		const snapshot = makeSnapshot({
			source: {url: URL_},
			article: {body: [
				{type: 'list', text: 'Charge to full\nRun it flat', links: [], ordered: true, start: 3},
				{type: 'list', text: 'Bigger cells', links: []},
			]},
		});

		const html = versionPage(URL_, VERSION, snapshot);

		expect(html).toContain('<ol start="3"><li>Charge to full</li><li>Run it flat</li></ol>');
		expect(html).toContain('<ul><li>Bigger cells</li></ul>');
	});

	it('shows a code block as its lines in a <pre>, escaped, with its language as a highlighter\'s class', () => {
		const snapshot = makeSnapshot({source: {url: URL_}, article: {body: [{type: 'code', text: 'if (a < b) {\n\treturn "<b>";\n}', links: [], language: 'js'}]}});
		const html = versionPage(URL_, VERSION, snapshot);
		expect(html).toContain('<pre class="code"><code class="language-js">if (a &lt; b) {\n\treturn &quot;&lt;b&gt;&quot;;\n}</code></pre>');
	});
});
