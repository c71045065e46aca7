// The shapes the records pages work with, from the server (type-only imports, erased from the
// bundle): the profile from its zod schema, the answers from /api/records. Only the reference
// data tables (presets, adequacy decisions), which the server reads as JSON files, are described here.
import type { Cookie, DataCategory, LocalizedText, Processor, Profile, Purpose, RetentionRule, Safeguard, SectionName } from '../../../app/records/profile.ts';

export type { Cookie, DataCategory, LocalizedText, Processor, Profile, Purpose, RetentionRule, Safeguard, SectionName };

export type Records = Partial<Profile>;
export type Controller = Profile['controller'];
export type Inventory = Profile['inventory'];
export type Recipients = Profile['recipients'];
export type Security = Profile['security'];
export type AutomatedDecisions = Profile['automatedDecisions'];

import type { Country } from '../../../app/records/routes.ts';

export type { Attention, ControllerSuggestion, Country, RecordsResponse, SectionSavedResponse } from '../../../app/records/routes.ts';
export type { Finding } from '../../../app/records/transfers.ts';

export interface Preset {
  id: string;
  name: string;
  service: string;
  kind?: Processor['kind'];
  country: string;
  safeguard: Safeguard;
  dpaUrl?: string;
  categories: string[];
  note?: string;
}

export interface Reference {
  countries: Country[];
  adequacy?: { decisions: Array<{ country: string; name: string; decision: string; scope: string }> };
  presets: { presets: Preset[] };
  options: {
    legalBases: string[];
    recipientKinds: string[];
    retentionTriggers: string[];
    periodUnits: string[];
    cookieCategories: string[];
    securityMeasures: string[];
    dataSources: string[];
    safeguardTypes: string[];
  };
}
