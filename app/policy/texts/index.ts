// The policy texts of every language, by locale code: the one place a new language is registered.
import type { Locale } from '../../records/profile.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { lv } from './lv.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import type { PolicyTexts } from './types.ts';

export const textsByLocale: Record<Locale, PolicyTexts> = { en, de, fr, lv, es, it, nl, pl };
