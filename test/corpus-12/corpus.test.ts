import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 12 (writer H): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 12 (writer H)', join(import.meta.dirname), { minEmails: 40, minScoredFields: 150 });
