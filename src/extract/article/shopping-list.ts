import type {Block} from '../../snapshot/schema.js';

/**
 * Hosts whose links are a sale: the big retailers' stores and the affiliate networks' and
 * shorteners' redirects that lead to them (Amazon's amzn.to and a.co, Geniuslink, Skimlinks,
 * Sovrn/VigLink, Commission Junction's click domains, Rakuten, Impact's prf.hn…). A story
 * links a shop in passing; a list of nothing but such links is a shopping list.
 */
const SHOP_HOST = /(?:^|\.)(?:amazon\.(?:com|co\.uk|de|fr|it|es|ca|co\.jp|com\.au|in|nl)|amzn\.to|amzn\.eu|a\.co|geni\.us|bestbuy\.com|walmart\.com|target\.com|ebay\.(?:com|co\.uk|de)|bhphotovideo\.com|newegg\.com|go\.skimresources\.com|redirect\.viglink\.com|shareasale\.com|click\.linksynergy\.com|anrdoezrs\.net|jdoqocy\.com|tkqlhce\.com|dpbolvw\.net|kqzyfj\.com|prf\.hn|howl\.me|avantlink\.com)$/i;

/**
 * Share of a list's words that its links must hold to be a list of shop links, not a story's
 * own list with a shop named in an item ("AirPods Pro 3 <a>$179 (Reg. $249)</a> – New all-time
 * low" in a deal post): more than two thirds.
 */
const SHOPPING_LIST_MIN_LINK_SHARE = 2 / 3;

/** Two items at least: one linked product is a recommendation the story makes. */
const SHOPPING_LIST_MIN_ITEMS = 2;

function isShopLink(href: string): boolean {
	try {
		return SHOP_HOST.test(new URL(href).hostname);
	} catch {
		return false;
	}
}

/**
 * A list of products, each item a link to a shop and little more ("Best iPhone accessories":
 * <a href="https://amzn.to/…">AirPods Pro 3</a>, <a>MagSafe Car Mount</a>…): the affiliate list
 * a site writes under every story, not the story.
 */
export function isShoppingList(block: Block | undefined): boolean {
	if (block?.type !== 'list' || block.links.length === 0 || !block.links.every((link) => isShopLink(link.href))) return false;
	const items = block.text.split('\n');
	if (items.length < SHOPPING_LIST_MIN_ITEMS || !items.every((item) => block.links.some((link) => link.text && item.includes(link.text)))) return false;
	const words = items.join('').length;
	const linked = block.links.reduce((sum, link) => sum + link.text.length, 0);
	return linked / words > SHOPPING_LIST_MIN_LINK_SHARE;
}

/**
 * A shopping list closing the body under a heading of its own ("Best iPhone accessories") is
 * the site's affiliate furniture, and the heading went with it: the story ended before them.
 * A list in the middle of the story (a deal post's own offers) stays, and so does a closing one
 * the body has more of (a gift guide's lists of picks are its matter) or that a line of the
 * story leads in to ("Empfehlungen von Tomislav:").
 */
export function withoutClosingShoppingList(blocks: Block[]): Block[] {
	const end = blocks.length - 2;
	if (blocks[end]?.type !== 'heading' || !isShoppingList(blocks[end + 1])) return blocks;
	return blocks.slice(0, end).some(isShoppingList) ? blocks : blocks.slice(0, end);
}
