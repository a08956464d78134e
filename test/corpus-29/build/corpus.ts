import { buildMail, type CorpusEmail, type Expected, type Mailbox, type MailSpec } from './lib.js';

/** One corpus email: the message built from its spec and the case a careful PCSE staff member would enter. */
export function email(mailbox: Mailbox, num: string, slug: string, spec: Omit<MailSpec, 'slug'>, exp: Omit<Expected, 'mailbox' | 'ignored' | 'mustRaise' | 'traits'> & Partial<Pick<Expected, 'ignored' | 'mustRaise' | 'traits'>>, pdf?: CorpusEmail['pdf']): CorpusEmail {
  const file = `${mailbox}/${num}-${slug}`;
  const eml = buildMail({ ...spec, slug: file });
  const expected: Expected = {
    mailbox,
    kind: exp.kind,
    ignored: exp.ignored ?? null,
    organisation: exp.organisation,
    fields: exp.fields,
    mustRaise: exp.mustRaise ?? [],
    traits: exp.traits ?? [],
  };
  return { file, eml, expected, pdf };
}

export const unclassified = { kind: 'unclassified', organisation: null, fields: {} } as const;
