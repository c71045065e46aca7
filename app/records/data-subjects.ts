// The categories of people whose data a purpose concerns (GDPR Art. 30(1)(c)), with the English
// words the record of processing and the admin use for them.
export const dataSubjectKinds = ['customers', 'account_holders', 'newsletter_subscribers', 'website_visitors', 'prospective_customers'] as const;
export type DataSubjectKind = (typeof dataSubjectKinds)[number];

export const dataSubjectNames: Record<DataSubjectKind, string> = {
  customers: 'Customers who place orders',
  account_holders: 'Customers with an account',
  newsletter_subscribers: 'Newsletter subscribers',
  website_visitors: 'Visitors of the online store',
  prospective_customers: 'People who contact the store before buying',
};
