import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Markdown tools (Hugo's Blackfriday, among others) slug a heading's source for its anchor, so a
 * linked heading's id runs on into the link's URL, query string and all.
 */
const linkedHeading = (heading: string, url: string, slug: string): string => `<h2 id="${slug}"><a href="${url}">${heading}</a></h2>`;

describe('a heading anchor that slugs the heading and its link', () => {
	it('keeps a linked heading whose id runs on into its URL, furniture words and all', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}
${linkedHeading('Why does cron only offer minute granularity?', 'https://answers.example/questions/620807', 'why-does-cron-only-offer-minute-granularity-https-answers-example-questions-620807')}
<p>In short, compatibility: the crontab format is fixed by the POSIX specification, down to the minute field.</p>
${linkedHeading('Monitor your containers in one place', 'https://vendor.example/?utm_source=advertisement&utm_campaign=share', 'monitor-your-containers-in-one-place-https-vendor-example-utm-source-advertisement-utm-campaign-share')}
<p>Track every container with one agent and get alerts that scale with your fleet, from a single dashboard.</p>`);
		expect(body).toContain('Why does cron only offer minute granularity?');
		expect(body).toContain('In short, compatibility');
		expect(body).toContain('Monitor your containers in one place');
	});

	it('still reads a role in an id that only starts with a short heading', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div id="related-posts-from-this-week"><h3>Related</h3><ul><li><a href="/a">Ten tips for longer battery life</a></li><li><a href="/b">The best chargers of the year</a></li></ul></div>`);
		expect(body).toContain('A third paragraph');
		expect(body).not.toContain('Ten tips for longer battery life');
	});
});
