import {describe, expect, it} from 'vitest';
import {withoutSiteName} from '../../src/extract/metadata/titles.js';

describe('the site name in a title', () => {
	it('is cut where a separator joins it to the title, at either end, whatever its case', () => {
		expect(withoutSiteName('Phone Review: The Camera Wins – Gadget Weekly', 'Gadget Weekly')).toBe('Phone Review: The Camera Wins');
		expect(withoutSiteName('GADGET WEEKLY | Phone Review', 'Gadget Weekly')).toBe('Phone Review');
		expect(withoutSiteName('Phone Review\u00a0»\u00a0gadget weekly ', 'Gadget Weekly')).toBe('Phone Review');
	});

	it('stays when no separator joins it: a title naming the site in its words is whole', () => {
		expect(withoutSiteName('Gadget Weekly turns ten', 'Gadget Weekly')).toBe('Gadget Weekly turns ten');
		expect(withoutSiteName('Ten years of Gadget Weekly', 'Gadget Weekly')).toBe('Ten years of Gadget Weekly');
		expect(withoutSiteName('Gadget Weekly-Phone Review', 'Gadget Weekly')).toBe('Gadget Weekly-Phone Review');
		expect(withoutSiteName('Gadget Weekly', 'Gadget Weekly')).toBe('Gadget Weekly');
	});
});
