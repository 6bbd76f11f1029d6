import {describe, expect, it} from 'vitest';
import {isSiteDefaultPicture} from '../../src/extract/document/urls.js';
import {ARTICLE_PARAGRAPHS} from '../helpers/article-body.js';
import {snapshotOf} from '../helpers/snapshot-of.js';

/**
 * Templates set a default share picture on pages that have none of their own: the site's icon
 * (`og:image` …/assets/images/icon.web.png), a "defaultPromoCrop", a "social-placeholder".
 * It stands for no story, so it is not the article's lead image: the body's first picture is,
 * or none. A story's own picture of a logo names what it shows and stays.
 */

const imageOf = (ogImage: string, body = '') => snapshotOf(`<!doctype html><html lang="en"><head><title>Batteries</title><meta property="og:image" content="${ogImage}"></head><body><article><h1>Batteries</h1>${body}${ARTICLE_PARAGRAPHS}</article></body></html>`, 'https://news.example/2014/12/29/batteries/').article.image;

describe('a site’s default share picture', () => {
	it('is not the lead image', () => {
		expect(imageOf('https://news.example/wp-content/themes/news/assets/images/icon.web.png')).toBeNull();
	});

	it('yields to the body’s first picture', () => {
		expect(imageOf('https://static.news.example/images/social-placeholder.jpg', '<figure><img src="/uploads/charger.jpg" width="800" height="450" alt="A charger"><figcaption>The new charger</figcaption></figure>')).toBe('https://news.example/uploads/charger.jpg');
	});

	it('is not a story’s picture of a logo', () => {
		expect(imageOf('https://upload.example.org/thumb/Mozilla_Firefox_logo_2013.svg.png')).toBe('https://upload.example.org/thumb/Mozilla_Firefox_logo_2013.svg.png');
	});
});

describe('isSiteDefaultPicture', () => {
	it.each(['https://a.example/assets/images/icon.web.png', 'https://a.example/images/icons/defaultPromoCrop.png', 'https://a.example/social/images/social_default_logo-1481777.png', 'https://a.example/img/logo-opengraph.png', 'https://a.example/2019/04/cropped-blogname-favicon.jpg?w=200'])('reads %s as a site’s default', (url) => {
		expect(isSiteDefaultPicture(url)).toBe(true);
	});

	it.each(['https://a.example/uploads/2014/12/Dec2013Mall.jpg', 'https://a.example/2016/02/raspberry_pi_logo_mainimage8.jpg', 'https://a.example/photos/icon-of-the-seas.jpg', 'https://a.example/r/?m=02&i=1008813233&w=580'])('reads %s as a story’s picture', (url) => {
		expect(isSiteDefaultPicture(url)).toBe(false);
	});
});
