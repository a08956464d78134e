import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Corpus 6 was written without reading the extractor; its format is checked in CI like every corpus's.
describeCorpusFormat('validation corpus 6', join(import.meta.dirname), { minEmails: 45, minScoredFields: 150 });
