import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 56 (writer AZ): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 56 (writer AZ)', join(import.meta.dirname), { minEmails: 48, minScoredFields: 200 });
