/**
 * Deterministic pseudo-random strings made of `pieces` (a seeded linear congruential
 * generator): for tests that hold a fast text routine to the plain definition it replaces,
 * on the same inputs every run.
 */
export function textSamples(pieces: readonly string[], options: {count: number; seed: number; maxPieces: number}): string[] {
	let seed = options.seed;
	const next = (): number => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed;
	};
	const texts: string[] = [];
	for (let i = 0; i < options.count; i++) {
		let text = '';
		const length = next() % (options.maxPieces + 1);
		for (let j = 0; j < length; j++) text += pieces[next() % pieces.length];
		texts.push(text);
	}
	return texts;
}
