import {Ajv2020} from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {snapshotText} from '../../src/cli/snapshot-text.js';
import {extract} from '../../src/extract/index.js';
import {snapshotJsonSchema} from '../../src/snapshot/schema.js';
import {ARTICLE_PARAGRAPHS, articleBlocks} from '../helpers/article-body.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Phone news is full of data tables (spec sheets, benchmark scores, price lists): a table that
 * holds data is a `table` block with its rows of cells, so a reader sees the grid and a diff
 * names the cell that changed. A table that only lays text out (one row, a presentation role,
 * a table of tables) is read as text, as before.
 */

const SPEC_SHEET = `<table class="specs">
<caption>Galaxy S30 vs Pixel 11</caption>
<thead><tr><th>Spec</th><th>Galaxy S30</th><th>Pixel 11</th></tr></thead>
<tbody>
<tr><td>Display</td><td>6.2" OLED, 120 Hz</td><td>6.3" OLED,
  120 Hz</td></tr>
<tr><td>Battery</td><td>4,000 mAh</td><td>4,700 mAh</td></tr>
<tr><td colspan="3"><a href="/prices">Prices</a> from $799</td></tr>
</tbody></table>`;

const tables = (content: string) => articleBlocks(content).filter((block) => block.type === 'table');

describe('a data table in the body', () => {
	it('is a table block with its caption and its rows of cell texts, header first', () => {
		const [table, ...more] = tables(`${ARTICLE_PARAGRAPHS}${SPEC_SHEET}`);
		expect(more).toEqual([]);
		expect(table).toMatchObject({
			caption: 'Galaxy S30 vs Pixel 11',
			rows: [
				['Spec', 'Galaxy S30', 'Pixel 11'],
				['Display', '6.2" OLED, 120 Hz', '6.3" OLED, 120 Hz'],
				['Battery', '4,000 mAh', '4,700 mAh'],
				['Prices from $799'],
			],
			links: [{href: 'https://news.example/prices', text: 'Prices'}],
		});
		expect(table?.text).toBe('Galaxy S30 vs Pixel 11\nSpec | Galaxy S30 | Pixel 11\nDisplay | 6.2" OLED, 120 Hz | 6.3" OLED, 120 Hz\nBattery | 4,000 mAh | 4,700 mAh\nPrices from $799');
	});

	it('is a table without any header markup when it is a grid of many values', () => {
		const rows = ['<tr><td>Geekbench single</td><td>2,310</td><td>2,150</td><td>1,980</td></tr>', '<tr><td>Geekbench multi</td><td>7,120</td><td>6,890</td><td>5,400</td></tr>', '<tr><td>3DMark</td><td>4,020</td><td>3,770</td><td>2,900</td></tr>'];
		expect(tables(`${ARTICLE_PARAGRAPHS}<table><tbody>${rows.join('')}</tbody></table>`).map((table) => table.rows?.length)).toEqual([3]);
	});

	it('prints a row a line with its cells set apart in the text output', () => {
		const html = `<!doctype html><html lang="en"><head><title>Specs</title></head><body><article><h1>Specs</h1><div class="content">${ARTICLE_PARAGRAPHS}${SPEC_SHEET}</div></article></body></html>`;
		const result = extract(pageFromHtml(html, 'https://news.example/specs'));
		if (!result.ok) throw new Error(result.message);
		expect(snapshotText(result.snapshot, {bodyOnly: true}).split('\n')).toContain('Battery | 4,000 mAh | 4,700 mAh');
	});

	it('validates against the published JSON Schema', () => {
		const html = `<!doctype html><html lang="en"><head><title>Specs</title></head><body><article><h1>Specs</h1><div class="content">${ARTICLE_PARAGRAPHS}${SPEC_SHEET}</div></article></body></html>`;
		const result = extract(pageFromHtml(html, 'https://news.example/specs'));
		if (!result.ok) throw new Error(result.message);
		const validate = new Ajv2020({strict: false, validateFormats: false}).compile(snapshotJsonSchema());
		expect(validate(JSON.parse(JSON.stringify(result.snapshot))), JSON.stringify(validate.errors)).toBe(true);
		expect(result.snapshot.article.body.some((block) => block.type === 'table')).toBe(true);
	});
});

describe('a layout table in the body', () => {
	const SIDE_BY_SIDE = '<tr><td>The phone ships in three colours and two storage sizes, with the case sold apart.</td><td>Orders open on Friday in every market the maker sells in.</td></tr>';

	it('is text when it is one row of running text', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<table><tbody>${SIDE_BY_SIDE}</tbody></table>`);
		expect(blocks.some((block) => block.type === 'table')).toBe(false);
		expect(blocks.map((block) => block.text)).toContain('The phone ships in three colours and two storage sizes, with the case sold apart. Orders open on Friday in every market the maker sells in.');
	});

	it('is text when its author says it presents, even with header cells', () => {
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<table role="presentation"><tr><th>Spec</th><th>Value</th></tr><tr><td>Battery</td><td>4,000 mAh</td></tr></table>`);
		expect(blocks.some((block) => block.type === 'table')).toBe(false);
		expect(blocks.map((block) => block.text)).toContain('Spec Value Battery 4,000 mAh');
	});

	it('is text when its words sit in one column beside columns of pictures and icons', () => {
		const person = (name: string) => `<tr><td class="avatar"><img src="/avatars/${name}.jpg" width="50" height="50" alt=""></td><td class="name">${name}</td><td class="social"><a href="https://social.example/${name}"><img src="/icons/social.png" width="20" height="20" alt=""></a></td><td class="site"><a href="https://${name}.example/"><img src="/icons/web.png" width="20" height="20" alt=""></a></td></tr>`;
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<table class="contributors"><tbody>${['maria', 'jonas', 'lea'].map(person).join('')}</tbody></table>`);
		expect(blocks.some((block) => block.type === 'table')).toBe(false);
	});

	it('is text when it holds another table', () => {
		const inner = '<table><tr><th>Spec</th><th>Value</th></tr><tr><td>Battery</td><td>4,000 mAh</td></tr></table>';
		const blocks = articleBlocks(`${ARTICLE_PARAGRAPHS}<table><tr><td>${inner}</td><td>Orders open on Friday.</td></tr><tr><td>Colours</td><td>Three</td></tr></table>`);
		expect(blocks.some((block) => block.type === 'table')).toBe(false);
	});
});
