import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * Reddit threads as the server renders them, in both designs: the old one nests replies in
 * `.child` and keeps the text in a `form.usertext`; the 2018 one is a flat list of hashed-class
 * `div.Comment` elements that show their depth as "level N".
 */

const POST = `<h1>What's your opinion on what to include in __init__.py?</h1>
<div class="post"><p>Considering a package with a few modules, I keep going back and forth on how much the package's __init__.py should import and re-export for its users.</p>
<p>Option 1 keeps it empty, option 2 imports the key functions, option 3 defines __all__ and imports everything public. Which one do you use, and why?</p></div>`;

function snapshotOf(html: string): Snapshot {
	const result = extract(pageFromHtml(`<!doctype html><html lang="en"><head><title>r/Python</title></head><body>${html}</body></html>`, 'https://www.reddit.com/r/Python/comments/1bbbwk/init_py/'), {profiles: []});
	if (!result.ok) throw new Error(result.message);
	return result.snapshot;
}

describe('old reddit markup (.thing.comment, .usertext)', () => {
	const thing = (id: string, author: string, score: string, text: string, replies = ''): string => `<div class=" thing id-t1_${id} comment " data-fullname="t1_${id}">
<div class="entry unvoted"><p class="tagline"><a href="https://www.reddit.com/user/${author}" class="author may-blank">${author}</a> <span class="score unvoted" title="${score}">${score} points</span> <time datetime="2013-03-30T10:00:00+00:00" class="live-timestamp">6 years ago</time></p>
<form action="#" class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>${text}</p></div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="/r/Python/comments/1bbbwk/init_py/${id}/">permalink</a></li><li><a href="javascript:void(0)">reply</a></li></ul></div>
<div class="child">${replies ? `<div class="sitetable listing">${replies}</div>` : ''}</div></div>`;
	const snapshot = snapshotOf(`${POST}<div class="commentarea"><div class="sitetable nestedlisting">
${thing('c95cjs5', 'alice', '39', 'I tend toward option 3 for my own work.', thing('c95fjfq', 'bob', '2', 'I do similar things. It is a nicer user experience.'))}
${thing('c95ravk', 'carol', '9', 'Option 3 is definitely how this should work: from foo.bar import x, y, z keeps working.')}
</div></div>`);

	it('reads each comment with its reddit id, author, score, time and its reply nesting', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:reddit');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.author.name, item.score, item.postedAt])).toEqual([
			['t1_c95cjs5', null, 'alice', 39, '2013-03-30T10:00:00+00:00'],
			['t1_c95fjfq', 't1_c95cjs5', 'bob', 2, '2013-03-30T10:00:00+00:00'],
			['t1_c95ravk', null, 'carol', 9, '2013-03-30T10:00:00+00:00'],
		]);
	});

	it('takes only what the commenter wrote as text, not the buttons', () => {
		expect(snapshot.comments.items.map((item) => item.text)).toEqual([
			'I tend toward option 3 for my own work.',
			'I do similar things. It is a nicer user experience.',
			'Option 3 is definitely how this should work: from foo.bar import x, y, z keeps working.',
		]);
	});
});

describe('2018 reddit markup (flat div.Comment with "level N")', () => {
	const comment = (id: string, level: number, author: string | null, points: number, text: string): string => `<div><div><div id="t1_${id}" style="padding-left:${16 * level}px" class="_3sf33-9rVAO_v4y0pIW_CH">
<div class="P8SGAKMtRxNwlmLz1zdJu Comment t1_${id}"><div class="_1E9mcoVn4MYnuBQSVDt1gC"><button aria-label="upvote" class="voteButton"></button></div>
<div class="_3tw__eCCe7j-epNCKGXUKk"><span class="_1RIl585IYPW6cmNXwgRz0J">level ${level}</span>
<div class="_1S45SPAIb30fsXtEcKPSdt">${author ? `<a href="/user/${author}/" class="_23wugcdiaj44hdfugIAlnX">${author}</a>` : ''}<span class="_2ETuFsVzMBxiHia6HfJCTQ">${points} points</span><span> · </span><a href="/r/Python/comments/1bbbwk/init_py/${id}/" id="CommentTopMeta--Created--t1_${id}" class="_1sA-1jNHouHDpgCp1fCQ_F"><span>6 years ago</span></a></div>
<div data-test-id="comment" class="_3cjCphgls6DH-irkVaA0GM"><div class="RichTextJSON-root"><p class="_1qeIAgB0cPwnLhDF9XSiJM">${text}</p></div></div></div></div></div></div></div>`;
	const snapshot = snapshotOf(`${POST}<div class="_1YCqQVO-9r-Up6QPB9H6_4">
${comment('c95cjs5', 1, 'alice', 39, 'I tend toward option 3 for my own work.')}
${comment('c95fjfq', 2, null, 2, 'I do similar things. It is a nicer user experience.')}
${comment('c95g000', 3, 'dave', 1, 'Same here, for years now.')}
${comment('c95ravk', 1, 'carol', 9, 'Option 3 is definitely how this should work.')}
</div>`);

	it('reads every comment and rebuilds the replies from the levels', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:reddit-2018');
		expect(snapshot.comments.items.map((item) => [item.id, item.parentId, item.depth, item.author.name, item.score])).toEqual([
			['CommentTopMeta--Created--t1_c95cjs5', null, 0, 'alice', 39],
			['CommentTopMeta--Created--t1_c95fjfq', 'CommentTopMeta--Created--t1_c95cjs5', 1, null, 2],
			['CommentTopMeta--Created--t1_c95g000', 'CommentTopMeta--Created--t1_c95fjfq', 2, 'dave', 1],
			['CommentTopMeta--Created--t1_c95ravk', null, 0, 'carol', 9],
		]);
		expect(snapshot.comments.items[1]?.text).toBe('I do similar things. It is a nicer user experience.');
	});

	it('leaves the post as the article and the comments out of it', () => {
		const body = snapshot.article.body.map((block) => block.text).join('\n');
		expect(body).toContain('Considering a package with a few modules');
		expect(body).not.toContain('I tend toward option 3');
	});
});
