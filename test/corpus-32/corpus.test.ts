import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 32 (writer AB): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 32 (writer AB)', join(import.meta.dirname), { minEmails: 45, minScoredFields: 180 });
