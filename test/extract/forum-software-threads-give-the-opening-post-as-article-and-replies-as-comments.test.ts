import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../src/snapshot/schema.js';
import {snapshotOf as extractedSnapshot} from '../helpers/snapshot-of.js';

/**
 * Threads of widespread forum software, with no site profile: the opening post is the page's
 * article (its poster the author, its date the published time) and only the replies are
 * comments, each with its poster, time, text and score.
 */

function snapshotOf(body: string, url: string, head = ''): Snapshot {
	const html = `<!doctype html><html lang="en"><head><title>Battery drains overnight - Forum</title>${head}</head><body>${body}</body></html>`;
	return extractedSnapshot(html, url);
}

const bodyOf = (snapshot: Snapshot): string => snapshot.article.body.map((block) => block.text).join('\n');
const replies = (snapshot: Snapshot): unknown[] => snapshot.comments.items.map((item) => [item.author.name, item.postedAt, item.text]);

const OPENING = 'Since the last update my phone loses forty percent of its battery overnight, even in flight mode. Has anyone found what keeps it awake?';
const FIRST_REPLY = 'Check the battery usage screen, a sync app is usually the culprit.';
const SECOND_REPLY = 'Same here, it stopped after I turned off the always-on display.';

/** What every forum below must give: the opening post as the article, the two replies as comments. */
function expectOpeningPostAndReplies(snapshot: Snapshot, stage: string, dates: [string, string, string]): void {
	expect(snapshot.extractor.stages?.comments).toBe(stage);
	expect(snapshot.extractor.stages?.article).toBe('opening-post');
	expect(bodyOf(snapshot)).toBe(OPENING);
	expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
	expect(snapshot.article.publishedAt).toBe(dates[0]);
	expect(replies(snapshot)).toEqual([
		['helper', dates[1], FIRST_REPLY],
		['third', dates[2], SECOND_REPLY],
	]);
}

/** The board's furniture around a thread: it changes on every visit and is never the article. */
const BOARD_FOOTER = `<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests. In total there are 15 users online: 1 registered, 0 hidden and 14 guests (based on users active over the past 5 minutes). Most users ever online was 1282 on Tue Jan 07, 2025 4:11 pm.</p></div>
<div class="stat-block statistics"><h3>Statistics</h3><p>Total posts 48213 &bull; Total topics 6120 &bull; Total members 9337 &bull; Our newest member phonefan</p></div>
<p class="right responsive-center time">It is currently Sun Mar 09, 2025 6:02 pm</p>`;

/**
 * What page 2 of a thread must give: both posts as comments, and no article body (the opening
 * post is on page 1; what is left is the board's furniture, which would make a new version of
 * the page on every visit).
 */
function expectOnlyReplies(snapshot: Snapshot, stage: string): void {
	expect(snapshot.extractor.stages?.comments).toBe(stage);
	expect(snapshot.extractor.stages?.article).toBe('continued-thread');
	expect(snapshot.comments.items.map((item) => [item.author.name, item.text])).toEqual([
		['helper', FIRST_REPLY],
		['third', SECOND_REPLY],
	]);
	expect(snapshot.article.body).toEqual([]);
	expect(snapshot.article.title).toBe('Battery drains overnight');
	expect(snapshot.article.authors.map((author) => author.name)).not.toContain('helper');
}

