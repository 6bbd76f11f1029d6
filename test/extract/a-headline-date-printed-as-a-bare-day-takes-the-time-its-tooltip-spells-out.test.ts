import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * A date line under the headline may print the day alone and keep the full time in its
 * tooltip (XenForo 1: "started by Ann, <span class="DateTime" title="Apr 3, 2018 at 12:50 PM">Apr
 * 3, 2018</span>"): the tooltip, on the same day, is the more exact publication time. A tooltip
 * naming another day is something else and is not read.
 */

function page(tooltip: string): string {
	return `<!doctype html><html lang="en"><head><title>Contract prices this quarter</title></head><body><div class="main">
<div class="titleBar"><h1>Contract prices this quarter</h1><p id="pageDescription" class="muted">Discussion in '<a href="forums/buying.28/">Buying</a>' started by <a href="members/ann.5/" class="username">ann</a>, <a href="threads/contract-prices.367/"><span class="DateTime" title="${tooltip}">Apr 3, 2018</span></a>.</p></div>
<div class="story"><p>This thread collects the prices of the contracts sent in this quarter, so that buyers can compare offers before they commit to one.</p>
<p>Post the string the formatting tool makes, and come back to say whether your contract passed.</p></div></div></body></html>`;
}

describe('a headline date printed as a bare day', () => {
	it('takes the time its tooltip spells out for that day', () => {
		expect(snapshotOf(page('Apr 3, 2018 at 12:50 PM'), 'https://forum.example/threads/contract-prices.367/').article.publishedAt).toBe('2018-04-03T12:50:00Z');
	});

	it('keeps the bare day when the tooltip names another day', () => {
		expect(snapshotOf(page('Apr 4, 2018 at 12:50 PM'), 'https://forum.example/threads/contract-prices.367/').article.publishedAt).toBe('2018-04-03T00:00:00Z');
	});
});
