import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import {contains, isElement} from '../document/dom.js';
import {selectAll} from '../document/fast-select.js';
import {DocumentOrder} from '../document/node-stats.js';
import {textLength} from '../document/text.js';

/**
 * A shop page's article is its product description, which shops mark up as the schema.org
 * Product's `description` property: a table of properties ("Aroma: red berries, citrus") that
 * the body scorer passes over for the longer marketing blocks around it. The scorer's body is
 * kept, and the description joins it in document order.
 */

/** A description is a line of properties at least; shorter text is a tagline or an empty stub. */
const MIN_DESCRIPTION_CHARS = 40;

const PRODUCT_TYPE = /(^|[\s/])Product$/;

/** The body's nodes with the page's product description added in document order, when the body leaves it out. */
export function withProductDescription($: CheerioAPI, nodes: readonly Element[]): Element[] {
	if (nodes.length === 0) return [...nodes];
	const description = selectAll($, '[itemprop~="description"]').find((el) => describesProduct(el) && textLength(el) >= MIN_DESCRIPTION_CHARS);
	if (!description || nodes.some((node) => contains(node, description) || contains(description, node))) return [...nodes];
	const order = new DocumentOrder($.root()[0]);
	return [...nodes, description].sort((a, b) => order.position(a) - order.position(b));
}

/** Whether the description's own item (its nearest `itemscope` ancestor) is a Product. */
function describesProduct(el: Element): boolean {
	for (let node = el.parent; node && isElement(node); node = node.parent) {
		if (node.attribs.itemscope === undefined) continue;
		return (node.attribs.itemtype ?? '').trim().split(/\s+/).some((type) => PRODUCT_TYPE.test(type));
	}
	return false;
}
