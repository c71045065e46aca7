// The records a page lists by key (data categories, purposes): loaded once from the saved
// records, edited in place, with the usual starters to add. A new item's key follows its English
// name until the merchant types a key of their own.
import { useEffect, useState } from 'react';
import { english, slugify } from './text.ts';
import type { LocalizedText } from './types.ts';

export interface KeyedItem<T> {
  value: T;
  autoKey: boolean;
}

export function useKeyedItems<T extends { key: string; name: LocalizedText }>(saved: T[] | undefined, loaded: boolean, starters: T[]) {
  const [items, setItems] = useState<KeyedItem<T>[]>();

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is copied once from the records when they arrive; later loads must not overwrite the merchant's edits
    if (loaded && !items) setItems((saved ?? []).map((value) => ({ value: structuredClone(value), autoKey: false })));
  }, [loaded, saved, items]);

  /** `autoKey: false` when the merchant edits the key itself. */
  const update = (index: number, change: Partial<T>, autoKey?: boolean) =>
    setItems((previous) =>
      previous?.map((item, i) => {
        if (i !== index) return item;
        const value = { ...item.value, ...change };
        const keepAuto = autoKey ?? item.autoKey;
        if (keepAuto && change.name !== undefined) value.key = slugify(english(value.name));
        return { value, autoKey: keepAuto };
      }),
    );

  /** Adds the starters not listed yet, each passed through `adapt` (a copy, free to change). */
  const addStarters = (adapt: (starter: T) => T = (starter) => starter) =>
    setItems((previous) => {
      const list = previous ?? [];
      const keys = new Set(list.map((item) => item.value.key));
      return [...list, ...starters.filter((starter) => !keys.has(starter.key)).map((starter) => ({ value: adapt(structuredClone(starter)), autoKey: false }))];
    });

  const addEmpty = (blank: T) => setItems((previous) => [...(previous ?? []), { value: blank, autoKey: true }]);
  const remove = (index: number) => setItems((previous) => previous?.filter((_, i) => i !== index));
  const missingStarter = items ? starters.some((starter) => !items.some((item) => item.value.key === starter.key)) : false;

  return { items, update, addStarters, addEmpty, remove, missingStarter };
}
