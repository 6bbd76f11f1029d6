import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Bootstrap's and Tailwind's `invisible` class (`visibility: hidden`) keeps a box from the
 * reader until a script shows it: a deals site's sign-up box between two paragraphs, a link's
 * tooltip.
 */
const SIGN_UP = '<section aria-label="Newsletter Sign-Up" class="relative invisible my-12 mx-auto max-w-3xl">'
	+ '<div class="absolute left-8 px-2"><span>Phone Deals</span></div>'
	+ '<div class="p-8"><div class="flex flex-col"><div class="header-300">Be the first to know!</div><div class="header-600">Get editor selected deals texted right to your phone!</div>'
	+ '<form><input type="tel" placeholder="Enter Phone Number"><button type="submit">Sign Me Up</button></form>'
	+ '<div class="text-xs">By signing up, you agree to receive recurring automated SMS marketing messages at the number provided. Msg and data rates may apply. Reply STOP to opt out, HELP for help.</div></div>'
	+ '<div class="py-1"><div class="header-300">Thanks for signing up!</div></div></div></section>';

describe('a box a framework\'s invisible class hides', () => {
	it('is not body, and the paragraphs around it are', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}${SIGN_UP}<p>The deal ends on Sunday, and the earbuds have not been cheaper at any store since they launched.</p>`);
		expect(body).toContain('A third paragraph');
		expect(body).toContain('The deal ends on Sunday');
		expect(body).not.toContain('Be the first to know');
		expect(body).not.toContain('Thanks for signing up');
		expect(body).not.toContain('Phone Deals');
	});

	it('is read apart from a class that only names the word (a responsive md:visible, a tab named invisible-ink)', () => {
		const body = articleText(`${ARTICLE_PARAGRAPHS}<div class="invisible-ink md:visible"><p>Invisible ink, the reviewer found, shows up under the phone's ultraviolet flash in seconds.</p></div>`);
		expect(body).toContain('Invisible ink, the reviewer found');
	});
});
