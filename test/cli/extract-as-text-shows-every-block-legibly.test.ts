import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {cli} from '../helpers/cli.js';
import {tmpDir} from '../helpers/tmp-dir.js';

/** `newsvault extract --format text`: the body one block a line, none of them an empty line. */
describe('newsvault extract --format text', () => {
	let folder: {dir: string; cleanup(): Promise<void>};
	let file: string;
	beforeAll(async () => {
		folder = await tmpDir();
		file = path.join(folder.dir, 'saved.html');
		await writeFile(file, `<!doctype html><html lang="en"><head><title>Battery life</title></head><body><article><h1>Battery life</h1>
${ARTICLE_PARAGRAPHS}
<h2>What changed</h2><ul><li>Bigger cells</li><li>Slower charging at night</li></ul>
<h2>How to calibrate</h2><ol start="3"><li>Charge to full</li><li>Run it flat</li></ol>
<figure><img src="/cells.jpg" alt="Two battery cells"><figcaption>The new cells, side by side.</figcaption></figure>
<p><img src="/chart.png" alt="A chart of charge over a night"></p>
<pre><code class="language-bash">adb shell dumpsys battery
  | grep level</code></pre>
</article></body></html>`);
	});
	afterAll(() => folder.cleanup());

	it('marks headings, lists its items and names each picture by its caption or alt text', async () => {
		const result = await cli(['extract', file, '--url', 'https://news.example/battery-life', '--format', 'text']);
		expect(result.code).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines).not.toContain('');
		expect(lines).toEqual(expect.arrayContaining(['## What changed', '- Bigger cells', '- Slower charging at night', '[image] The new cells, side by side.', '[image] A chart of charge over a night']));
	});

	it('numbers a numbered list as the page does, from its start', async () => {
		const result = await cli(['extract', file, '--url', 'https://news.example/battery-life', '--format', 'text']);
		expect(result.stdout).toContain('## How to calibrate\n3. Charge to full\n4. Run it flat\n');
	});

	it('fences a listing, its lines and indentation as printed and its language named', async () => {
		const result = await cli(['extract', file, '--url', 'https://news.example/battery-life', '--format', 'text']);
		expect(result.stdout).toContain('```bash\nadb shell dumpsys battery\n  | grep level\n```');
	});
});
