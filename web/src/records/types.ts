// The shapes the records pages work with, from the server (type-only imports, erased from the
// bundle): the profile from its zod schema, the answers and reference tables from /api/records.
import type { Cookie, DataCategory, LocalizedText, Processor, Profile, Purpose, RetentionRule, Safeguard, SectionName } from '../../../app/records/profile.ts';

export type { Cookie, DataCategory, LocalizedText, Processor, Profile, Purpose, RetentionRule, Safeguard, SectionName };

export type Records = Partial<Profile>;
export type Controller = Profile['controller'];
export type Inventory = Profile['inventory'];
export type Recipients = Profile['recipients'];
export type Security = Profile['security'];
export type AutomatedDecisions = Profile['automatedDecisions'];

export type {
  Attention,
  ControllerSuggestion,
  Country,
  Preset,
  RecordsResponse,
  ReferenceResponse as Reference,
  SectionSavedResponse,
} from '../../../app/records/routes.ts';
export type { Finding } from '../../../app/records/transfers.ts';
