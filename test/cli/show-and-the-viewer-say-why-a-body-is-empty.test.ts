import {describe, expect, it} from 'vitest';
import {snapshotText} from '../../src/cli/snapshot-text.js';
import {versionPage} from '../../src/serve/pages.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/** `newsvault show` and the viewer: a snapshot without article text says so, and why when the extractor knows. */
describe('a snapshot with no article text, shown', () => {
	const posts = (n: number, name: string, text: string): string => `<article class="message message--post js-post" data-author="${name}" data-content="post-${n}" id="js-post-${n}"><div class="message-inner"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/${name}.5/" class="username">${name}</a></h4></div><div class="message-cell message-cell--main"><header class="message-attribution"><ul class="message-attribution-main"><li><a href="/threads/battery.338/post-${n}"><time class="u-dt" datetime="2025-03-01T22:10:00+0000">Mar 1, 2025</time></a></li></ul></header><div class="message-content js-messageContent"><div class="message-userContent"><article class="message-body js-selectToQuote"><div class="bbWrapper">${text}</div></article></div></div></div></div></article>`;
	const page = (head: string): string => `<!doctype html><html lang="en"><head><title>Battery drains overnight</title>${head}</head><body><div class="p-body"><div class="block block--messages" data-type="post"><div class="block-container"><div class="block-body js-replyNewMessageContainer">
${posts(802, 'helper', 'Check the battery usage screen, a sync app is usually the culprit.')}
${posts(803, 'third', 'Same here, it stopped after I turned off the always-on display.')}
</div></div></div></div></body></html>`;

	it('names a later page of a forum thread as such, and lists its posts as comments', () => {
		const snapshot = snapshotOf(page('<link rel="prev" href="https://forum.example/threads/battery.338/">'), 'https://forum.example/threads/battery.338/page-2');
		const text = snapshotText(snapshot);
		expect(text).toContain('(no article text: a later page of a forum thread, whose opening post is on its first page)');
		expect(text).toContain('2 comments');
	});

	it('says the same on the viewer\'s version page', () => {
		const snapshot = snapshotOf(page('<link rel="prev" href="https://forum.example/threads/battery.338/">'), 'https://forum.example/threads/battery.338/page-2');
		const version = {id: 'v1', firstSeen: snapshot.source.fetchedAt, lastSeen: snapshot.source.fetchedAt, status: 200, snapshotSha256: null, rawSha256: '', contentSha256: null, summary: null, visits: 1, attachments: {}};
		expect(versionPage(snapshot.source.url, version, snapshot)).toContain('<h2>Article</h2><p class="muted">(no article text: a later page of a forum thread, whose opening post is on its first page)</p>');
	});

	it('never prints an empty gap where the body would be', () => {
		const snapshot = snapshotOf(page('<link rel="prev" href="https://forum.example/threads/battery.338/">'), 'https://forum.example/threads/battery.338/page-2');
		expect(snapshotText(snapshot)).not.toMatch(/\n\n\n/);
	});
});
