import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 33 (writer AC): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 33 (writer AC)', join(import.meta.dirname), { minEmails: 45, minScoredFields: 180 });