describe('Discourse (the topic page served without scripts)', () => {
	const post = (n: number, name: string, iso: string, likes: number, text: string): string => `<div id="post_${n}" ${n > 1 ? 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" ' : ''}class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow" href="https://forum.example/u/${name}"><span itemprop="name">${name}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.example/t/battery-drains-overnight/338">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${iso}" class="post-time">${iso.slice(0, 10)}</time><meta itemprop="dateModified" content="${iso}"><span itemprop="position">${n}</span></span></div>
<div class="post" itemprop="text"><p>${text}</p></div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes}" /><span class="post-likes">${likes ? `${likes} Likes` : ''}</span></div></div>`;
	const topicPage = (posts: string): string => `<header class="d-header"><a href="/">Forum</a></header><div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/battery-drains-overnight/338">Battery drains overnight</a></h1></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="Battery drains overnight">
${posts}
</div></div>${BOARD_FOOTER}`;
	const snapshot = snapshotOf(topicPage(`${post(1, 'opener', '2025-03-01T21:05:00Z', 4, OPENING)}
${post(2, 'helper', '2025-03-01T22:10:00Z', 2, FIRST_REPLY)}
${post(3, 'third', '2025-03-02T07:45:00Z', 0, SECOND_REPLY)}`), 'https://forum.example/t/battery-drains-overnight/338');

	it('takes post 1 as the article and the later posts, which are also schema.org Comments, as its replies', () => {
		expectOpeningPostAndReplies(snapshot, 'platform:discourse', ['2025-03-01T21:05:00Z', '2025-03-01T22:10:00Z', '2025-03-02T07:45:00Z']);
		expect(snapshot.comments.items.map((item) => [item.id, item.score])).toEqual([['post_2', 2], ['post_3', null]]);
	});

	it('numbers each reply by its position and links its poster’s profile, the link around the name', () => {
		expect(snapshot.comments.items.map((item) => [item.number, item.author.url])).toEqual([
			[2, 'https://forum.example/u/helper'],
			[3, 'https://forum.example/u/third'],
		]);
	});

	it('reads every post of page 2, which links back to page 1, as a reply', () => {
		const page2 = snapshotOf(topicPage(`${post(21, 'helper', '2025-03-01T22:10:00Z', 2, FIRST_REPLY)}
${post(22, 'third', '2025-03-02T07:45:00Z', 0, SECOND_REPLY)}`), 'https://forum.example/t/battery-drains-overnight/338?page=2', '<link rel="prev" href="https://forum.example/t/battery-drains-overnight/338">');
		expectOnlyReplies(page2, 'platform:discourse');
	});
});

