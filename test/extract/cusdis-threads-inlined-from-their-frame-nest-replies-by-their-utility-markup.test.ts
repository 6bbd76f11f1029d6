import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Cusdis as the browser stage inlines its frame into `#cusdis_thread`: the widget uses utility
 * classes only. Each comment is a `div.my-4` whose first row holds the bold name (and a
 * moderator badge), then the date line, the words in `div.my-2`, its replies nested inside it
 * (indented with a left border), and the reply button.
 */

const comment = (name: string, date: string, text: string, replies = '', child = false, mod = false): string => `<div class="my-4${child ? ' pl-4 border-l-2 border-color-gray-200' : ''}">
<div class="flex items-center"><div class="mr-2 font-medium dark:text-gray-100">${name}</div>${mod ? '<div class="mr-2 dark:bg-gray-500 bg-gray-200 text-xs py-0.5 px-1 rounded dark:text-gray-100"><span>MOD</span></div>' : ''}</div>
<div class="text-gray-500 text-sm dark:text-gray-400">${date}</div>
<div class="text-gray-500 my-2 dark:text-gray-200"><p>${text}</p></div>
${replies}
<div><button class="font-medium text-sm text-gray-500 dark:bg-transparent dark:text-gray-100" type="button">Reply</button></div></div>`;

describe('a Cusdis thread', () => {
	const thread = `<div id="cusdis_thread" data-host="https://cusdis.com" data-app-id="app" data-page-id="battery-life"><div data-newsvault-frame="https://cusdis.com/js/widget/iframe.html"><div id="root"><div>
<div class="my-8"></div><div class="mt-4">
${comment('Ann', '2025-03-01 21:05', 'Two days of battery sounds optimistic.', comment('Ben', '2025-03-01 22:10', 'Not with dark mode on.', '', true, true))}
${comment('Cat', '2025-03-02 07:45', 'Is there a charger in the box?')}
</div><div class="my-8"></div><div class="text-center text-sm text-gray-900 dark:text-gray-100"><a class="underline " href="https://cusdis.com">Powered by Cusdis</a></div></div></div></div></div>`;
	const snapshot = snapshotOf(articlePageWith(thread), 'https://blog.example/battery-life');

	it('reads each comment with its name (not the moderator badge), date and words, replies under their parent', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:cusdis');
		const index = (id: string | null): number | null => (id === null ? null : snapshot.comments.items.findIndex((other) => other.id === id));
		expect(snapshot.comments.items.map((item) => [index(item.parentId), item.author.name, item.postedAt, item.text])).toEqual([
			[null, 'Ann', '2025-03-01T21:05:00Z', 'Two days of battery sounds optimistic.'],
			[0, 'Ben', '2025-03-01T22:10:00Z', 'Not with dark mode on.'],
			[null, 'Cat', '2025-03-02T07:45:00Z', 'Is there a charger in the box?'],
		]);
	});

	it('leaves the thread and its "powered by" line out of the article body', () => {
		expect(snapshot.article.body.map((block) => block.text).join('\n')).not.toMatch(/optimistic|dark mode|charger in the box|Cusdis|Reply/);
	});
});
