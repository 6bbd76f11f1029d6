import {describe, expect, it} from 'vitest';
import {ARTICLE_PARAGRAPHS, articleText} from '../helpers/article-body.js';

/**
 * Under a story, sites set a box that asks for the reader's email address: a heading ("Follow
 * Phone Insights and never miss an update!"), a pitch, a form with an email field and a
 * "Sign-Up" button. The form is left out as a control, but the heading and pitch around it
 * are the site's too, whatever the box's class is called. A form inside the article's own
 * text (a box with more than a call and a field) is not such a box.
 */

describe('a box around an email sign-up form', () => {
	it('leaves out its heading and pitch', () => {
		const box = '<div class="cotd"><h3>Follow Phone Insights and never miss an update!</h3><form action="/newsletter" method="get"><fieldset><div class="fields"><p>Get updates in your inbox.</p><input required placeholder="Email Address" name="email" type="text"><input class="btn submit" type="submit" value="Sign-Up"><a class="privacy" href="/privacy-policy">Privacy Policy</a></div></fieldset></form></div>';
		const pitch = '<div class="cotd-b"><h3>Get updates in your inbox</h3><p><i>Subscribe to Phone Insights and never miss an update!</i></p><form action="/newsletter"><input type="email" name="address"><input type="submit" value="Sign-Up"></form></div>';
		const body = articleText(`${ARTICLE_PARAGRAPHS}${box}${pitch}`);
		expect(body).not.toContain('never miss an update');
		expect(body).not.toContain('Get updates in your inbox');
		expect(body.endsWith('if the rumours about next year\'s models turn out to be true after all.')).toBe(true);
	});

	it('keeps a box whose form sits among more text than a call', () => {
		const text = 'Readers who want to test the new charging limits can enter the phone model in the form below, which looks up the rated wattage of each charger the maker sells, together with the cable it needs and the adapters that work with it, and mails the list to the address they give. The maker says the tool covers every phone it sold since 2019.';
		const box = `<div class="tool"><p>${text}</p><form action="/lookup"><input name="email" type="text"><input type="submit" value="Send"></form></div>`;
		expect(articleText(`${ARTICLE_PARAGRAPHS}${box}`)).toContain(text);
	});
});
