import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A Vanilla Forums discussion as its 2.1 templates render it: the opening post in
 * `div.ItemDiscussion` under the page title, then `ul.MessageList.Comments` with one
 * `li.ItemComment` per reply. Each post has the poster's photo and `.Username` link, a
 * `<time datetime>` in its meta line, its words in `.Message`, and reactions below them.
 */

const OPENING = 'Since the last update my phone loses forty percent of its battery overnight, even in flight mode. Has anyone found what keeps it awake?';

const header = (kind: 'Discussion' | 'Comment', name: string, iso: string, permalink: string, item?: number): string => `<div class="Item-Header ${kind}Header"><div class="AuthorWrap"><span class="Author"><a title="${name}" href="/profile/${name}" class="PhotoWrap"><img src="https://forum.example/uploads/${name}.jpg" alt="${name}" class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/${name}" class="Username">${name}</a></span><span class="AuthorInfo"> <span class="MItem AuthorTitle">Member</span> <span class="MItem AuthorLocation">Berlin</span></span></div>
<div class="Meta ${kind}Meta${kind === 'Comment' ? ' CommentInfo' : ''}"><span class="MItem DateCreated"><a href="${permalink}" class="Permalink"${item === undefined ? '' : ` name="Item_${item}"`} rel="nofollow"><time title="${iso}" datetime="${iso}">March 1</time></a></span></div></div>`;
const body = (text: string): string => `<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${text}</div><div class="Reactions"><a href="/discussion/quote" class="ReactButton Quote">Quote</a></div></div></div>`;
const comment = (id: number, item: number, name: string, iso: string, text: string): string => `<li class="Item${id % 2 ? ' Alt' : ''} ItemComment" id="Comment_${id}"><div class="Comment"><div class="Options"><span class="ToggleFlyout OptionsMenu"><span class="OptionsTitle" title="Options">Options</span></span></div>
${header('Comment', name, iso, `/discussion/comment/${id}/#Comment_${id}`, item)}${body(text)}</div></li>`;
const FIRST_REPLY = 'Check the battery usage screen, a sync app is usually the culprit.';
const SECOND_REPLY = 'Same here, it stopped after I turned off the always-on display.';

describe('a Vanilla Forums discussion', () => {
	const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight — Phone Forum</title></head><body><div id="Frame"><div class="Head"><a href="/" class="Title">Phone Forum</a></div>
<div id="Body"><div class="Content"><div class="MessageList Discussion"><div id="Item_0" class="PageTitle"><h1>Battery drains overnight</h1></div>
<div id="Discussion_338" class="Item ItemDiscussion"><div class="Discussion">${header('Discussion', 'opener', '2025-03-01T21:05:00+00:00', '/discussion/338/battery-drains-overnight')}${body(OPENING)}</div></div></div>
<div class="CommentsWrap"><div class="DataBox DataBox-Comments"><h2 class="CommentHeading">Comments</h2><ul class="MessageList DataList Comments">
${comment(1001, 1, 'helper', '2025-03-01T22:10:00+00:00', FIRST_REPLY)}
${comment(1002, 2, 'third', '2025-03-02T07:45:00+00:00', SECOND_REPLY)}
</ul></div></div></div></div></div></body></html>`;
	const snapshot = snapshotOf(html, 'https://forum.example/discussion/338/battery-drains-overnight');

	it('takes the opening post as the article, its poster as the author', () => {
		expect(snapshot.extractor.stages?.article).toBe('opening-post');
		expect(snapshot.article.body.map((block) => block.text).join('\n')).toBe(OPENING);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.article.publishedAt).toBe('2025-03-01T21:05:00+00:00');
	});

	it('reads each reply with its id, poster, profile, time and words, without the reactions or the options menu', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:vanilla');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.author.url, item.postedAt, item.text])).toEqual([
			['Comment_1001', null, 'helper', 'https://forum.example/profile/helper', '2025-03-01T22:10:00+00:00', FIRST_REPLY],
			['Comment_1002', null, 'third', 'https://forum.example/profile/third', '2025-03-02T07:45:00+00:00', SECOND_REPLY],
		]);
	});
});

describe('a Vanilla Forums discussion whose theme lists the opening post as the first comment item', () => {
	const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight — Phone Forum</title></head><body><div id="Body"><div class="Content"><h1>Battery drains overnight</h1>
<ul class="MessageList DataList Comments">
${comment(1000, 1, 'opener', '2025-03-01T21:05:00+00:00', OPENING)}
${comment(1001, 2, 'helper', '2025-03-01T22:10:00+00:00', FIRST_REPLY)}
${comment(1002, 3, 'third', '2025-03-02T07:45:00+00:00', SECOND_REPLY)}
</ul></div></div></body></html>`;
	const snapshot = snapshotOf(html, 'https://forum.example/discussion/338/battery-drains-overnight');

	it('takes the item numbered 1 as the article and the rest as comments', () => {
		expect(snapshot.extractor.stages?.article).toBe('opening-post');
		expect(snapshot.article.body.map((block) => block.text).join('\n')).toBe(OPENING);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name])).toEqual([['Comment_1001', 'helper'], ['Comment_1002', 'third']]);
	});
});
