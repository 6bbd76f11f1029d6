import {describe, expect, it} from 'vitest';
import type {VersionInfo} from '../../src/archive/index.js';
import {versionPage} from '../../src/serve/pages.js';
import {makeSnapshot} from '../helpers/snapshot-factory.js';

/** A listing in the viewer is preformatted, its lines and indentation as printed, escaped, with its language as a highlighter's class. */

const VERSION: VersionInfo = {
	id: 'v1',
	firstSeen: '2025-05-01T12:00:00.000Z',
	lastSeen: '2025-05-01T12:00:00.000Z',
	status: 200,
	snapshotSha256: null,
	rawSha256: 'a'.repeat(64),
	contentSha256: null,
	summary: null,
	visits: 1,
	attachments: {},
};

describe('the viewer', () => {
	it('shows a code block as its lines in a <pre>, escaped, with its language', () => {
		const snapshot = makeSnapshot({article: {body: [{type: 'code', text: 'if (a < b) {\n\treturn "<b>";\n}', links: [], language: 'js'}]}});
		const html = versionPage(snapshot.source.url, VERSION, snapshot);
		expect(html).toContain('<pre class="code"><code class="language-js">if (a &lt; b) {\n\treturn &quot;&lt;b&gt;&quot;;\n}</code></pre>');
	});
});
