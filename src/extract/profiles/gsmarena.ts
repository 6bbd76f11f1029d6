import type {SiteProfile} from './types.js';

/**
 * GSMArena (gsmarena.com), from the real markup of its phone pages (2017 and 2021 copies in
 * public scrapers' fixtures): the reader thread under a phone's specs, on its "…-reviews-NNNN.php"
 * opinion pages and under news articles is a flat list of `div.user-thread` boxes: an avatar
 * (an icon, or a `span.avatar-box` with the name's initial), `ul.uinfo2` with the name
 * (`li.uname` for members, `li.uname2` for guests), an encoded location (`li.ulocation`) and
 * the date (`li.upost > time`: "13 Jun 2017" or "7 hours ago"), then `p.uopin` with the text
 * and a Reply link. A reply quotes its parent at the start of `p.uopin` (`.uinreply` with the
 * parent's name and date, `.uinreply-msg` with the cut-off quote): not the reply's own words.
 * The box's foot says "Total user opinions: <b>3272</b>" in `#opinions-total`.
 *
 * Not verified: where the `.uinreply` link points (so replies are not linked to their parents,
 * and items get content ids), and the byline/date markup of news articles (generic rules).
 * The headline is `h1.article-info-name` on articles and `h1.specs-phone-name-title` on phone
 * and opinion pages; the generic title reads only the part of `<title>` after the phone name.
 */
export const gsmarena: SiteProfile = {
	name: 'gsmarena',
	hosts: ['gsmarena.com'],
	siteNames: ['GSMArena.com'],
	version: '1',
	article: {
		title: 'h1.article-info-name, h1.specs-phone-name-title',
	},
	comments: {
		container: '#user-comments, #all-opinions',
		item: 'div.user-thread',
		author: '.uname, .uname2',
		postedAt: '.upost time, .upost',
		text: 'p.uopin',
		declaredCount: '#opinions-total b, #opinions-total',
		remove: ['.uinreply', '.uinreply-msg'],
	},
};
