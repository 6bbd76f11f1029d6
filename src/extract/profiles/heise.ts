import type {SiteProfile} from './types.js';

/**
 * heise online (heise.de, with its sections such as Mac & i and Technology Review), from the
 * real markup of two news pages in its two designs (corpus `articles/news/heise-*`): 2019–
 * (`header.a-article-header` with the lead in `p.a-article-header__lead`, authors in
 * `li.a-creator__name`, body in `div.article-content`, magazine dossier boxes as `a-collapse`
 * elements inside it) and 2015 (`div.meldung_wrapper`, lead `p.meldung_anrisstext`).
 * Comments live in the separate heise forum; the article links to it with its count.
 */
export const heise: SiteProfile = {
	name: 'heise',
	hosts: ['heise.de'],
	siteNames: ['heise online'],
	version: '1',
	timeZone: 'Europe/Berlin',
	article: {
		subtitle: 'p.a-article-header__lead, p.meldung_anrisstext',
		authors: 'li.a-creator__name',
		body: 'div.article-content, div.meldung_wrapper',
		remove: ['a-collapse', '.a-inline-textbox', 'a-paternoster'],
	},
};
