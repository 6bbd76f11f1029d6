import {describe, expect, it} from 'vitest';
import {articlePageWith, snapshotOf} from '../helpers/snapshot-of.js';

const URL = 'https://blog.example/2019/08/02/json-parsing/';

/** A WordPress-style thread (Twenty Fifteen's markup) under `heading`, with `count` top-level comments. */
function threadUnder(heading: string, count: number): string {
	const comments = Array.from(
		{length: count},
		(_, index) => `<li id="comment-${index + 1}" class="comment depth-1"><article id="div-comment-${index + 1}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/${index}?s=56" class="avatar avatar-56 photo"> <b class="fn">Reader ${index + 1}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="${URL}#comment-${index + 1}"><time datetime="2019-08-0${index + 3}T04:11:57+00:00">August ${index + 3}, 2019 at 4:11 am</time></a></div></footer>
<div class="comment-content"><p>Comment number ${index + 1} on the benchmark: the numbers match what I measured on my own machine.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="${URL}?replytocom=${index + 1}#respond">Reply</a></div></article></li>`,
	);
	return `<div id="comments" class="comments-area"><h2 class="comments-title">${heading}</h2><ol class="comment-list">${comments.join('')}</ol></div>`;
}

describe('a thread heading that names the post after its count', () => {
	it.each([
		['5 thoughts on &ldquo;JSON parsing: simdjson vs. JSON for Modern C++, and what the speed costs&rdquo;', 5],
		['One thought on &ldquo;JSON parsing: simdjson vs. JSON for Modern C++, and what the speed costs&rdquo;', 1],
		['2 Replies to &ldquo;JSON parsing: simdjson vs. JSON for Modern C++, and what the speed costs&rdquo;', 2],
		['3 Gedanken zu &bdquo;JSON-Parser im Vergleich: simdjson gegen JSON for Modern C++&ldquo;', 3],
		// German themes print the singular noun for one comment, and "auf" as well as "zu".
		['Ein Gedanke zu &ldquo;<span>JSON-Parser im Vergleich</span>&rdquo;', 1],
		['Eine Antwort auf &bdquo;JSON-Parser im Vergleich: simdjson gegen JSON for Modern C++&ldquo;', 1],
		['2 Antworten auf &bdquo;JSON-Parser im Vergleich: simdjson gegen JSON for Modern C++&ldquo;', 2],
		// A fold toggle before the count is no word of the heading.
		['<a href="#" onclick="return false;">&#177;</a> 2 Kommentare zu &#8222;JSON-Parser im Vergleich: simdjson gegen JSON for Modern C++&#8220;', 2],
	])('reads %s as the declared count', (heading, count) => {
		const snapshot = snapshotOf(articlePageWith(threadUnder(heading, count)), URL);
		expect(snapshot.comments.items).toHaveLength(count);
		expect(snapshot.comments.declaredCount).toBe(count);
		expect(snapshot.comments.complete).toBe(true);
	});

	it('still needs the heading to start with the count: a long heading that only mentions comments is not one', () => {
		const heading = 'What our readers said in the comments on JSON parsing, simdjson and JSON for Modern C++ this week';
		const snapshot = snapshotOf(articlePageWith(threadUnder(heading, 2)), URL);
		expect(snapshot.comments.items).toHaveLength(2);
		expect(snapshot.comments.declaredCount).toBeNull();
	});
});
