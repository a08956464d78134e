import type { CaseKind } from '../../core/domain/case.js';
import { branch } from './fields/branch-setup.js';
import { set, type Ev, type FieldContext } from './fields/context.js';
import { extension } from './fields/main-contact-extension.js';
import { newUser } from './fields/open-exeter-new-user.js';
import { permissions } from './fields/open-exeter-additional-permissions.js';
import { primaryUser } from './fields/open-exeter-primary-user.js';
import { nominee } from './fields/people.js';
import { practiceEmails } from './fields/practice-email-update.js';
import { roles } from './fields/role-removal-request.js';
import { approver, detectService, existingAdminCount } from './fields/user-admin-nomination.js';
import { username } from './fields/username.js';
import { verification } from './fields/verification-link-resend.js';

/** What a kind is asked for in words: a phrase and how strongly it points at the kind. */
export type Cue = readonly [RegExp, number];

/** How ingest reads one kind from an email. */
export interface KindReader {
  /** The phrases that point at the kind (./classify.ts); a kind with none is never chosen by its wording. */
  cues: readonly Cue[];
  /** The kind's own fields, each value's evidence line recorded in `ev` (the organisation is read for every kind). */
  fields(ctx: FieldContext, ev: Ev): Record<string, unknown>;
}

/**
 * Every kind's reader, keyed by kind: a kind added to the registry (core/domain/cases/registry.ts) without an
 * entry here does not compile. The order is the classifier's: of two kinds scoring the same, the earlier wins.
 */
