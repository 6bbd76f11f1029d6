import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import type {Block} from '../../src/snapshot/schema.js';
import {buildSnapshot, copyOf} from './snapshot-builder.js';

const SRC = 'https://m-cdn.phonearena.com/images/articles/120001-image/Futurewei-campus.jpg';

function image(caption: string, alt?: string): Block {
	return {type: 'image', text: caption, links: [], src: SRC, ...(alt === undefined ? {} : {alt})};
}

function withImage(block: Block) {
	const snapshot = buildSnapshot();
	snapshot.article.body.splice(2, 0, block);
	return snapshot;
}

describe('an image whose alt text was rewritten', () => {
	it('is one changed image, with the words of the description that changed marked', () => {
		const before = withImage(image('Futurewei in Santa Clara', 'Futurewei offices in Santa Clara'));
		const after = copyOf(before);
		after.article.body[2] = image('Futurewei in Santa Clara', 'Protesters outside the Futurewei offices');

		const {article} = diffSnapshots(before, after);

		expect(article.body).toHaveLength(1);
		const [change] = article.body;
		expect(change).toMatchObject({op: 'changed', beforeIndex: 2, afterIndex: 2});
		expect(change?.inline?.some((part) => part.op === 'added' && part.text.includes('Protesters'))).toBe(true);
		expect(change?.inline?.some((part) => part.op === 'unchanged' && part.text.includes('Futurewei in Santa Clara'))).toBe(true);
	});

	it('is not a change when only one version recorded an alt text (snapshots archived before alt existed)', () => {
		const before = withImage(image('Futurewei in Santa Clara'));
		const after = copyOf(before);
		after.article.body[2] = image('Futurewei in Santa Clara', 'Futurewei offices in Santa Clara');

		expect(diffSnapshots(before, after).article.body).toEqual([]);
	});

	it('is not a change when the alt text differs only in spacing or quotes', () => {
		const before = withImage(image('', 'The "Futurewei" offices'));
		const after = copyOf(before);
		after.article.body[2] = image('', 'The  “Futurewei”  offices');

		expect(diffSnapshots(before, after).article.body).toEqual([]);
	});
});
