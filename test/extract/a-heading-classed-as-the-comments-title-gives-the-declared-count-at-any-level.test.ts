import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {pageFromHtml} from '../helpers/page-from-html.js';

/**
 * A page-builder theme titles its thread with an h4 whose class carries the theme's prefix
 * (`<h4 class="w-comments-title"><span>4 Comments.</span> <a href="#respond">Leave new</a></h4>`).
 * The class says it is the comments' title whatever its prefix or heading level, so its
 * count is the thread's declared count.
 */

const ARTICLE = `<main class="l-content"><h1>Change the Font Size of a Plot</h1><p>In this tutorial, I explain how to increase and decrease the font size of every text element of a plot: the axis text, the axis titles, the main title and the legend, one example each.</p><p>We start with a small data frame of three groups and draw it as a bar chart, so that each text element is easy to spot once we change its size in the theme.</p></main>`;

const comment = (id: number, name: string, date: string, words: string): string =>
	`<li class="comment depth-1 w-comments-item" id="comment-${id}"><div class="w-comments-item-meta"><div class="w-comments-item-author"><span>${name}</span></div><a class="w-comments-item-date" href="#comment-${id}">${date}</a></div><div class="w-comments-item-text"><p>${words}</p></div><a rel="nofollow" class="comment-reply-link" href="#comment-${id}">Reply</a></li>`;

describe('a heading classed as the comments title', () => {
	it('gives the declared count at any heading level', () => {
		const html = `<!doctype html><html lang="en-US"><head><title>Font size</title></head><body>${ARTICLE}<section class="for_comments"><div id="comments" class="w-comments"><h4 class="w-comments-title"><span>4 <span class="screen-reader-text">Comments</span>.</span> <a href="#respond">Leave new</a></h4><ul class="w-comments-list">${comment(11, 'Robert', 'December 14, 2019 8:44 pm', 'I get an error that the font family is not found. What is the solution?')}${comment(12, 'Santosh', 'June 21, 2020 7:35 am', 'Thanks, very helpful for my thesis plots.')}</ul></div></section></body></html>`;
		const result = extract(pageFromHtml(html, 'https://tutorials.example/font-size'), {profiles: []});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.comments.items.map((c) => c.author.name)).toEqual(['Robert', 'Santosh']);
		expect(result.snapshot.comments.declaredCount).toBe(4);
	});
});
