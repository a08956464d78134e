import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Corpus 8 (writer D) was written without reading the extractor; its format is checked in CI like every corpus's.
describeCorpusFormat('validation corpus 8', join(import.meta.dirname), { minEmails: 40, minScoredFields: 150 });
