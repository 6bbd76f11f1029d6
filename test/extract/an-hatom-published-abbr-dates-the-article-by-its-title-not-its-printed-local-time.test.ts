import {describe, expect, it} from 'vitest';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * The hAtom microformat marks an entry's publication time as `<abbr class="published"
 * title="ISO instant">` around the time in the reader's words and zone. The title is the
 * instant; the printed "Posted 18 July 2011 - 07:07" is a wall clock of some zone.
 */

describe('an hAtom published abbr', () => {
	it('dates the article by its title, not by the printed local time beside it', () => {
		const html = `<!doctype html><html lang="en"><head><title>Which codec pack for old players?</title></head><body>
<div class="hentry"><h1 class="entry-title">Which codec pack for old players?</h1>
<p class="posted_info">Posted <abbr class="published" title="2011-07-17T23:07:10+00:00">18 July 2011 - 07:07</abbr></p>
<div class="entry-content"><p>I want to convert my captures for the old Video For Windows player and the encoder keeps asking for a codec pack that I cannot find anywhere.</p>
<p>Which of the packs still works with the slimmed-down Windows builds people make with nLite, and where do I get it?</p></div></div>
</body></html>`;
		expect(snapshotOf(html, 'https://blog.example.org/2011/07/codec-pack').article.publishedAt).toBe('2011-07-17T23:07:10+00:00');
	});
});
