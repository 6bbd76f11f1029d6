import {describe, expect, it} from 'vitest';
import {diffSnapshots} from '../../src/diff/index.js';
import {buildSnapshot, copyOf} from './snapshot-builder.js';

describe('article metadata', () => {
	const before = buildSnapshot();

	it('reports a title change with both titles', () => {
		const after = copyOf(before);
		after.article.title = 'Huawei research unit in the US cut off from China';

		expect(diffSnapshots(before, after).article.fields).toEqual([
			{field: 'title', before: before.article.title, after: 'Huawei research unit in the US cut off from China'},
		]);
	});

	it('reports each changed field once, in a fixed order', () => {
		const after = copyOf(before);
		after.article.tags = ['Huawei', 'Security', 'Politics'];
		after.article.authors = [{name: 'Victor H.', url: null}];
		after.source.canonicalUrl = 'https://www.phonearena.com/news/huawei-futurewei-export_id120001';

		expect(diffSnapshots(before, after).article.fields.map((change) => change.field)).toEqual(['authors', 'tags', 'canonicalUrl']);
	});

	it('does not count the same time written in another offset, reordered tags or a resized image URL', () => {
		const after = copyOf(before);
		after.article.publishedAt = '2019-01-12T09:30:00+02:00';
		after.article.tags = ['security', 'Huawei'];
		after.article.image = 'https://m-cdn.phonearena.com/images/articles/120001-image/Huawei.jpg?w=800&q=70';
		after.source.canonicalUrl = `${before.source.canonicalUrl!}/`;

		expect(diffSnapshots(before, after).article.fields).toEqual([]);
	});

	it('reports a modified time bumped by the site', () => {
		const after = copyOf(before);
		after.article.modifiedAt = '2019-01-13T10:00:00Z';

		expect(diffSnapshots(before, after).article.fields).toEqual([{field: 'modifiedAt', before: '2019-01-12T07:30:00Z', after: '2019-01-13T10:00:00Z'}]);
	});
});