describe('phpBB (prosilver)', () => {
	const post = (id: number, name: string, date: string, posts: number, text: string, first = false): string => `<div id="p${id}" class="post has-profile bg${id % 2 + 1}"><div class="inner">
<dl class="postprofile" id="profile${id}"><dt class="no-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="avatar"><img class="avatar" src="./download/file.php?avatar=${id}.png" width="90" height="90" alt="User avatar"></a></div><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${name}</a></dt>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${id}&amp;sr=posts">${posts}</a></dd><dd class="profile-joined"><strong>Joined:</strong> Sat Jan 04, 2020 3:12 pm</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3${first ? ' class="first"' : ''}><a href="#p${id}">Re: Battery drains overnight</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${name}</a></strong> &raquo; </span>${date} </p>
<div class="content">${text}</div>
<div id="sig${id}" class="signature">Sent from my phone</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray"></i><span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
	const topicPage = (pagination: string, posts: string): string => `<div id="wrap" class="wrap"><div id="page-header"><div class="headerbar"><h1>Phone Forum</h1><p>Help for every phone</p></div></div>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=338">Battery drains overnight</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=338" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">${pagination}</div></div>
${posts}
</div></div>${BOARD_FOOTER}`;
	const snapshot = snapshotOf(topicPage('3 posts &bull; Page <strong>1</strong> of <strong>1</strong>', `${post(101, 'opener', 'Sat Mar 01, 2025 9:05 pm', 12, OPENING, true)}
${post(102, 'helper', 'Sat Mar 01, 2025 10:10 pm', 5469, FIRST_REPLY)}
${post(103, 'third', 'Sun Mar 02, 2025 7:45 am', 3, SECOND_REPLY)}`), 'https://forum.example/viewtopic.php?t=338');

	it('takes the first post as the article and the others as replies, without quote buttons or signatures', () => {
		expectOpeningPostAndReplies(snapshot, 'platform:phpbb', ['2025-03-01T21:05:00Z', '2025-03-01T22:10:00Z', '2025-03-02T07:45:00Z']);
	});

	it('reads every post of page 2 as a reply: its pagination links back to page 1, where the opening post is', () => {
		const pagination = `27 posts &bull; <ul><li class="arrow previous"><a class="button button-icon-only" href="./viewtopic.php?t=338" rel="prev" role="button"><i class="icon fa-chevron-left fa-fw"></i><span class="sr-only">Previous</span></a></li><li><a class="button" href="./viewtopic.php?t=338" role="button">1</a></li><li class="active"><span>2</span></li></ul>`;
		const page2 = snapshotOf(topicPage(pagination, `${post(102, 'helper', 'Sat Mar 01, 2025 10:10 pm', 5469, FIRST_REPLY)}
${post(103, 'third', 'Sun Mar 02, 2025 7:45 am', 3, SECOND_REPLY)}`), 'https://forum.example/viewtopic.php?t=338&start=15');
		expectOnlyReplies(page2, 'platform:phpbb');
	});

	it('reads the posters\' post counts from the profile column', () => {
		expect(snapshot.comments.items.map((item) => [item.id, item.author.postCount])).toEqual([['p102', 5469], ['p103', 3]]);
	});

	it('leaves a blog\'s list of posts alone, though it sits in a #page-body too', () => {
		const teaser = (n: number): string => `<div class="post" id="post-${n}"><h2><a href="/${n}">Battery test number ${n}</a></h2><p>We ran the phone through our battery test for the ${n}th time, and it lasted longer than any phone before it, by a wide margin.</p></div>`;
		const blog = snapshotOf(`<div id="page-body"><h1>Phone blog</h1>${[1, 2, 3].map(teaser).join('')}</div>`, 'https://blog.example/');
		expect(blog.comments.items).toEqual([]);
	});
});

describe('Invision Community', () => {
	const post = (id: number, name: string, iso: string, reactions: number, text: string): string => `<a id="comment-${id}"></a><article id="elComment_${id}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="https://forum.example/profile/${id}-${name}/" class="ipsType_break">${name}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="group">Members</li><li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats"><li><i class="fa fa-comment"></i> 57</li></ul></li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-${id}_wrap" data-controller="core.front.core.comment" data-commentapp="forums" data-commenttype="forums" data-commentid="${id}" data-quotedata="{}" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_reset ipsResponsive_hidePhone"><a href="https://forum.example/topic/338-battery/?do=findComment&amp;comment=${id}" rel="nofollow" class="ipsType_blendLinks">Posted <time datetime="${iso}" title="${iso}" data-short="1 yr">March 1, 2025</time></a></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages"><p>${text}</p></div></div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span>${reactions}</span></li></ul></div></div><ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li data-ipsquote-editor="topic_comment"><a href="#" data-action="quoteComment" class="ipsButton ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote ipsHide">Quote</a></li></ul></div></div></div></article>`;
	const snapshot = snapshotOf(`<div id="ipsLayout_body"><div class="ipsPageHeader ipsBox"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>Battery drains overnight</span></span></h1></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" data-feedid="topic-338" class="cTopic ipsClear ipsSpacer_top"><div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_reset"><form action="#" method="post" data-ipspageaction data-role="moderationTools">
${post(501, 'opener', '2025-03-01T21:05:00Z', 4, OPENING)}
${post(502, 'helper', '2025-03-01T22:10:00Z', 2, FIRST_REPLY)}
${post(503, 'third', '2025-03-02T07:45:00Z', 1, SECOND_REPLY)}
</form></div></div></div>`, 'https://forum.example/topic/338-battery-drains-overnight/');

	it('takes the topic\'s first post as the article and reads the replies\' reaction counts', () => {
		expectOpeningPostAndReplies(snapshot, 'platform:invision', ['2025-03-01T21:05:00Z', '2025-03-01T22:10:00Z', '2025-03-02T07:45:00Z']);
		expect(snapshot.comments.items.map((item) => [item.id, item.score])).toEqual([['502', 2], ['503', 1]]);
	});

	it('reads every post of a comment feed under an article as a comment: only forum posts open a topic', () => {
		const comment = (id: number, name: string, text: string): string => post(id, name, '2025-03-02T07:45:00Z', 0, text).replace('class="cPost ', 'class="');
		const paragraphs = Array.from({length: 4}, (_, n) => `<p>Paragraph ${n + 1} of the review: the phone's battery lasted two full days in our tests, and it charges from empty to full in under an hour.</p>`).join('');
		const article = snapshotOf(`<article><h1>Battery review</h1>${paragraphs}</article><div data-role="commentFeed">${comment(601, 'reader', 'Great review, thanks for the battery numbers.')}${comment(602, 'other', 'Two days is more than I expected.')}</div>`, 'https://site.example/articles/battery-review/');
		expect(article.extractor.stages?.comments).toBe('platform:invision');
		expect(article.comments.items.map((item) => item.author.name)).toEqual(['reader', 'other']);
		expect(bodyOf(article)).toContain('Paragraph 4 of the review');
	});

	it('reads the reaction total of a board that shows counts only', () => {
		const countOnly = post(701, 'reader', '2025-03-02T07:45:00Z', 0, 'Great review.').replace(/<ul class="ipsReact_reactions">.*?<\/ul>/, `<div class='ipsReact_reactCountOnly ipsAreaBackground_positive ipsType_blendLinks' data-role='reactCount'><a href="#"><span data-role='reactCountText'>7</span></a></div>`);
		const snapshot = snapshotOf(`<h1>Battery drains overnight</h1><div data-role="commentFeed">${post(700, 'opener', '2025-03-01T21:05:00Z', 0, OPENING)}${countOnly}</div>`, 'https://forum.example/topic/339/');
		expect(snapshot.comments.items.map((item) => [item.author.name, item.score])).toEqual([['reader', 7]]);
	});
});

