import type {SiteProfile} from './types.js';

/**
 * CNET (cnet.com, news.cnet.com), from the real markup of three news pages in three designs
 * (corpus `articles/news/cnet-*`): 2010 blogs (`div.postByline` with the author link and a
 * `time.datestamp` that has no machine attribute, body `div.postBody`), 2017 news
 * (`div.profileInfo` with `time[itemprop=datePublished]`) and 2016 features
 * (`div.c-assetAuthor_name span.author`). Both later designs put the body in
 * `div.article-main-body`. The generic rules miss what these bylines say: the 2016 author card
 * ends in a `rel="author"` link reading "See full bio", and the 2010 date is only text.
 * Comments load by script: none in the HTML.
 */
export const cnet: SiteProfile = {
	name: 'cnet',
	hosts: ['cnet.com'],
	siteNames: ['CNET'],
	version: '1',
	timeZone: 'America/Los_Angeles',
	article: {
		authors: '.postByline .author a[rel="author"], .profileInfo a.author[rel="author"], .c-assetAuthor_name .author',
		published: '.postByline time.datestamp, .profileInfo time[itemprop="datePublished"], .c-assetAuthor_date time',
		body: 'div.postBody, div.article-main-body',
	},
};
