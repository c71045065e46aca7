// The policy read against Art. 13 and 14 GDPR, one line per paragraph: whether the records give
// what that paragraph requires, and if not, which records page fixes it. Publishing is not blocked
// by a missing line; the merchant is told. Works on incomplete records too (a missing section is
// a missing line), so the Policy page can show it before the policy can be rendered.
import { countryName, isInsideEea } from '../records/countries.ts';
import type { Profile, SectionName } from '../records/profile.ts';
import { transferBasis } from '../records/transfers.ts';
import { localize } from './values.ts';

export type ArticleStatus = 'met' | 'missing' | 'not_applicable';

export type ArticleCheck = {
  /** "13(1)(a)": the paragraph of the GDPR, without "Art.". */
  article: string;
  /** What the paragraph asks the policy to say, in the merchant's words. */
  requirement: string;
  status: ArticleStatus;
  /** Why the line is met, missing or not applicable. */
  detail: string;
  /** The records section to change when the line is missing (or to look at when it is met). */
  fix?: SectionName;
};

type Records = Partial<Profile>;

const name = (value: Parameters<typeof localize>[0]) => localize(value, 'en');
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/** One line per paragraph of Art. 13 and 14 (and Art. 21(4)), in the order of the Regulation. */
export function policyCompleteness(records: Records): ArticleCheck[] {
  return [
    controllerIdentity(records),
    dataProtectionOfficer(records),
    purposesAndBases(records),
    legitimateInterests(records),
    recipients(records),
    transfers(records),
    retention(records),
    rights(records),
    withdrawConsent(records),
    complaint(records),
    provision(records),
    automatedDecisions(records),
    receivedCategories(records),
    receivedSource(records),
    objection(records),
  ];
}

/** The lines still missing: what the Policy page and Home say before and after publishing. */
export function missingArticles(records: Records): ArticleCheck[] {
  return policyCompleteness(records).filter((check) => check.status === 'missing');
}

const line = (article: string, requirement: string, fix: SectionName | undefined, status: ArticleStatus, detail: string): ArticleCheck => ({
  article,
  requirement,
  status,
  detail,
  ...(fix && { fix }),
});

const notRecorded = (what: string) => `Not recorded yet: fill in ${what}.`;

function controllerIdentity({ controller }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(1)(a)', 'Who the controller is and how to reach them, and their representative in the EU if they are outside it', 'controller', status, detail);
  if (!controller) return check('missing', notRecorded('your business details'));
  // Art. 27 GDPR: a controller not established in the Union names a representative there. The EEA
  // states apply the GDPR too, so a business there needs none.
  if (!isInsideEea(controller.address.country) && !controller.euRepresentative) {
    return check(
      'missing',
      `Your business is in ${countryName(controller.address.country)}, outside the EU: name your representative in the EU (Art. 27), who is then shown in the policy.`,
    );
  }
  const representative = controller.euRepresentative ? `, with ${controller.euRepresentative.name} as representative in the EU` : '';
  return check('met', `${controller.legalName}, ${controller.contactEmail}${representative}.`);
}

function dataProtectionOfficer({ controller }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(1)(b)', 'The contact details of the data protection officer, where one is appointed', 'controller', status, detail);
  if (!controller) return check('missing', notRecorded('your business details'));
  if (controller.dpo) return check('met', `${controller.dpo.name}, ${controller.dpo.email}.`);
  return check(
    'not_applicable',
    'No data protection officer is recorded. Most shops need none (Art. 37: only for large-scale monitoring or sensitive data as a core activity); if you appointed one, add their contact.',
  );
}

function purposesAndBases({ purposes }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(1)(c)', 'The purposes of the processing and the legal basis of each', 'purposes', status, detail);
  if (!purposes?.length) return check('missing', notRecorded('why you use personal data'));
  return check('met', `${purposes.length} purpose${purposes.length === 1 ? '' : 's'}, each with its legal basis.`);
}

function legitimateInterests({ purposes }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(1)(d)', 'The legitimate interests pursued, where a purpose relies on them', 'purposes', status, detail);
  if (!purposes) return check('missing', notRecorded('why you use personal data'));
  const relying = purposes.filter((purpose) => purpose.legalBasis === 'legitimate_interest');
  if (relying.length === 0) return check('not_applicable', 'No purpose relies on legitimate interest.');
  const unnamed = relying.filter((purpose) => !purpose.legitimateInterest);
  if (unnamed.length > 0) return check('missing', `Name the interest you rely on for ${quoted(unnamed.map((p) => name(p.name)))}.`);
  return check('met', `The interest is named for ${quoted(relying.map((p) => name(p.name)))}.`);
}

function recipients({ recipients, processors }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) => line('13(1)(e)', 'The recipients or categories of recipients', 'processors', status, detail);
  if (!recipients || !processors) return check('missing', notRecorded('who you share personal data with'));
  // A processor appears in the policy as an example of its kind of recipient; one without a kind is never named.
  const unnamed = processors.filter((processor) => !processor.kind || !recipients.kinds.includes(processor.kind));
  if (unnamed.length > 0)
    return check(
      'missing',
      `${quoted(unnamed.map((p) => p.name))} ${unnamed.length === 1 ? 'is' : 'are'} not in the policy: choose which kind of recipient each is.`,
    );
  if (recipients.kinds.length === 0) return check('met', 'You share personal data with no one; the policy says so.');
  return check(
    'met',
    `${recipients.kinds.length} kind${recipients.kinds.length === 1 ? '' : 's'} of recipients, with ${processors.length} processor${processors.length === 1 ? '' : 's'} named.`,
  );
}

