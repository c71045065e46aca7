// The English privacy policy, sentence by sentence; wording follows /work/shared/seed/privacy-policy.txt.
import { lowercaseInitial } from './case.ts';
import type { PolicyTexts } from './types.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const units = { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'] } as const;

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

export const en: PolicyTexts = {
  locale: 'en',
  title: 'Privacy Policy',
  date: (year, month, day) => `${months[month - 1]} ${day}, ${year}`,
  lastUpdated: (date) => `Last updated: ${date}`,
  list,
  midSentence: lowercaseInitial,
  intro:
    'This Privacy Policy explains how we collect, use, and process your personal data when you use our online store. We are committed to protecting your rights under the General Data Protection Regulation (GDPR) and ensuring your data is handled securely and lawfully.',
  sectionTitles: [
    'Data Controller',
    'Data We Collect',
    'Purpose and Legal Basis for Processing',
    'Cookies and Analytics',
    'Data Sharing',
    'Data Retention',
    'Your Rights Under GDPR',
    'Data Security',
    'Automated Decision-Making',
    'Changes to This Policy',
  ],
  controller: {
    identity: (legalName, address) => `The data controller is ${legalName}, ${address}, the operator of this online store.`,
    contact: (email) => `For any questions or requests related to your personal data, you can contact us via email: ${email}`,
    dpo: (name, email) => `Our data protection officer is ${name}, whom you can reach at ${email}.`,
    euRepresentative: (name, address, email) => `Our representative in the European Union (Article 27 of the GDPR) is ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'We may collect the following categories of personal data:',
    noSpecialCategories: 'We do not collect any sensitive personal data (special categories of data under Article 9 of the GDPR).',
    specialCategories: (details) => `We process special categories of personal data (Article 9 of the GDPR): ${details}`,
    fromThirdParties: (items) => `We receive some of this data from third parties rather than from you (Art. 14(2)(f) GDPR): ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro: 'For each kind of data, whether you have to give it to us and what happens if you do not (Art. 13(2)(e) GDPR):',
    requirements: {
      statutory: 'required by law',
      contractual: 'required by our contract with you',
      contract_entry: 'needed to enter into a contract with us',
      voluntary: 'voluntary',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'We process your personal data only for specific and legitimate purposes, based on the legal grounds provided by the GDPR:',
    bases: {
      contract: 'based on the necessity for contract performance (Art. 6(1)(b) GDPR)',
      legal_obligation: 'based on legal compliance (Art. 6(1)(c) GDPR)',
      legitimate_interest: (interest) => `based on our legitimate interest in ${interest} (Art. 6(1)(f) GDPR)`,
      consent: 'only with your prior consent (Art. 6(1)(a) GDPR)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'We use cookies and similar technologies to run our store and to improve the website’s performance.',
    necessary: 'Cookies that are strictly necessary for the store to work, for example for the cart and checkout, are set without consent.',
    consentGated: (category, providers) =>
      ({
        analytics: `Analytics tools (${providers}) are only activated after you provide consent through the cookie banner or settings.`,
        marketing: `Marketing tools (${providers}) are only activated after you provide consent through the cookie banner or settings.`,
        preferences: `Preference cookies (${providers}) are only set after you provide consent through the cookie banner or settings.`,
      })[category],
    noTracking: 'We do not use analytics or marketing cookies.',
    listIntro: 'These are the cookies we use:',
    categoryNames: { necessary: 'necessary', preferences: 'preferences', analytics: 'analytics', marketing: 'marketing' },
    item: ({ name, provider, category, purpose, expiry }) => `${name} (${provider}, ${category}): ${purpose}; lifetime: ${expiry}`,
    changeChoice: 'You can change or withdraw your choice at any time in the cookie settings.',
  },
  sharing: {
    notSold: 'We do not sell your personal data.',
    sold: 'We may sell personal data to third parties; you can object to this at any time (Art. 21 GDPR).',
    intro: 'We may share your personal data only with third parties where necessary to operate our store:',
    kinds: {
      payment_processors: 'Payment processors',
      delivery_companies: 'Delivery and shipping companies',
      it_service_providers: 'Hosting, cloud and IT service providers',
      marketing_providers: 'Marketing and analytics providers',
      professional_advisors: 'Legal and accounting advisors (if applicable)',
      authorities: 'Competent public authorities – only as required by law',
    },
    withExamples: (kind, names) => `${kind} (e.g. ${names})`,
    transfersIntro: (safeguards) =>
      `If data is transferred outside the EEA, we ensure an adequate level of protection on the basis of an adequacy decision (Art. 45 GDPR) or appropriate safeguards (Art. 46 GDPR), in our case ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'an adequacy decision of the European Commission (Art. 45 GDPR)',
      scc: 'Standard Contractual Clauses (SCC) adopted by the European Commission (Art. 46(2)(c) GDPR)',
      dpf: 'the EU-U.S. Data Privacy Framework (Art. 45 GDPR)',
      bcr: 'binding corporate rules (Art. 47 GDPR)',
    },
    safeguardsShort: {
      adequacy: 'adequacy decision',
      scc: 'Standard Contractual Clauses (SCC)',
      dpf: 'EU-U.S. Data Privacy Framework',
      bcr: 'binding corporate rules',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country}: ${safeguard}`,
    copyOfSafeguards: 'You can ask us for a copy of these safeguards via the email provided above.',
    noTransfers: 'We do not transfer your personal data outside the European Economic Area (EEA).',
  },
  retention: {
    intro: 'We retain personal data only as long as necessary for the purposes described above or to comply with legal obligations:',
    duration: ({ amount, unit }) => `${amount} ${units[unit][amount === 1 ? 0 : 1]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'at least ' : ''}${duration} from the date of the order`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'at least ' : ''}${duration} after your last activity with us`,
    untilConsentWithdrawn: 'until consent is withdrawn',
    untilConsentWithdrawnOrInactivity: (duration) => `until consent is withdrawn or ${duration} of inactivity`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Cookies – according to their specific expiration periods (see section 4)',
    afterwards: 'After these periods, we delete or anonymise the data.',
  },
  rights: {
    intro: 'You have the following rights under the GDPR:',
    items: [
      'Right to access your data (Art. 15 GDPR)',
      'Right to rectify inaccurate data (Art. 16 GDPR)',
      'Right to erasure (“right to be forgotten”) (Art. 17 GDPR)',
      'Right to restrict processing (Art. 18 GDPR)',
      'Right to data portability (Art. 20 GDPR)',
      'Right to object to processing (Art. 21 GDPR)',
      'Right to withdraw consent at any time (Art. 7(3) GDPR)',
      'Right to lodge a complaint with a supervisory authority (Art. 77 GDPR)',
    ],
    exercise: (email) => `To exercise these rights, please contact us via the email provided above (${email}). We answer within one month (Art. 12(3) GDPR).`,
    authority: (name, website) =>
      `The supervisory authority responsible for us is ${name}${website ? `, ${website}` : ''}. You may also complain to the authority of the EU country where you live or work.`,
    objection: {
      title: 'Your right to object (Art. 21 GDPR)',
      legitimateInterests:
        'You have the right to object at any time, on grounds relating to your particular situation, to the processing of your data that is based on our legitimate interests (Art. 6(1)(f) GDPR). This concerns the following purposes:',
      afterObjection:
        'We will then no longer process your data for these purposes, unless we demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing is for the establishment, exercise or defence of legal claims (Art. 21(1) GDPR).',
      directMarketing:
        'You have the right to object at any time to the processing of your data for direct marketing, including profiling to the extent that it is related to such direct marketing. Your data will then no longer be processed for these purposes (Art. 21(2) and (3) GDPR).',
      how: (email) => `No form is needed to object: an email to ${email} is enough.`,
    },
  },
  security: {
    sentence: (measures) =>
      `We implement appropriate technical and organizational measures to ensure the security of your personal data, including ${measures}.`,
    measures: {
      encryption: 'encryption',
      tls: 'encrypted connections (TLS)',
      encrypted_backups: 'encrypted backups',
      access_control: 'access control',
      authentication: 'authentication',
      multi_factor_authentication: 'multi-factor authentication',
      system_monitoring: 'system monitoring',
      pseudonymisation: 'pseudonymisation',
      staff_training: 'staff training',
      regular_testing: 'regular testing of these measures',
      data_minimisation: 'data minimisation',
    },
  },
  automated: {
    none: 'We do not use automated decision-making or profiling that produces legal or similarly significant effects on users.',
    used: (description) =>
      `We use automated decision-making that can produce legal or similarly significant effects: ${description} You have the right to obtain human intervention, to express your point of view and to contest the decision (Art. 22(3) GDPR).`,
  },
  changes:
    'We may update this Privacy Policy to reflect changes in data practices or legal requirements. Updates will be published on this page with the revised date.',
  footer: {
    title: 'Data Controller',
    ownedBy: 'This website is owned and operated by:',
    registry: (value) => `Registry No: ${value}`,
    vat: (value) => `VAT No: ${value}`,
    address: (value) => `Address: ${value}`,
    email: (value) => `Email: ${value}`,
    statement: (legalName) =>
      `For the purposes of the General Data Protection Regulation (GDPR), ${legalName} is the data controller responsible for the processing of your personal data.`,
  },
};
