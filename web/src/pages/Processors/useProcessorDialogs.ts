// What the merchant does to the list of processors, through its dialogs: add from the catalogue,
// add a custom one, edit, remove. Every change saves the whole list.
import { useState } from 'react';
import { RECIPIENT_KIND_LABELS, label } from '../../records/labels.ts';
import { slugify } from '../../records/text.ts';
import type { RecordsState } from '../../records/useRecords.ts';
import type { Preset, Processor, Recipients } from '../../records/types.ts';
import { emptyForm, fromForm, toForm, uniqueId, type Form } from './form.ts';

export type Dialog = { kind: 'edit'; index: number; form: Form; isNew: boolean } | { kind: 'catalogue' } | { kind: 'remove'; index: number } | undefined;

export function useProcessorDialogs({ data, save, clearErrors }: RecordsState, addRecipientKinds: (kinds: Recipients['kinds']) => void) {
  const [dialog, setDialog] = useState<Dialog>();
  const processors = data?.records.processors ?? [];
  const inventoryKeys = new Set((data?.records.inventory?.categories ?? []).map((c) => c.key));

  /** Saves the whole list; kinds of recipients the list names but the records lack are added first. */
  async function saveList(list: Processor[], done: string): Promise<boolean> {
    const saved = data?.records.recipients ?? { kinds: [], sellsData: false };
    const missing = [...new Set(list.flatMap((p) => (p.kind && !saved.kinds.includes(p.kind) ? [p.kind] : [])))];
    if (missing.length) {
      const next = { ...saved, kinds: [...saved.kinds, ...missing] };
      if (!(await save('recipients', next, `Added ${missing.map((k) => label(RECIPIENT_KIND_LABELS, k).toLowerCase()).join(', ')} to your recipients`)))
        return false;
      addRecipientKinds(missing);
    }
    return save('processors', list, done);
  }

  async function addPreset(preset: Preset) {
    const taken = new Set(processors.map((p) => p.id));
    const categories = preset.categories.filter((key) => inventoryKeys.has(key));
    const processor = {
      id: uniqueId(preset.id, taken),
      name: preset.name,
      service: preset.service,
      ...(preset.kind ? { kind: preset.kind } : {}),
      categories,
      country: preset.country,
      safeguard: structuredClone(preset.safeguard),
      ...(preset.dpaUrl ? { dpaUrl: preset.dpaUrl } : {}),
    } as Processor;
    setDialog(undefined);
    const ok = await saveList([...processors, processor], `${preset.name} added`);
    // Refused (e.g. none of its usual data categories is in the inventory): let the merchant complete it.
    if (!ok) setDialog({ kind: 'edit', index: processors.length, form: toForm(processor), isNew: true });
  }

  function addCustom() {
    clearErrors();
    setDialog({ kind: 'edit', index: processors.length, isNew: true, form: emptyForm() });
  }

  function edit(index: number) {
    const processor = processors[index];
    if (!processor) return;
    clearErrors();
    setDialog({ kind: 'edit', index, form: toForm(processor), isNew: false });
  }

  async function saveEdit() {
    if (dialog?.kind !== 'edit') return;
    const list = [...processors];
    list[dialog.index] = fromForm(dialog.form);
    if (await saveList(list, `${dialog.form.name.trim() || 'Processor'} saved`)) setDialog(undefined);
  }

  async function remove(index: number) {
    const name = processors[index]?.name ?? 'Processor';
    if (
      await saveList(
        processors.filter((_, i) => i !== index),
        `${name} removed`,
      )
    )
      setDialog(undefined);
  }

  const setForm = (change: Partial<Form>) =>
    setDialog((previous) => {
      if (previous?.kind !== 'edit') return previous;
      const form = { ...previous.form, ...change };
      if (form.autoId && change.name !== undefined)
        form.id = uniqueId(slugify(form.name), new Set(processors.filter((_, i) => i !== previous.index).map((p) => p.id)));
      return { ...previous, form };
    });

  return {
    dialog,
    close: () => setDialog(undefined),
    openCatalogue: () => setDialog({ kind: 'catalogue' }),
    askRemove: (index: number) => setDialog({ kind: 'remove', index }),
    addPreset,
    addCustom,
    edit,
    saveEdit,
    remove,
    setForm,
  };
}