export const KIND_READERS = {
  user_admin_nomination: {
    cues: [
      [/\b(make|nominate|set ?up|set\s+(?:her|him|them|me)\s+up|add|appoint|assign|give|request(ing)?|grant|become|be (made|set up as|added as|given))\b[^.\n]{0,80}\b(user )?admin(istrator)?s?\b/i, 4],
      // "nobody has the PCN admin login to add our staff onto PCSE Online".
      [/\b(?:PCN|practice|organi[sz]ation|GPP|PL|OPTO)\s+admin(?:istrator)?\s+(?:log-?in|access|role|rights|account)\b/i, 2],
      [/\b(?:add|set up|create)\s+(?:our\s+|the\s+|new\s+)?(?:staff|users|colleagues|new starters)\b[^.\n]{0,30}\b(?:onto|on|to)\s+(?:PCSE|the portal)\b/i, 2],
      [/\buser[- ]?admin(istrator)?s?\b/i, 1.5],
      [/\bnominat(e|ed|ion|ing)\b/i, 2],
      [/\bGPP{1,2}\b[^.\n]{0,30}(practice )?user admin/i, 3],
      [/\bPL\b[^.\n]{0,10}organi[sz]ation (user )?admin/i, 3],
      [/performers? list[^.\n]{0,20}admin/i, 2],
      [/\bopto\b[^.\n]{0,30}(user management|user admin)|user management \(organi[sz]ation\)|organi[sz]ation user administration/i, 3],
      [/\bPCN\b[^.\n]{0,20}user admin/i, 3],
      [/certification form/i, 2],
      [/\b(additional|new|another|extra|second|third|fourth|fifth) (user )?admin/i, 2],
      // "Our current GPP admins are … Could you please add Dafydd Jones (dafydd.jones@nhs.net) as well?"
      [/\b(?:current|existing)\s+(?:[\w-]+\s+){0,3}admin(?:istrator)?s\b[^\n]{0,200}?\b(?:add|include)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}/iu, 4],
      // The role described by what it does, by people who do not know its name: "the person who manages users for
      // that", "make me the person who sets up users for the PCN", "a second person to look after who can do what",
      // "manage our team's access to the ophthalmic payments", "Could I be set up to do that".
      [/\b(?:person|one|someone|somebody|people)\s+who\s+(?:manages?|sets?\s+up|adds?|looks?\s+after|controls?|handles?|administers?|gives?)\s+(?:the\s+|our\s+|new\s+)?(?:users|log-?ins|accounts|access|staff)\b/i, 4],
      [/\b(?:look\s+after|manage|control|decide|sort\s+out)\s+(?:who\s+(?:can|gets\s+to)\s+(?:do|see)\s+what|(?:our|the)\s+(?:team['’]s|staff['’]s|users['’]?|practice['’]s)\s+access)\b/i, 4],
      [/\b(?:set\s+(?:me|her|him|them)\s+up|be\s+set\s+up)\s+to\s+(?:do|manage|look\s+after|handle|run)\b/i, 2],
      [/\b(?:performers?\s+list|ophthalmic\s+payments?|GP\s+payments?)\b[^.\n]{0,60}\b(?:bits|side|part)\b|\b(?:bits|side|part)\s+(?:of|for|on)\s+(?:the\s+)?(?:performers?\s+list|ophthalmic\s+payments?|GP\s+payments?)\b/i, 2],
    ],
    fields: (ctx, ev) => {
      const n = nominee(ctx, ev, 'fields.nominee');
      const service = set(ev, 'fields.service', detectService(ctx.body + '\n' + ctx.subject));
      return {
        service,
        nominee: n,
        approver: approver(ctx, ev, n, service),
        existingAdminCount: set(ev, 'fields.existingAdminCount', existingAdminCount(ctx.body)),
      };
    },
  },
  main_contact_change: {
    cues: [
      // A bare mention ("our main contact has tried the portal") is not a request to change it.
      [/\bmain contact\b/i, 1],
      [/\b(change|changing|update|updating|replace|replacing|new|nominate|appoint|set up|set (?:me|him|her|them) up|no longer|leaving|left|retir|make|become|be made|added as|take over|takes over|taking over)\w*\b[^.\n]{0,60}\bmain contact\b|\bmain contact\b[^.\n]{0,60}\b(change|has left|is leaving|no longer|replace|replacing|will be|should be|to be)\b/i, 4],
      [/(does not|doesn't|do not|don't) have a main contact|no main contact/i, 4],
      // The main contact is the organisation's Supplies and Medical Records account: "change the person PCSE has down as
      // the one who signs things off for our supplies orders", "change who is the key holder … for ordering our supplies".
      [/\b(?:change|changing|new|replace|update|switch)\b[^.\n]{0,60}\b(?:person|contact|one|log-?in|account|holder|name)\b[^.\n]{0,60}\b(?:supplies|medical records|records movement)\b/i, 3],
      // The sender already is the main contact ("I'm the main contact for …"): not a change of contact.
      // Not "who I believe was set up as the main contact … left": someone recorded as it, not the sender.
      // Not "add Ayşe Yılmaz as the main contact": the role asked for the person named.
      [/\b(I am|I'm)\s+(the\s+)?(current\s+|existing\s+)?main contact\b|(?:^|[.!?;,]\s*)as\s+(the\s+)?(current\s+|existing\s+)?main contact\b/im, -3],
      [/\b(?:add|put|have|list|register)\b[^.\n]{1,60}?\bas\s+(?:the\s+|our\s+)?(?:new\s+)?main contact\b/i, 4],
    ],
    fields: (ctx, ev) => ({ newMainContact: nominee(ctx, ev, 'fields.newMainContact', /\bmain contact\b|\bMC\b/i) }),
  },
  main_contact_extension: {
    cues: [
      [/\bextend\w*\b[^.\n]{0,80}\bmain contact\b|\bmain contact\b[^.\n]{0,80}\bextend/i, 7],
      // Not "change the main contact to our new pharmacy manager": a new manager, not a new pharmacy.
      [/\bmain contact\b[^.\n]{0,80}\bnew (practice|pharmacy|site|organi[sz]ation)\b(?!\s+(?:manager|owner|lead|team|staff|admin\w*|director|superintendent))/i, 3],
      [/\bexisting practice\b/i, 2],
      [/\bnew (practice|pharmacy)( ods)? code\b|\bdetails of (the|your|our) new (practice|pharmacy)/i, 3],
      // "please add it to my account so that I am main contact there too": extending in prose.
      [/\b(add|extend|link|attach|include)\w*\b[^.\n]{0,60}\b(to|on|onto|under)\s+my\s+(?:PCSE\s+(?:Online\s+)?)?(account|access|log[\s-]?in|main contact)/i, 4],
      // "from 1st December I'll be looking after a second practice as well as my own".
      [/\b(?:looking after|taking on|responsible for|covering|managing)\s+(?:a|an)\s+(?:second|another|additional|extra)\s+(?:practice|pharmacy|surgery|site)\b/i, 3],
      [/\bthe new (?:practice|pharmacy|surgery) is\b/i, 2],
      [/\bmain contact\b[^.\n]{0,30}\b(there|for (it|both|them|that one)) (too|as well)\b|\bmain contact (for|of|at) both\b|\bmain contact (?:for|of|at) (?!(?:the|our|my|this) (?:new )?(?:practice|branch)\b)[^.,;\n]{1,40}? as well\b/i, 4],
      // "Please I want my PCSE account to have this practice also".
      [/\bmy\s+(?:PCSE\s+(?:Online\s+)?)?(?:account|log-?in)\b[^.\n]{0,40}\b(?:practice|pharmacy|surgery|site|store)\b[^.\n]{0,20}\b(?:also|too|as well)\b/i, 4],
      [/\b(opened|bought|buy|buying|acquired|purchased|purchase of|taken (on|over)|took over|taking over(?: the running of)?|merged with)\b[^.\n]{0,60}\b(practice|pharmacy|surgery|site|opticians?|dental|branch|shop|store)\b/i, 2],
      // "would like our main contact (me) to be added to it": the main contact added to the place just named.
      [/\bmain contact\b[^.\n]{0,20}\b(?:added|extended|linked)\s+to\s+(?:it|this|that|the new (?:one|shop|store|practice|pharmacy|site))\b/i, 3],
    ],
    fields: extension,
  },
  verification_link_resend: {
    cues: [
      [/\bverification (link|e-?mail)\b/i, 6],
      // "I never got the activation email that was supposed to come": the link to create the account.
      [/\b(?:never|not|haven't|have not|didn't|did not)\s+(?:yet\s+|ever\s+)?(?:received|receive|got|get|had|came|arrived)\b[^.\n]{0,40}\b(?:activation|verification|registration|set-?up|welcome)\s+(?:e-?mail|link)\b|\b(?:activation|verification|registration|set-?up|welcome)\s+(?:e-?mail|link)\b[^.\n]{0,40}\b(?:never|not|didn't|did not)\s+(?:came|come|arrived?|received)\b/i, 6],
      [/\b(never|not|haven't|have not|hasn't|has not|didn't|did not) (yet )?(received|receive|got|get|had)\b[^.\n]{0,40}\blink\b/i, 4],
      // "I never got the email to set up my master account": the account's set-up email, in a newcomer's words.
      [/\b(?:never|not|haven't|have not|didn't|did not)\s+(?:yet\s+)?(?:received|receive|got|get|had)\b[^.\n]{0,30}\be-?mail\s+to\s+(?:set\s*up|create|activate|register)\b[^.\n]{0,30}\baccount\b/i, 6],
      // "Could you please resend it to her?" after the link named before.
      [/\b(?:re-?send|send\s+(?:it|the\s+link)\s+(?:again|once more))\b/i, 1],
      [/\b(new|another|fresh|re-?send|resend)\b[^.\n]{0,20}\blink\b/i, 3],
      [/\blink\b[^.\n]{0,40}\b(expired|not work|doesn't work|does not work)/i, 3],
      [/\bGMC\b/i, 1],
    ],
    fields: verification,
  },
  account_unlock: {
    cues: [
      [/\bunlock\w*\b/i, 5],
      [/\blocked( me)?( out)?\b/i, 4],
      // "my account of the PCSE portal is blocked … Kindly unblock my account": the same, in other words.
      [/\bun-?block\w*\b[^.\n]{0,20}\b(?:account|log-?in)\b|\b(?:account|log-?in)\b[^.\n]{0,40}\bis\s+(?:now\s+)?blocked\b/i, 5],
      [/\bwrong password\b/i, 2],
      [/\b(five|5|too many)\b[^.\n]{0,30}\b(wrong|incorrect|failed|invalid|attempts)\b/i, 3],
    ],
    fields: (ctx, ev) => ({ username: set(ev, 'fields.username', username(ctx)) }),
  },
  account_reactivation: {
    cues: [
      [/\bre-?activat\w*\b/i, 5],
      [/\bdeactivated\b/i, 4],
      [/\b(account|login)\b[^.\n]{0,30}\b(disabled|inactive|suspended)\b/i, 3],
    ],
    fields: (ctx, ev) => ({ username: set(ev, 'fields.username', username(ctx)) }),
  },
  role_removal_request: {
    cues: [
      // The roles may be named in full between the verb and "roles": "remove the Practice Estimate and Salary Change and Joiner & Leaver roles".
      [/\bremov\w*\b[^.\n]{0,100}\broles?\b|\broles?\b[^.\n]{0,60}\bremov\w*/i, 5],
      [/\btake\b[^.\n]{0,40}\boff\b[^.\n]{0,30}(roles?|access|account|pcse)/i, 3],
      [/\b(revoke|withdraw)\w*\b[^.\n]{0,40}(roles?|access)/i, 4],
      [/\bremov\w*\b[^.\n]{0,40}\b(access|permissions?)\b/i, 2],
      // "Could you change Lorraine Ashby's access from Practice Order Entry Clerk to …": a role taken off for another.
      [/\bchange\b[^.\n]{0,60}\b(?:access|roles?)\s+from\s+[^.\n]{3,80}?\s+to\s+/i, 5],
      // "Karen Doyle (user ID DOYLEK) left Beechwood Surgery on Friday. Please could you remove her access to: …": a
      // leaver's access, whatever functions are listed after it.
      [/\b(?:left|leaver|has left|no longer works)\b[^\n]{0,200}\bremov\w*\s+(?:her|his|their|the)\s+access\b/i, 5],
      [/\btake\b[^.\n]{0,90}\broles?\b[^.\n]{0,20}\boff\b/i, 6],
      // "Please could you delete his admin rights", "remove Jane Oduya from our pharmacy's PCSE account".
      [/\bdelet\w*\b[^.\n]{0,60}\b(?:rights|access|roles?|log-?in|permissions?)\b/i, 5],
      [/\bremov\w*\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}from\s+(?:our|the|my)\b[^.\n]{0,40}\b(?:account|system|portal|PCSE)\b/u, 4],
      [/\b(former|left|no longer (works?|with us|at))\b[^\n]{0,120}\b(still has|still have)\b[^.\n]{0,60}\broles?\b|\bstill (has|have)\b[^.\n]{0,60}\broles?\b/i, 2],
      // "our old receptionist still have access to order on PCSE, please take it off her".
      [/\b(?:old|former|ex-?)\s*(?:receptionist|staff|member of staff|employee|colleague|manager|admin\w*)\b[^.\n]{0,60}\bstill\s+(?:has|have)\s+(?:access|a login|an account)\b/i, 3],
      [/\btake\s+(?:it|them|this|that|the access)\s+off\s+(?:her|him|them)\b|\broles?\s*(?:\(s\))?\s+concerned\s*:/i, 2],
    ],
    fields: (ctx, ev) => ({ username: set(ev, 'fields.username', username(ctx)), roles: roles(ctx, ev) }),
  },
  practice_email_update: {
    cues: [
      [/update practice e-?mail address/i, 6],
      [/\bpractice('s)? (generic |shared |nhs\.?net )?e-?mail( address)?\b/i, 3],
      [/\b(change|update|amend)\w*\b[^.\n]{0,60}\be-?mail address\b/i, 2],
      [/\b(current|old|existing) (practice )?e-?mail\b/i, 2],
      [/\bnew (practice )?e-?mail( address)?\b/i, 1.5],
      [/\b(change|update|amend|switch)\w*\b[^.\n]{0,30}\b(our|the practice'?s?|practice|pharmacy'?s?|surgery'?s?|generic|shared|nhsmail)\s+e-?mail\b/i, 4],
      [/\bfrom\s+<?[^\s@<>]+@[^\s<>]+?>?\s+to\b[^.\n]{0,40}@/i, 2],
      // Addresses are masked as "mail@box": "change mail@box to mail@box", "mail@box is no longer used, please use mail@box".
      [/\b(change|update|switch|replace|amend)\w*\s+<?mail@box>?\s+(to|with|for)\s+<?mail@box/i, 5],
      [/mail@box>?[^.\n]{0,20}\b(is no longer|isn'?t|is not|no longer)\b[^\n]{0,60}\b(use|using|switch to|change to)\s+<?mail@box/i, 5],
      // One-sentence requests: "change the email for X from a to b", "a new shared mailbox … please use it instead of b".
      [/\b(change|update|amend)\w*\s+(the|our|its)?\s*e-?mail\s+(address\s+)?(for|of|on|held)\b/i, 3],
      // "moved to a new NHSmail shared mailbox": the qualifiers stack.
      [/\bnew\s+(?:(?:shared|generic|practice|team|nhs\.?net|nhs\s*mail)\s+){0,2}(mailbox|inbox|e-?mail account)\b/i, 4],
      [/mail@box>?[^.\n]{0,80}\b(instead of|rather than|in place of|replacing)\s+(the\s+old\s+(one\s+)?|our\s+old\s+(one\s+)?)?\(?<?mail@box/i, 4],
      [/\b(old|previous|former)\s+(one|address|mailbox|inbox)\b[^.\n]{0,60}\b(closed?|closing|deleted|no longer|shut|decommission\w*)/i, 3],
    ],
    fields: practiceEmails,
  },
  branch_setup: {
    cues: [
      [/\bbranch\b/i, 2],
      [/\bbranch (practice|surgery|site|ods|code)\b/i, 3],
      [/\bset(ting)? ?up\b[^.\n]{0,40}\bbranch\b/i, 3],
      // "Our new branch … has its ODS code now (M81622001) and we would like to set it up on PCSE Online".
      [/\bbranch\b[^.\n]{0,120}\bset\s+(?:it|this|them)\s+up\b/i, 3],
    ],
    fields: branch,
  },
  open_exeter_primary_user_request: {
    cues: [
      [/\bprimary (user|contact)\b/i, 4],
      // The sender's own standing ("As primary user for …, I have created …") is not a request for one.
      // Only "As …" opening a sentence: "set up Tariq Hussain as a Primary User" asks for one.
      [/(?:\b(?:I am|I'm)|(?:^|[.!?]\s+)As)\s+(the\s+|a\s+|an\s+)?(existing\s+|current\s+)?(open exeter\s+)?primary (user|contact)\b/im, -4],
      [/\borgani[sz]ation maintenance\b/i, 3],
      // "Please could you add our new administrator … as a second primary user?": the ask, whoever the writer is.
      [/\b(?:add|set up|make|nominate|appoint|register|create)\b[^.\n]{0,80}\bas\s+(?:a|an|our|the)?\s*(?:second|another|new|additional|backup|deputy)?\s*primary user\b/i, 5],
      // What a Primary User does, or Open Exeter's primary user by another name ("our OE lead user retired").
      [/\b(?:nobody|no one|no-one)\b[^.\n]{0,40}\b(?:add|create|set up|manage)\w*\s+(?:new\s+)?users\b[^.\n]{0,30}\b(?:reset|unlock)\w*\s+passwords?\b/i, 3],
      [/\b(?:OE|open exeter)\s+(?:lead|main|master|admin|super)\s*user\b/i, 3],
      // "add Organisation Maintenance … so she can be our second primary user": why a permission is asked for.
      [/\bso\s+(?:that\s+)?(?:she|he|they|I)\s+(?:can|could)\s+(?:be|become|act\s+as|cover[^.\n]{0,20}?\bas)\s+(?:our|a|an|the)?\s*(?:second|another|backup|deputy|extra)?\s*primary user\b/i, -2],
      // "already has a normal Open Exeter login but needs to be able to manage the other nurses".
      [/\b(?:open exeter|OE)\b[^.\n]{0,80}\b(?:manage|look after|set up|add)\s+(?:the\s+)?other\s+(?:users|nurses|staff|colleagues|sample takers)\b/i, 3],
      // Who must act on a notice ("authorisation by the organisation's primary user") is not a request for one.
      [/\b(by|from|to)\s+(the|your|an?)\s+([\p{L}']+\s+)?primary user\b/iu, -4],
      [/\bauthori[sz]ed signatory\b/i, 1],
      // "A Primary User has created the following user account": a primary user acting, not one asked for.
      [/\b(?:a|the|your|an?\s+existing)\s+primary user\s+(?:has|have)\s+(?:created|added|set up|registered)\b/i, -4],
    ],
    fields: primaryUser,
  },
  open_exeter_additional_permissions: {
    cues: [
      [/\b(additional|extra|more|further|new)\b[^.\n]{0,20}\b(permissions?|access rights|access levels?)\b/i, 5],
      [/\bpermissions?\b/i, 2],
      // "give Tayo … the following permissions:" then a list of them.
      [/\b(following|these|below)\s+(open exeter\s+)?(permissions?|access)\b/i, 3],
      [/\bexisting (open exeter )?user\b/i, 2],
      [/\b(add|grant|give|enable)\w*\b[^.\n]{0,40}\b(access|permission)\b[^.\n]{0,40}\b(to|for)\b/i, 1],
      // Open Exeter's permission names, asked for in any case ("can i have the prior notification list added").
      [/\b(prior notifications?(?: lists?)?|call\/?recall|sample taker|cytology results?|results? enquiry|results? enquiries|PNL|failsafe reports?|non-?responders?\s+(?:reports?|lists?))\b/i, 3],
      // "give Mandeep Gill (user name MGILL02) access to …": a login named beside the person.
      [/\((?:open exeter\s+)?(?:user\s*name|username|login|user id)\s*:?\s*[A-Z][A-Z0-9]{3,}[),;]/i, 2],
      [/\b(add|added|grant|give|enable|have)\b[^.\n]{0,60}\b(to|on)\s+(my|his|her|their|the)\s+(open exeter|account|log-?in)\b/i, 2],
      // "add the Cytology Results application to Mrs Linda Shore's Open Exeter account".
      [/\b(add|grant|give|enable)\b[^.\n]{0,60}\b(to|on)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}['’]s\s+(open exeter\s+)?(account|log-?in)\b/iu, 2],
      // "add Organisation Maintenance to Chloe's Open Exeter account": a permission added to a login that exists, even
      // when it makes her a second primary user; a new primary user comes with a signed form instead.
      [/\b(?:add|grant|give|enable)\w*\s+(?:the\s+)?organi[sz]ation maintenance\b[^.\n]{0,20}\b(?:to|on|for)\b[^.\n]{0,50}\b(?:account|log-?in)\b/i, 3],
      // "Her username is CBARRINGTON2": the person has an Open Exeter login already.
      [/\b(?:his|her|their|my|the user['’]s)\s+(?:open exeter\s+|OE\s+)?(?:username|user name|user id|login id)\s+(?:is|=|:)/i, 2],
    ],
    fields: permissions,
  },
  open_exeter_new_user_authorisation: {
    cues: [
      [/\bnew user\b[^.\n]{0,40}\b(has been |was )?(created|added|set up|registered)\b/i, 5],
      [/\bauthori[sz]\w*\b[^.\n]{0,40}\bnew user\b/i, 4],
      [/\bcreated by\b/i, 1.5],
      [/\b(created|set up|added|registered)\b[^.\n]{0,30}\bnew\b[^.\n]{0,25}\buser\b/i, 5],
      [/\bauthori[sz]e (her|him|them|the (new )?user)\b/i, 2],
      [/\bnew user (notification|request|account)\b/i, 3],
      // A system notice: "The following user has been created and requires authorisation".
      [/\buser\b[^.\n]{0,30}\b(has|have) been (created|added|set up|registered)\b/i, 4],
      [/\b(awaiting|requires?|needs?|pending|requiring)\s+(your\s+)?authori[sz]ation\b/i, 3],
      // The system's own heading: "USER AUTHORISATION REQUEST", "OE USER AUTHORISATION REQUIRED".
      [/\buser authori[sz]ation (request|required|needed|pending)\b/i, 5],
      // "has created the following user account. The account is inactive until authorised by PCSE."
      [/\b(?:has|have)\s+created\s+(?:the\s+following|a|an)\s+(?:new\s+)?user\b/i, 4],
      [/\b(?:inactive|pending|disabled|locked)\s+until\s+(?:it\s+is\s+)?authori[sz]ed\b/i, 3],
    ],
    fields: newUser,
  },
  unclassified: {
    cues: [],
    fields: () => ({}),
  },
} satisfies Record<CaseKind, KindReader>;
