/**
 * Reads "Label: value" lines (typed, from HTML table rows, or from PDF text and fields) and the
 * section each belongs to ("Existing practice", "Branch details"), because the same label
 * ("ODS code") means different things in different sections of one request.
 */
export interface LabelledValue {
  section: string;
  label: string;
  value: string;
  /** The source line, for evidence. */
  line: string;
}

const SECTION_WORDS =
  /\b(existing|current|new|main|branch|nominee|nominated|approver|authori[sz]ed|signatory|signed|primary user|user details|applicant|requester|requestor|organi[sz]ation details|practice details|contact details|declaration|part [a-d1-4]|section [a-d1-4]|person|user to|details of|created by)\b/i;

/** Splits text into labelled values, tracking the current section heading. */
export function readLabelledValues(text: string): LabelledValue[] {
  const out: LabelledValue[] = [];
  const lines = text.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.replace(/^[\s>*•·▪◦#-]+/, '').replace(/\*\*/g, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    const m = /^([^:|\t]{1,70}?)\s*(?::|\t+|\s\|\s|\s[-–]\s)\s*(.*)$/.exec(line);
    const label = m ? cleanLabel(m[1] ?? '') : '';
    let value = m ? (m[2] ?? '').trim() : '';
    if (m && isPlausibleLabel(label)) {
      if (!value) {
        // "Label:" alone: the value may be on the next line (PDF text), or this is a section heading.
        const next = (lines[i + 1] ?? '').trim();
        if (next && !/^[^:]{1,70}:/.test(next) && !SECTION_WORDS.test(next) && next.length < 120 && !isHeading(label)) {
          value = next;
          i++;
        } else {
          section = label;
          continue;
        }
      }
      out.push({ section, label, value: value.replace(/^["']|["']$/g, '').trim(), line: line.trim() });
      continue;
    }
    if (isHeading(line) && line.length < 80 && !/[.?!]$/.test(line.trim())) section = cleanLabel(line);
  }
  return out;
}

function cleanLabel(s: string): string {
  return s.replace(/[*_#]+/g, '').replace(/\s+/g, ' ').replace(/[:\s]+$/, '').trim();
}

function isPlausibleLabel(label: string): boolean {
  if (!label || label.length > 70) return false;
  if (/@|https?$|^\d+$/.test(label)) return false;
  const words = label.split(/\s+/);
  if (words.length > 9) return false;
  // Sentences ("I would like to ask: …") are not labels.
  if (/^(i|we|please|could|can|would|hi|hello|dear|thanks|thank)\b/i.test(label)) return false;
  return /[a-z]/i.test(label);
}

function isHeading(s: string): boolean {
  return SECTION_WORDS.test(s) && s.trim().split(/\s+/).length <= 8;
}

/** The first value whose label matches, optionally only in sections matching `section`. */
export function findLabelled(values: LabelledValue[], label: RegExp, section?: RegExp, notSection?: RegExp): LabelledValue | null {
  for (const v of values) {
    const where = `${v.section} ${v.label}`;
    if (!label.test(v.label)) continue;
    if (section && !section.test(where)) continue;
    if (notSection && notSection.test(where)) continue;
    return v;
  }
  return null;
}