function transfers({ processors }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(1)(f)', 'Transfers outside the EEA, their safeguard and how to get a copy', 'processors', status, detail);
  if (!processors) return check('missing', notRecorded('your processors'));
  const abroad = processors.filter((processor) => transferBasis(processor) !== 'eea');
  if (abroad.length === 0) return check('not_applicable', 'No processor handles data outside the EEA; the policy says so.');
  const unprotected = abroad.filter((processor) => transferBasis(processor) === 'none');
  if (unprotected.length > 0) return check('missing', `Record the safeguard for ${quoted(unprotected.map((p) => p.name))}: the policy cannot name one.`);
  return check('met', `${abroad.length} transfer${abroad.length === 1 ? '' : 's'} outside the EEA, each with its safeguard.`);
}

function retention({ inventory, retention }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) => line('13(2)(a)', 'How long the data is kept, or the criteria for it', 'retention', status, detail);
  if (!inventory || !retention) return check('missing', notRecorded('how long you keep each kind of data'));
  const covered = new Set(retention.map((rule) => rule.category));
  const uncovered = inventory.categories.filter((category) => !covered.has(category.key));
  if (uncovered.length > 0) return check('missing', `Say how long you keep ${quoted(uncovered.map((c) => name(c.name)))}.`);
  return check('met', 'Every kind of data has a retention period.');
}

function rights({ controller }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(2)(b)', 'The rights of access, rectification, erasure, restriction, objection and portability', 'controller', status, detail);
  if (!controller) return check('missing', notRecorded('the email address for privacy questions'));
  return check('met', `Every right is listed, with ${controller.contactEmail} to exercise them.`);
}

function withdrawConsent({ purposes, cookies }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(2)(c)', 'The right to withdraw consent at any time, where processing relies on consent', 'purposes', status, detail);
  if (!purposes || !cookies) return check('missing', notRecorded('your purposes and cookies'));
  const relies = purposes.some((purpose) => purpose.legalBasis === 'consent') || cookies.some((cookie) => cookie.category !== 'necessary');
  return relies
    ? check('met', 'The policy states the right to withdraw consent and where to change cookie choices.')
    : check('not_applicable', 'Nothing relies on consent.');
}

function complaint({ controller }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(2)(d)', 'The right to lodge a complaint with a supervisory authority', 'controller', status, detail);
  if (!controller) return check('missing', notRecorded('your data protection authority'));
  return check('met', `The authority named: ${name(controller.supervisoryAuthority.name)}.`);
}

function provision({ inventory }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line(
      '13(2)(e)',
      'Whether giving the data is required by law or contract or to enter into a contract, and what happens if it is not given',
      'inventory',
      status,
      detail,
    );
  if (!inventory) return check('missing', notRecorded('the data you collect'));
  // Data the customer gives is what they can withhold; data collected automatically or received from others is not asked of them.
  const given = inventory.categories.filter((category) => category.source === 'customer');
  if (given.length === 0) return check('not_applicable', 'No data is given by the customer.');
  const unsaid = given.filter((category) => !category.provision);
  if (unsaid.length > 0)
    return check('missing', `For ${quoted(unsaid.map((c) => name(c.name)))}, say whether the customer must give it and what happens if they do not.`);
  return check('met', `Said for each of the ${given.length} kinds of data the customer gives.`);
}

function automatedDecisions({ automatedDecisions }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('13(2)(f)', 'Automated decision-making and profiling, its logic and its consequences', 'automatedDecisions', status, detail);
  if (!automatedDecisions) return check('missing', notRecorded('whether you make automated decisions'));
  if (automatedDecisions.used && !automatedDecisions.description)
    return check('missing', 'Describe the automated decisions you make, their logic and their consequences.');
  return check(
    'met',
    automatedDecisions.used ? 'The automated decisions are described, with the right to human intervention.' : 'The policy says no such decisions are made.',
  );
}

function receivedCategories({ inventory }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('14(1)(d)', 'For data received from others: the categories of data concerned', 'inventory', status, detail);
  if (!inventory) return check('missing', notRecorded('the data you collect'));
  const received = inventory.categories.filter((category) => category.source === 'third_party');
  if (received.length === 0) return check('not_applicable', 'No data is recorded as received from a third party.');
  return check('met', `${quoted(received.map((c) => name(c.name)))} named as received from others.`);
}

function receivedSource({ inventory }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) => line('14(2)(f)', 'For data received from others: where it comes from', 'inventory', status, detail);
  if (!inventory) return check('missing', notRecorded('the data you collect'));
  const received = inventory.categories.filter((category) => category.source === 'third_party');
  if (received.length === 0) return check('not_applicable', 'No data is recorded as received from a third party.');
  return check('met', `The description of each says where it comes from: ${received.map((c) => `"${name(c.name)}" – ${name(c.description)}`).join('; ')}`);
}

function objection({ controller }: Records): ArticleCheck {
  const check = (status: ArticleStatus, detail: string) =>
    line('21(4)', 'The right to object, presented clearly and apart from the other rights', 'controller', status, detail);
  if (!controller) return check('missing', notRecorded('the email address for privacy questions'));
  return check('met', 'Under its own heading in section 7, with the purposes based on legitimate interest.');
}
