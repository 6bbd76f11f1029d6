import type {Element} from 'domhandler';
import {childElements, tagName, walkElements} from '../document/dom.js';
import {textOf} from '../document/text.js';

/**
 * Data tables (a spec sheet, benchmark scores, a price list) as rows of cells. A table is data
 * or layout: pages have long used tables to place text side by side, and a layout table read
 * as rows would cut running text into cells. The rules follow the reasoning of Readability's
 * `_markDataTables`: what the author declared first, then the markup only data uses, then the
 * table's shape.
 */

/** Markup only data tables carry: a header cell, a header or footer group, column descriptions. */
const DATA_TABLE_PARTS = new Set(['th', 'thead', 'tfoot', 'col', 'colgroup']);

/** A table this many rows long is a list of records, whatever its width (Readability's measure). */
const DATA_TABLE_MIN_ROWS = 10;
/** A table this many columns wide sets values side by side: a grid a layout rarely needs. */
const DATA_TABLE_MIN_COLUMNS = 5;
/** Above this many cells a table of two or more rows and columns is a grid of values. */
const DATA_TABLE_MIN_CELLS = 10;

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const CELLS = new Set(['td', 'th']);

/** A data table's content: its caption (empty when none) and its rows of cell texts. */
export interface TableContent {
	caption: string;
	rows: string[][];
}

/**
 * A data table's caption and rows (rows without any text, spacers, left out); null when the
 * table lays text out instead. An author's `role="presentation"` (or the `datatable="0"` Firefox
 * reads) says layout; a table holding a table is a page grid; a single row or column of text is
 * a line or a column of text, nothing to compare across (a column of avatars or icons beside it
 * holds no values, so only columns with text count). Then a caption, a summary or data-only
 * markup says data, and failing those a table large enough in rows, columns or cells is one.
 */
export function readDataTable(table: Element): TableContent | null {
	if (table.attribs.role === 'presentation' || table.attribs.datatable === '0') return null;
	let nested = false;
	let marked = false;
	walkElements(table, (el) => {
		const tag = tagName(el);
		if (tag === 'table') nested = true;
		else if (DATA_TABLE_PARTS.has(tag)) marked = true;
		return !nested;
	});
	if (nested) return null;
	const rows = rowsOf(table)
		.map((cells) => cells.map((cell) => textOf(cell)))
		.filter((cells) => cells.some((cell) => cell !== ''));
	const columns = textColumns(rows);
	if (rows.length <= 1 || columns <= 1) return null;
	const caption = captionOf(table);
	const isData = marked || !!table.attribs.summary || caption !== '' || rows.length >= DATA_TABLE_MIN_ROWS || columns >= DATA_TABLE_MIN_COLUMNS || rows.length * columns > DATA_TABLE_MIN_CELLS;
	return isData ? {caption, rows} : null;
}

/** How many column positions hold text in some row. */
function textColumns(rows: readonly string[][]): number {
	const width = Math.max(0, ...rows.map((cells) => cells.length));
	let columns = 0;
	for (let column = 0; column < width; column++) if (rows.some((cells) => (cells[column] ?? '') !== '')) columns++;
	return columns;
}

/** A table's text for readers of text alone: the caption's line, then a row a line, cells joined by " | ". */
export function tableText({caption, rows}: TableContent): string {
	return [...(caption ? [caption] : []), ...rows.map((cells) => cells.join(' | '))].join('\n');
}

function captionOf(table: Element): string {
	const caption = childElements(table).find((el) => tagName(el) === 'caption');
	return caption ? textOf(caption) : '';
}

/**
 * The table's own rows (not a nested table's) as their cell elements, in the order a browser
 * shows them: a `<tfoot>` written before the body (as HTML 4 asked) still comes last.
 */
function rowsOf(table: Element): Element[][] {
	const body: Element[] = [];
	const footer: Element[] = [];
	for (const child of childElements(table)) {
		const tag = tagName(child);
		if (tag === 'tr') body.push(child);
		else if (ROW_GROUPS.has(tag)) (tag === 'tfoot' ? footer : body).push(...childElements(child).filter((row) => tagName(row) === 'tr'));
	}
	return [...body, ...footer].map((row) => childElements(row).filter((cell) => CELLS.has(tagName(cell))));
}