describe('vBulletin 4', () => {
	// The date format is the board's setting; this board prints year first (the default, month
	// first with a two-digit day, "03-01-2025", cannot be told from day first).
	const post = (id: number, n: number, name: string, date: string, text: string): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${id}"><div class="posthead"><span class="postdate old"><span class="date">${date}</span></span><span class="nodecontrols"><a name="post${id}" href="showthread.php?t=338&amp;p=${id}#post${id}" class="postcounter">#${n}</a><a id="postcount${id}" name="${n}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u=${id}" title="${name} is offline"><strong>${name}</strong></a></div></div><span class="usertitle">Junior Member</span>
<hr><dl class="userinfo_extra"><dt>Join Date</dt> <dd>Jan 2020</dd><dt>Posts</dt> <dd>1,204</dd></dl></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">Battery drains overnight</h2><div class="content"><div id="post_message_${id}"><blockquote class="postcontent restore ">${text}</blockquote></div></div></div>
<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">My other phone is a tablet</div></blockquote></div>
<div class="cleardiv"></div></div></div><div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_${id}" class="newreply" href="newreply.php?do=newreply&amp;p=${id}" rel="nofollow" title="Reply With Quote">Reply With Quote</a></span></div></div><hr></li>`;
	const snapshot = snapshotOf(`<div class="body_wrapper"><div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=338">Battery drains overnight</a></span></h1></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
${post(9001, 1, 'opener', '2025-03-01, <span class="time">21:05</span>', OPENING)}
${post(9002, 2, 'helper', '2025-03-01, <span class="time">22:10</span>', FIRST_REPLY)}
${post(9003, 3, 'third', '2025-03-02, <span class="time">07:45</span>', SECOND_REPLY)}
</ol></div></div>`, 'https://forum.example/showthread.php?t=338');

	it('takes post #1 as the article and the later posts, with their numbers, as replies', () => {
		expectOpeningPostAndReplies(snapshot, 'platform:vbulletin', ['2025-03-01T21:05:00Z', '2025-03-01T22:10:00Z', '2025-03-02T07:45:00Z']);
		expect(snapshot.comments.items.map((item) => [item.number, item.author.postCount])).toEqual([[2, 1204], [3, 1204]]);
	});
});

