// /api/records: the merchant's records, section by section, with what needs attention.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { parseInput } from '../platform/validation.ts';
import { asStored, completeProfile, importProfile, loadRecords, loadStoredRecords, saveSection, type Records, type StoredRecords } from './store.ts';
import { findings, processorFindings, retentionFindings } from './transfers.ts';
import {
  sectionNames,
  legalBases,
  recipientKinds,
  retentionTriggers,
  periodUnits,
  cookieCategories,
  securityMeasures,
  dataSources,
  safeguardTypes,
} from './profile.ts';
import { countryCodes, countryName, isInsideEea } from './countries.ts';

import presetTable from './data/processor-presets.json' with { type: 'json' };
import adequacyTable from './data/adequacy.json' with { type: 'json' };
import eeaTable from './data/eea.json' with { type: 'json' };
import type { Processor } from './profile.ts';

/**
 * A processor of the catalogue (data/processor-presets.json), which the merchant adds and
 * completes; test/records/profile.test.ts checks that each one fits the processor schema.
 */
export type Preset = Omit<Processor, 'service' | 'purposes' | 'lastReviewedOn'> & { service: string; note?: string };

/** GET /api/records/reference: the data tables shipped with the app, as they are, and the option lists. */
function reference() {
  return {
    countries: countryCodes.map((code): Country => ({ code, name: countryName(code), eea: isInsideEea(code) })),
    eea: eeaTable,
    adequacy: adequacyTable,
    presets: { ...presetTable, presets: presetTable.presets as Preset[] },
    options: { legalBases, recipientKinds, retentionTriggers, periodUnits, cookieCategories, securityMeasures, dataSources, safeguardTypes },
  };
}
export type ReferenceResponse = ReturnType<typeof reference>;

const SHOP_QUERY = `#graphql
  query LawfullyShopForProfile { shop { name contactEmail billingAddress { address1 address2 city zip countryCodeV2 } } }`;

/** Pre-fills the controller from the shop on first open (merchant confirms and completes it). */
async function suggestedController(deps: AppDeps, shop: string) {
  try {
    const { shop: s } = await deps.adminApi.forShop(shop).request<{
      shop: {
        name: string;
        contactEmail: string;
        billingAddress: { address1: string | null; address2: string | null; city: string | null; zip: string | null; countryCodeV2: string | null };
      };
    }>(SHOP_QUERY);
    return {
      legalName: s.name,
      contactEmail: s.contactEmail,
      address: {
        line1: s.billingAddress.address1 ?? '',
        ...(s.billingAddress.address2 ? { line2: s.billingAddress.address2 } : {}),
        city: s.billingAddress.city ?? '',
        postalCode: s.billingAddress.zip ?? '',
        country: s.billingAddress.countryCodeV2 ?? '',
      },
    };
  } catch {
    return undefined;
  }
}

export type ControllerSuggestion = NonNullable<Awaited<ReturnType<typeof suggestedController>>>;
export type Attention = ReturnType<typeof attention>;
/** GET /api/records. */
export interface RecordsResponse {
  /** Every stored section; those named in `storedProblems` as stored, though they no longer fit their schema. */
  records: Records;
  /** What is wrong with the stored sections that no longer fit, by field path ("inventory.categories.0.name"). */
  storedProblems: Record<string, string>;
  suggestions: { controller?: ControllerSuggestion };
  attention: Attention;
}
/** PUT /api/records/:section. */
export type SectionSavedResponse = Omit<RecordsResponse, 'suggestions'>;
export interface Country {
  code: string;
  name: string;
  eea: boolean;
}

export function attention(records: Records | null, now: Date) {
  const complete = completeProfile(records);
  const missing = sectionNames.filter((name) => name !== 'policy' && records?.[name] === undefined);
  return {
    missingSections: missing,
    problems: 'problems' in complete ? complete.problems : {},
    findings: 'profile' in complete ? findings(complete.profile, now) : partialFindings(records, now),
  };
}

/**
 * The records as the admin gets them: sections that no longer fit are judged by their problems
 * (they are neither missing nor checked by the rules for valid sections).
 */
function answer(stored: StoredRecords | null, now: Date): SectionSavedResponse {
  const base = attention(stored?.fitting ?? null, now);
  const unfit = new Set(Object.keys(stored?.unfit ?? {}));
  const storedProblems = stored?.problems ?? {};
  const otherProblems = Object.entries(base.problems).filter(([path]) => !unfit.has(path.split('.')[0] ?? ''));
  return {
    records: asStored(stored),
    storedProblems,
    attention: {
      ...base,
      missingSections: base.missingSections.filter((name) => !unfit.has(name)),
      problems: { ...storedProblems, ...Object.fromEntries(otherProblems) },
    },
  };
}

/** While the records are incomplete: what can already be judged from the sections saved so far. */
function partialFindings(records: Records | null, now: Date) {
  return [
    ...(records?.processors ? processorFindings(records.processors, now) : []),
    ...(records?.inventory && records.retention ? retentionFindings({ inventory: records.inventory, retention: records.retention }) : []),
  ];
}

export function recordsRouter(deps: AppDeps) {
  const { db, clock } = deps;
  const router = Router();

  router.get('/', async (_req, res) => {
    // Sections that no longer fit are answered as stored, with their problems, so that the
    // merchant can correct them in the admin.
    const stored = await loadStoredRecords(db, res.locals.shop);
    const { records, ...rest } = answer(stored, clock.now());
    const suggestion = records.controller ? undefined : await suggestedController(deps, res.locals.shop);
    res.json({ records, ...rest, suggestions: suggestion ? { controller: suggestion } : {} } satisfies RecordsResponse);
  });

  router.get('/reference', (_req, res) => {
    res.json(reference() satisfies ReferenceResponse);
  });

  router.get('/export', async (_req, res) => {
    const records = await loadRecords(db, res.locals.shop);
    res.attachment(`lawfully-profile-${res.locals.shop}.json`);
    res.type('application/json').send(JSON.stringify({ $schema: 'https://lawfully.app/profile.schema.json', ...(records ?? {}) }, null, 2));
  });

  router.post('/import', async (req, res) => {
    const { $schema: _schema, ...profile } = (req.body ?? {}) as Record<string, unknown>;
    await importProfile(deps, res.locals.shop, res.locals.actor, profile);
    res.json({ ok: true });
  });

  router.put('/:section', async (req, res) => {
    const section = parseInput(
      z.enum(sectionNames as [string, ...string[]], { error: `Unknown section; use one of ${sectionNames.join(', ')}` }),
      req.params.section,
      'The section',
    ) as (typeof sectionNames)[number];
    const saved = await saveSection(deps, res.locals.shop, res.locals.actor, section, req.body);
    res.json(answer(saved, clock.now()) satisfies SectionSavedResponse);
  });

  return router;
}
