/**
 * Parses CSV text as RFC 4180 describes it (quoted fields, "" inside quotes, CRLF or LF line ends),
 * keeping the 1-based line number each record starts on, so bad rows can be reported by line.
 */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  const body = text.replace(/^\uFEFF/, '');
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let touched = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      touched = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      touched = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      if (touched || field !== '') records.push({ line: recordLine, fields: [...fields, field] });
      fields = [];
      field = '';
      touched = false;
      line++;
      recordLine = line;
    } else {
      field += ch;
      touched = true;
    }
  }
  if (touched || field !== '') records.push({ line: recordLine, fields: [...fields, field] });
  return records;
}
