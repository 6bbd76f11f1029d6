import {fileURLToPath} from 'node:url';

/** The quality corpus, read in place: `../shared/corpus` beside the repository (as on CI). */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/**
 * Extracting and scoring all 228 corpus pages takes about 10 s on one core of the 2-core CI
 * machine; this leaves room for a slower extractor and a busy machine without hiding a hang.
 */
export const CORPUS_SCORING_TIMEOUT_MS = 180_000;