describe('MyBB', () => {
	const post = (id: number, n: number, name: string, date: string, text: string): string => `<a name="pid${id}" id="pid${id}"></a><div class="post classic " style="" id="post_${id}"><div class="post_author scaleimages"><div class="author_avatar"><a href="member.php?action=profile&amp;uid=${id}"><img src="images/default_avatar.png" alt="" width="55" height="55"></a></div>
<div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid=${id}">${name}</a></span></strong><br><span class="smalltext">Junior Member<br></span></div>
<div class="author_statistics">Posts: 57<br>Threads: 3<br>Joined: Jan 2020<br>Reputation: 0</div></div>
<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a href="showthread.php?tid=338&amp;pid=${id}#pid${id}" title="Battery drains overnight">#${n}</a></strong></div><span class="post_date">${date} <span class="post_edit" id="edited_by_${id}"></span></span></div>
<div class="post_body scaleimages" id="pid_${id}">${text}</div><div class="post_meta" id="post_meta_${id}"></div></div>
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="member.php?action=profile&amp;uid=${id}" class="postbit_find"><span>Find</span></a></div><div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=338&amp;replyto=${id}" title="Quote this message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a></div></div></div>`;
	const snapshot = snapshotOf(`<div id="container"><div id="content"><div class="wrapper"><table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>Battery drains overnight</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">
${post(301, 1, 'opener', '03-01-2025, 09:05 PM', OPENING)}
${post(302, 2, 'helper', '03-01-2025, 10:10 PM', FIRST_REPLY)}
${post(303, 3, 'third', '03-02-2025, 07:45 AM', SECOND_REPLY)}
</div></td></tr></table></div></div></div>`, 'https://forum.example/showthread.php?tid=338');

	it('takes the first post as the article and the others as replies, without their buttons', () => {
		expect(snapshot.extractor.stages?.comments).toBe('platform:mybb');
		expect(bodyOf(snapshot)).toBe(OPENING);
		expect(snapshot.article.authors.map((author) => author.name)).toEqual(['opener']);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.name, item.author.postCount, item.text])).toEqual([
			['post_302', 'helper', 57, FIRST_REPLY],
			['post_303', 'third', 57, SECOND_REPLY],
		]);
	});
});

