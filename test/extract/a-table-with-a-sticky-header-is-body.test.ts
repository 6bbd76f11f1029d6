import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * A review's spec table whose class pins its header row while the reader scrolls it
 * (`table.table__wrapper--sticky`): the table is the review's, though `sticky` also names
 * sticky bars.
 */
const TABLE = (classes: string): string => `<table class="${classes}"><thead><tr><th>Category</th><th>The phone</th></tr></thead><tbody><tr><td>RAM</td><td>16GB</td></tr><tr><td>Battery</td><td>6,660mAh silicon-carbon battery, 80W charging</td></tr></tbody></table>`;

describe('a table with a sticky header', () => {
	it('is body', () => {
		expect(articleText(`${ARTICLE_PARAGRAPHS}${TABLE('table__wrapper table__wrapper--sticky table__wrapper--divider')}`)).toContain('6,660mAh silicon-carbon battery');
	});

	it('is still left out when another class word calls it furniture', () => {
		expect(articleText(`${ARTICLE_PARAGRAPHS}${TABLE('sticky ad-table')}`)).not.toContain('6,660mAh');
	});
});
