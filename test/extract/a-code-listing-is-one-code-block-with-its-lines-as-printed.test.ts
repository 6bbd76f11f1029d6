import {describe, expect, it} from 'vitest';
import type {Block} from '../../src/snapshot/schema.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A listing (commands, source, a log) is printed line by line: it is one `code` block whose
 * text keeps its newlines and indentation, with the language its markup names. A highlighter's
 * line-number gutter is the reader's ruler, not code; inline code is a word of its sentence.
 */

function body(listing: string): Block[] {
	const html = `<!doctype html><html lang="en"><head><title>Debug over USB</title></head><body><article><h1>Debug over USB</h1>${ARTICLE_PARAGRAPHS}
<p>Plug the phone in and run:</p>
${listing}
<p>The list shows every package with its file.</p></article></body></html>`;
	return snapshotOf(html, 'https://blog.example.org/adb').article.body;
}

const codeBlocks = (blocks: Block[]): Block[] => blocks.filter((block) => block.type === 'code');

describe('a code listing', () => {
	it('keeps its lines, indentation and tabs, and the language its class names', () => {
		const [code, ...more] = codeBlocks(body(`<pre class="wp-block-code"><code class="language-kotlin">fun main() {
    val devices = adb("devices")
\tprintln(devices)
}
  </code></pre>`));
		expect(more).toEqual([]);
		expect(code).toMatchObject({type: 'code', text: 'fun main() {\n    val devices = adb("devices")\n\tprintln(devices)\n}', language: 'kotlin'});
	});

	it('reads a language from a wrapper or a data attribute, and none when the markup names none', () => {
		expect(codeBlocks(body('<div class="highlight highlight-source-python"><pre>import os\nprint(os.name)</pre></div>'))[0]?.language).toBe('python');
		expect(codeBlocks(body('<pre data-lang="go"><code>go run .</code></pre>'))[0]?.language).toBe('go');
		expect(codeBlocks(body('<pre><code class="language-none">adb devices</code></pre>'))[0]).not.toHaveProperty('language');
	});

	it('gives the code of a highlighted listing without its line-number gutter', () => {
		const syntaxHighlighter = `<div class="syntaxhighlighter bash"><table><tbody><tr>
<td class="gutter"><div class="line number1">1</div><div class="line number2">2</div></td>
<td class="code"><div class="container">
<div class="line number1"><code class="bash plain">adb devices</code></div>
<div class="line number2"><code class="bash spaces">&nbsp;&nbsp;</code><code class="bash plain">adb shell pm list packages -f</code></div>
</div></td></tr></tbody></table></div>`;
		expect(codeBlocks(body(syntaxHighlighter)).map((block) => block.text)).toEqual(['adb devices\n  adb shell pm list packages -f']);
		const gitHub = `<table class="highlight"><tr><td id="L1" class="blob-num js-line-number" data-line-number="1">1</td><td class="blob-code blob-code-inner">adb devices</td></tr>
<tr><td id="L2" class="blob-num js-line-number" data-line-number="2">2</td><td class="blob-code blob-code-inner">adb shell</td></tr></table>`;
		expect(codeBlocks(body(gitHub)).map((block) => block.text)).toEqual(['adb devices\nadb shell']);
		const prism = '<pre class="line-numbers language-bash"><code class="language-bash">adb devices\nadb shell<span aria-hidden="true" class="line-numbers-rows"><span>1</span><span>2</span></span></code></pre>';
		expect(codeBlocks(body(prism))).toMatchObject([{text: 'adb devices\nadb shell', language: 'bash'}]);
	});

	it('reads a line per item, the markup\'s line breaks between the items no blank lines, and CR LF as LF', () => {
		const prettify = '<pre class="prettyprint linenums"><ol class="linenums"><li class="L0"><span>adb devices</span></li>\n<li class="L1"><span>  adb shell</span></li></ol></pre>';
		expect(codeBlocks(body(prettify)).map((block) => block.text)).toEqual(['adb devices\n  adb shell']);
		expect(codeBlocks(body('<pre>\r\nadb devices\r\n\r\nadb shell\r\n</pre>')).map((block) => block.text)).toEqual(['adb devices\n\nadb shell']);
		expect(codeBlocks(body('<pre><code><span>if</span> (ok) {<br/>  <span>adb</span> shell<br/>}</code></pre>')).map((block) => block.text)).toEqual(['if (ok) {\n  adb shell\n}']);
	});

	it('is a block when a <code> stands alone over several lines, and a word of its sentence inline', () => {
		expect(codeBlocks(body('<div class="snippet"><code>adb devices<br>adb shell</code></div>')).map((block) => block.text)).toEqual(['adb devices\nadb shell']);
		const blocks = body('<p>Then <code>adb shell</code> opens a shell on the phone.</p>');
		expect(codeBlocks(blocks)).toEqual([]);
		expect(blocks.map((block) => block.text)).toContain('Then adb shell opens a shell on the phone.');
	});
});
