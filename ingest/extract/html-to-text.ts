/**
 * Turns an HTML email body into plain text that keeps a form's structure readable: each table row
 * becomes one line, a two-cell row becomes "Label: value", block elements become line breaks.
 * Practices often paste a table ("Practice code | A81001") into an HTML-only email, and the label
 * extractor reads lines, so rows must not be flattened into one run of words.
 */
export function convertHtmlToText(html: string): string {
  let s = html.length > 2_000_000 ? html.slice(0, 2_000_000) : html;
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<(script|style|head|title|xml)\b[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi, (_m, row: string) => `\n${convertRow(row)}\n`);
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/?(p|div|h[1-6]|li|ul|ol|table|tbody|thead|blockquote|section|article|header|footer|pre|hr)\b[^>]*>/gi, '\n');
  s = s.replace(/<li\b[^>]*>/gi, '\n- ');
  s = s.replace(/<[^>]+>/g, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function convertRow(row: string): string {
  const cells: string[] = [];
  const re = /<t[dh]\b[^>]*>([\s\S]*?)(?=<t[dh]\b|$)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(row)) !== null) {
    const text = decodeEntities(
      (m[1] ?? '')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/<\/?(p|div)\b[^>]*>/gi, ' ')
        .replace(/<[^>]+>/g, ''),
    )
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    if (text) cells.push(text);
  }
  if (cells.length === 0) return decodeEntities(row.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
  if (cells.length === 2) {
    const [label, value] = cells as [string, string];
    return /[:?]$/.test(label) ? `${label} ${value}` : `${label}: ${value}`;
  }
  return cells.join(' | ');
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’',
  lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', pound: '£', copy: '©', eacute: 'é', egrave: 'è',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', euml: 'ë', ouml: 'ö', uuml: 'ü', ntilde: 'ñ',
  Eacute: 'É', Aacute: 'Á', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', ccedil: 'ç', bull: '•',
};

/** Decodes the HTML character references an email body actually uses. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return NAMED[ref] ?? m;
  });
}
