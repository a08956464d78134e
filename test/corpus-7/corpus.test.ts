import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Corpus 7 was written without reading the extractor or the other corpora; its format is checked in CI like every corpus's.
describeCorpusFormat('validation corpus 7', join(import.meta.dirname), { minEmails: 45, minScoredFields: 250 });
