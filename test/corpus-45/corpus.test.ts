import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 45 (writer AO): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 45 (writer AO)', join(import.meta.dirname), { minEmails: 48, minScoredFields: 200 });
