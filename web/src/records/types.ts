// The shapes the records pages work with: the profile types come straight from the server's zod
// schema (type-only imports, erased from the bundle), the rest mirror the /api/records answers.
import type { Cookie, DataCategory, LocalizedText, Processor, Profile, Purpose, RetentionRule, Safeguard, SectionName } from '../../../app/records/profile.ts';

export type { Cookie, DataCategory, LocalizedText, Processor, Profile, Purpose, RetentionRule, Safeguard, SectionName };

export type Records = Partial<Profile>;
export type Controller = Profile['controller'];
export type Inventory = Profile['inventory'];
export type Recipients = Profile['recipients'];
export type Security = Profile['security'];
export type AutomatedDecisions = Profile['automatedDecisions'];

export interface Finding {
  severity: 'blocking' | 'warning';
  code: string;
  message: string;
  processorId?: string;
}

export interface Attention {
  missingSections: string[];
  problems: Record<string, string>;
  findings: Finding[];
}

export interface ControllerSuggestion {
  legalName?: string;
  contactEmail?: string;
  address?: { line1?: string; line2?: string; city?: string; postalCode?: string; country?: string };
}

export interface RecordsResponse {
  records: Records;
  suggestions: { controller?: ControllerSuggestion };
  attention: Attention;
}

export interface Country {
  code: string;
  name: string;
  eea: boolean;
}

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