describe('XenForo 2', () => {
	const post = (id: number, n: number, name: string, iso: string, text: string): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${name}" data-content="post-${id}" id="js-post-${id}">
<span class="u-anchorTarget" id="post-${id}"></span><div class="message-inner"><div class="message-cell message-cell--user"><section itemscope itemtype="https://schema.org/Person" class="message-user">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${name}.${id}/" class="avatar avatar--m" data-user-id="${id}"><img src="/data/avatars/m/0/${id}.jpg" alt="${name}" class="avatar-u${id}-m" width="96" height="96" loading="lazy" itemprop="image"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${name}.${id}/" class="username" dir="auto" itemprop="name" data-user-id="${id}">${name}</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">Member</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Messages</dt><dd>312</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/battery-drains-overnight.338/post-${id}" rel="nofollow"><time class="u-dt" dir="auto" datetime="${iso}" data-time="1740863100" data-date-string="Mar 1, 2025" data-time-string="9:05 PM" title="Mar 1, 2025 at 9:05 PM" itemprop="datePublished">Mar 1, 2025</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/battery-drains-overnight.338/post-${id}" class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/battery-drains-overnight.338/post-${id}" rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${id}"><article class="message-body js-selectToQuote"><div class="bbWrapper">${text}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
<aside class="message-signature"><div class="bbWrapper">Pixel 9, Android 15</div></aside></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/${id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-init="reaction" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="/threads/battery-drains-overnight.338/reply?quote=${id}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow">Reply</a></div></div>
<div class="reactionsBar js-reactionsList"></div></footer></div></div></div></article>`;
	const threadPage = (posts: string): string => `<div class="p-body"><div class="p-body-inner"><div class="p-body-header"><div class="p-title"><h1 class="p-title-value">Battery drains overnight</h1></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/"><div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post">
<div class="block-body js-replyNewMessageContainer">
${posts}
</div></div></div></div></div></div></div></div>${BOARD_FOOTER}`;
	const snapshot = snapshotOf(threadPage(`${post(801, 1, 'opener', '2025-03-01T21:05:00+0000', OPENING)}
${post(802, 2, 'helper', '2025-03-01T22:10:00+0000', FIRST_REPLY)}
${post(803, 3, 'third', '2025-03-02T07:45:00+0000', SECOND_REPLY)}`), 'https://forum.example/threads/battery-drains-overnight.338/');

	it('takes the first post as the article and the later ones, with their numbers, as replies', () => {
		expectOpeningPostAndReplies(snapshot, 'platform:xenforo-forum', ['2025-03-01T21:05:00+00:00', '2025-03-01T22:10:00+00:00', '2025-03-02T07:45:00+00:00']);
		expect(snapshot.comments.items.map((item) => [item.id, item.number])).toEqual([['post-802', 2], ['post-803', 3]]);
	});

	it('reads every post of page 2 as a reply: the head links the previous page, where the opening post is', () => {
		const page2 = snapshotOf(threadPage(`${post(802, 21, 'helper', '2025-03-01T22:10:00+0000', FIRST_REPLY)}
${post(803, 22, 'third', '2025-03-02T07:45:00+0000', SECOND_REPLY)}`), 'https://forum.example/threads/battery-drains-overnight.338/page-2', '<link rel="prev" href="https://forum.example/threads/battery-drains-overnight.338/">');
		expectOnlyReplies(page2, 'platform:xenforo-forum');
	});

	it('keeps the opening post when the "previous" link leads to another thread, not to an earlier page of this one', () => {
		const first = snapshotOf(threadPage(`${post(801, 1, 'opener', '2025-03-01T21:05:00+0000', OPENING)}
${post(802, 2, 'helper', '2025-03-01T22:10:00+0000', FIRST_REPLY)}
${post(803, 3, 'third', '2025-03-02T07:45:00+0000', SECOND_REPLY)}`), 'https://forum.example/threads/battery-drains-overnight.338/', '<link rel="prev" href="https://forum.example/threads/screen-flickers.337/">');
		expectOpeningPostAndReplies(first, 'platform:xenforo-forum', ['2025-03-01T21:05:00+00:00', '2025-03-01T22:10:00+00:00', '2025-03-02T07:45:00+00:00']);
	});
});

describe('Flarum (as its script renders the discussion)', () => {
	const post = (id: number, n: number, name: string, iso: string, text: string): string => `<div class="PostStream-item" data-index="${n - 1}" data-time="${iso}" data-number="${n}" data-id="${id}" data-type="comment"><article class="CommentPost Post${n === 1 ? ' Post--by-start-user' : ''}"><div class="Post-container"><div class="Post-side"><span class="Avatar Post-avatar">${name[0]?.toUpperCase()}</span></div><div class="Post-main">
<header class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><a href="/u/${name}"><span class="Avatar PostUser-avatar">${name[0]?.toUpperCase()}</span><span class="username">${name}</span></a></h3><ul class="PostUser-badges badges"></ul></div></li>
<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown"><time pubdate="" datetime="${iso}" title="${iso}" data-humantime="">2 days ago</time></a></div></li></ul></header>
<div class="Post-body"><p>${text}</p></div>
<aside class="Post-actions"><ul><li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span></button></li></ul></aside></div></div></article></div>`;
	const snapshot = snapshotOf(`<div id="app" class="App"><main class="App-content"><div class="DiscussionPage"><div class="DiscussionPage-discussion"><header class="Hero DiscussionHero"><div class="container"><ul class="DiscussionHero-items"><li class="item-title"><h1 class="DiscussionHero-title">Battery drains overnight</h1></li></ul></div></header>
<div class="container"><div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off">
${post(501, 1, 'opener', '2025-03-01T21:05:00+00:00', OPENING)}
${post(502, 2, 'helper', '2025-03-01T22:10:00+00:00', FIRST_REPLY)}
${post(503, 3, 'third', '2025-03-02T07:45:00+00:00', SECOND_REPLY)}
</div></div></div></div></div></main></div>`, 'https://forum.example/d/338-battery-drains-overnight');

	it('takes post number 1 as the article and the later posts as replies, named without the avatar initial', () => {
		expectOpeningPostAndReplies(snapshot, 'platform:flarum', ['2025-03-01T21:05:00+00:00', '2025-03-01T22:10:00+00:00', '2025-03-02T07:45:00+00:00']);
		expect(snapshot.comments.items.map((item) => [item.id, item.author.url])).toEqual([['502', 'https://forum.example/u/helper'], ['503', 'https://forum.example/u/third']]);
	});
});

describe('vBulletin 5', () => {
	const post = (id: number, n: number, name: string, iso: string, text: string): string => `<li class="b-post js-post js-comment-entry__parent b-post--${n === 1 ? 'first' : 'text'} h-restore--on-preview b-comp-menu-dropdown--inactive" data-node-id="${id}" itemscope itemprop="${n === 1 ? 'mainEntity' : 'comment'}" itemtype="http://schema.org/${n === 1 ? 'DiscussionForumPosting' : 'Comment'}">
<div class="l-row l-row__fixed--left"><div class="l-col__fixed-3 l-col__small--full h-hide--on-preview"><div class="b-userinfo b-post__hide-when-deleted" itemprop="author" itemscope itemtype="http://schema.org/Person"><div class="b-userinfo__details"><div class="author h-text-size--14"><strong><a href="/member/${id}-${name}" data-vbnamecard="${id}"><span itemprop="name">${name}</span></a></strong></div><div class="b-userinfo__rank">Junior Member</div></div></div></div>
<div class="l-col__flex-3"><div class="b-post__body"><div class="b-post__count js-show-post-link"><a href="/forum/phones/338-battery?p=${id}#post${id}">#${n}</a></div>
<div class="b-post__timestamp"><time itemprop="dateCreated" datetime="${iso}">03-01-2025, 09:05 PM</time></div>
<div class="js-post__content-wrapper h-clear" data-node-type="${n === 1 ? 'starter' : 'reply'}"><div class="b-post__content js-post__content"><div class="js-post__content-text restore h-wordwrap" itemprop="text">${text}</div></div></div>
<div class="b-post__footer h-hide--on-preview"><ul class="h-right js-post-controls"><li><a href="#" class="b-comp-menu-horizontal__item js-quote">Quote</a></li></ul></div></div></div></div></li>`;
	const snapshot = snapshotOf(`<div id="main-navbar-wrapper"></div><div class="main-title-container"><h1 class="main-title js-main-title">Battery drains overnight</h1></div>
<div id="thread-view-tab" class="conversation-view"><ul class="conversation-list list-container h-clearfix thread-view">
${post(7001, 1, 'opener', '2025-03-01T21:05:00', OPENING)}
${post(7002, 2, 'helper', '2025-03-01T22:10:00', FIRST_REPLY)}
${post(7003, 3, 'third', '2025-03-02T07:45:00', SECOND_REPLY)}
</ul></div>`, 'https://forum.example/forum/phones/338-battery-drains-overnight');

	it('takes the starter as the article and the replies, which are schema.org Comments too, with their numbers', () => {
		expectOpeningPostAndReplies(snapshot, 'platform:vbulletin5', ['2025-03-01T21:05:00Z', '2025-03-01T22:10:00Z', '2025-03-02T07:45:00Z']);
		expect(snapshot.comments.items.map((item) => [item.id, item.number])).toEqual([['7002', 2], ['7003', 3]]);
	});
});
