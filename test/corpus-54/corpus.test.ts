import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 54 (writer AX): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 54 (writer AX)', join(import.meta.dirname), { minEmails: 48, minScoredFields: 200 });
