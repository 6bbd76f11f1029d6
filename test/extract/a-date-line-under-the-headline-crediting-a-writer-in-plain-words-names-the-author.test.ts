import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * An old blog theme prints the post's date and its writer in one `<small>` under the title,
 * the name in plain words with no link or class ("11.09.2011, 16:20 von jovelblogger", "March
 * 3rd, 2010 by admin"). With nothing else naming a writer, that name is the byline. A line that
 * goes on past a short name after its date is a sentence, and names no one.
 */

function authorsOf(line: string, lang = 'de') {
	const html = `<!doctype html><html lang="${lang}"><head><title>Little joys &#8211; a blog</title></head><body>
<div id="page"><div id="header"><a class="blogtitle" href="/"><img src="/header.gif" alt="a blog"></a></div>
<div id="content" class="narrowcolumn"><div class="post" id="post-1701"><h1><a href="/2011/09/11/little-joys/" rel="bookmark">Little joys</a></h1>
<small>${line}</small><div class="entry">${ARTICLE_PARAGRAPHS}</div></div></div></div></body></html>`;
	return snapshotOf(html, 'https://blog.example/2011/09/11/little-joys/').article.authors;
}

describe('a date line under the headline that credits a writer in plain words', () => {
	it('names the author, in German and in English', () => {
		expect(authorsOf('11.09.2011, 16:20 von jovelblogger')).toEqual([{name: 'jovelblogger', url: null}]);
		expect(authorsOf('March 3rd, 2010 by Jane Doe', 'en')).toEqual([{name: 'Jane Doe', url: null}]);
	});

	it('names no one when the words after the date are a sentence', () => {
		expect(authorsOf('11.09.2011, 16:20 von der Redaktion gelesen, geprüft und dann freigegeben')).toEqual([]);
	});
});
