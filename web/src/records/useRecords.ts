// Loading and saving the merchant's records from the pages: one GET for the records (with what
// needs attention) and one PUT per section; a refused save keeps the server's per-field messages.
import { useCallback, useEffect, useState } from 'react';
import { apiJson, ApiError } from '../api.ts';
import type { RecordsResponse, Reference, SectionName, SectionSavedResponse } from './types.ts';

/** A refused save: the server's summary and its messages by field path. */
export interface SaveErrors {
  section: string;
  message: string;
  fields: Record<string, string>;
}

export interface RecordsState {
  data?: RecordsResponse;
  loadError?: string;
  saving?: string;
  errors?: SaveErrors;
  reload: () => Promise<void>;
  /** Saves one section; true when saved (a toast confirms it), false when refused (see `errors`). */
  save: (section: SectionName, value: unknown, done?: string) => Promise<boolean>;
  /** The server's message for a field of the section (path relative to the section, e.g. "0.country"). */
  fieldError: (section: string, path: string) => string | undefined;
  clearErrors: () => void;
}

export function fieldErrorIn(errors: SaveErrors | undefined, section: string, path: string): string | undefined {
  if (!errors || errors.section !== section) return undefined;
  return errors.fields[path] ?? errors.fields[`${section}.${path}`];
}

export function useRecords(): RecordsState {
  const [data, setData] = useState<RecordsResponse>();
  const [loadError, setLoadError] = useState<string>();
  const [saving, setSaving] = useState<string>();
  const [errors, setErrors] = useState<SaveErrors>();

  const reload = useCallback(async () => {
    try {
      setData(await apiJson<RecordsResponse>('/api/records'));
      setLoadError(undefined);
    } catch (e) {
      setLoadError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is this effect's purpose; the state is set once the answer arrives
    void reload();
  }, [reload]);

  const save = useCallback(async (section: SectionName, value: unknown, done?: string) => {
    setSaving(section);
    setErrors(undefined);
    try {
      const result = await apiJson<SectionSavedResponse>(`/api/records/${section}`, { method: 'PUT', json: value });
      setData((previous) => ({ ...result, suggestions: previous?.suggestions ?? {} }));
      window.shopify.toast.show(done ?? 'Saved');
      return true;
    } catch (e) {
      setErrors({
        section,
        message: (e as Error).message,
        fields: e instanceof ApiError ? e.fields : {},
      });
      return false;
    } finally {
      setSaving(undefined);
    }
  }, []);

  const fieldError = useCallback((section: string, path: string) => fieldErrorIn(errors, section, path), [errors]);
  const clearErrors = useCallback(() => setErrors(undefined), []);

  return { data, loadError, saving, errors, reload, save, fieldError, clearErrors };
}

let referencePromise: Promise<Reference> | undefined;

/** The countries, processor catalogue and option lists (loaded once per visit). */
export function useReference(): { reference?: Reference; error?: string } {
  const [reference, setReference] = useState<Reference>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    referencePromise ??= apiJson<Reference>('/api/records/reference');
    let active = true;
    referencePromise.then(
      (value) => active && setReference(value),
      (e: unknown) => {
        referencePromise = undefined;
        if (active) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return { reference, error };
}
