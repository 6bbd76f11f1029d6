import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {defaultProfiles, extract, matchProfile, matchProfileBySiteName, phonearena} from '../../src/extract/index.js';
import type {SiteProfile} from '../../src/extract/index.js';
import {startFixtureSite} from '../fixtures/site/server.js';
import type {FixtureSite} from '../fixtures/site/server.js';
import {pageFromBytes} from '../helpers/page-from-html.js';
import {PHONEARENA_THREAD, WORDPRESS_BLOG, fixturePage} from './fixture-pages.js';

describe('matching a profile', () => {
	it('matches the host and its desktop, mobile and AMP hosts, ignoring case and port, and nothing else', () => {
		expect(matchProfile('www.phonearena.com')).toBe(phonearena);
		expect(matchProfile('M.PhoneArena.com:443')).toBe(phonearena);
		expect(matchProfile('amp.phonearena.com')).toBe(phonearena);
		expect(matchProfile('phonearena.com')).toBe(phonearena);
		expect(matchProfile('forums.phonearena.com')).toBeNull();
		expect(matchProfile('www.forums.phonearena.com')).toBeNull();
		expect(matchProfile('notphonearena.com')).toBeNull();
		expect(matchProfile('phonearena.com.evil.example')).toBeNull();
	});

	it('matches a page served elsewhere by its own site name', () => {
		expect(matchProfileBySiteName('PhoneArena')).toBe(phonearena);
		expect(matchProfileBySiteName('phonearena ')).toBe(phonearena);
		expect(matchProfileBySiteName('Pocket Signal')).toBeNull();
		expect(matchProfileBySiteName(null)).toBeNull();
	});

	it('bundles the PhoneArena profile with a comments endpoint rule', () => {
		expect(defaultProfiles).toContain(phonearena);
		expect(phonearena.commentsEndpoint).toEqual({selector: '#comments[data-endpoint]', attribute: 'data-endpoint'});
	});

	it('uses only the profiles passed in', () => {
		const result = extract(fixturePage(PHONEARENA_THREAD.file, PHONEARENA_THREAD.url), {profiles: []});
		expect(result.ok && result.snapshot.extractor.name).toBe('generic');
	});

	it('records a custom profile and its version, and falls back to generic rules when its body selector misses', () => {
		const custom: SiteProfile = {name: 'pocketsignal', hosts: ['pocketsignal.example'], version: '3', article: {body: '.no-such-body'}};
		const result = extract(fixturePage(WORDPRESS_BLOG.file, WORDPRESS_BLOG.url), {profiles: [custom]});
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.extractor).toMatchObject({name: 'profile:pocketsignal', version: '1.0.0+pocketsignal.3', profile: 'pocketsignal', stages: {article: 'scored', comments: 'platform:wordpress'}});
		expect(result.snapshot.extractor.warnings[0]).toContain('".no-such-body" matched no text');
	});
});

describe('the fixture pages served over loopback', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await startFixtureSite();
	});
	afterAll(async () => {
		await site.close();
	});

	it('get the PhoneArena profile by site name and the full thread', async () => {
		const url = new URL(PHONEARENA_THREAD.file, site.url).href;
		const response = await fetch(url);
		expect(response.status).toBe(200);
		const page = pageFromBytes(new Uint8Array(await response.arrayBuffer()), url, {contentType: response.headers.get('content-type')});
		const result = extract(page);
		if (!result.ok) throw new Error(result.message);
		expect(result.snapshot.source.host).toBe(new URL(site.url).host);
		expect(result.snapshot.extractor.profile).toBe('phonearena');
		expect(result.snapshot.comments.items).toHaveLength(20);
		expect(result.snapshot.comments.declaredCount).toBe(21);
		expect(result.snapshot.article.body).toHaveLength(5);
	});

	it('serve the other article fixtures as HTML that extracts', async () => {
		for (const file of ['phonearena/pixel-3-lite-leak-guest-comment.html', 'techblog/2024/05/14/pixel-8a-review.html', 'handsetdaily/galaxy-s24-battery-test.html']) {
			const url = new URL(file, site.url).href;
			const response = await fetch(url);
			const result = extract(pageFromBytes(new Uint8Array(await response.arrayBuffer()), url, {contentType: response.headers.get('content-type')}));
			expect(result.ok, file).toBe(true);
			expect(result.ok && result.snapshot.comments.items.length, file).toBeGreaterThan(0);
		}
	});
});
