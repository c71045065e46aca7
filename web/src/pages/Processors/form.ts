// The processor form: a processor as the dialog edits it (strings for every field), back to what
// the server expects, and the labels of its fields for the server's error paths.
import type { Processor } from '../../records/types.ts';

export const CURRENT_SCC_VERSION = '2021/914';

/** The processor's own text fields as its schema has them; the others as the inputs hold them (empty: not chosen yet). */
export type Form = Pick<Processor, 'id' | 'name' | 'service' | 'categories' | 'country'> & {
  autoId: boolean;
  kind: string;
  /** the purposes it serves; empty: every purpose sharing one of its categories */
  purposes: string[];
  safeguardType: string;
  sccModule: string;
  sccVersion: string;
  sccSignedOn: string;
  dpaUrl: string;
  lastReviewedOn: string;
};

export function toForm(p: Processor): Form {
  const scc = p.safeguard.type === 'scc' ? p.safeguard : undefined;
  return {
    id: p.id,
    autoId: false,
    name: p.name,
    service: p.service,
    kind: p.kind ?? '',
    categories: [...p.categories],
    purposes: [...(p.purposes ?? [])],
    country: p.country,
    safeguardType: p.safeguard.type,
    sccModule: String(scc?.module ?? 2),
    sccVersion: scc?.version ?? CURRENT_SCC_VERSION,
    sccSignedOn: scc?.signedOn ?? '',
    dpaUrl: p.dpaUrl ?? '',
    lastReviewedOn: p.lastReviewedOn ?? '',
  };
}

/** The processor as the server expects it; an incomplete SCC is sent as is so the server says what is missing. */
export function fromForm(form: Form): Processor {
  const safeguard =
    form.safeguardType === 'scc'
      ? { type: 'scc', module: Number(form.sccModule), version: form.sccVersion.trim(), ...(form.sccSignedOn ? { signedOn: form.sccSignedOn } : {}) }
      : { type: form.safeguardType };
  return {
    id: form.id.trim(),
    name: form.name.trim(),
    service: form.service,
    ...(form.kind ? { kind: form.kind } : {}),
    categories: form.categories,
    ...(form.purposes.length ? { purposes: form.purposes } : {}),
    country: form.country,
    safeguard,
    ...(form.dpaUrl.trim() ? { dpaUrl: form.dpaUrl.trim() } : {}),
    ...(form.lastReviewedOn ? { lastReviewedOn: form.lastReviewedOn } : {}),
  } as Processor;
}

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base || 'processor';
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}

const FIELD_LABELS: Record<string, string> = {
  id: 'Key',
  name: 'Name',
  service: 'Service',
  kind: 'Kind of recipient',
  categories: 'Data categories',
  purposes: 'Purposes it serves',
  country: 'Country',
  safeguard: 'Transfer safeguard',
  'safeguard.type': 'Transfer safeguard',
  'safeguard.module': 'SCC module',
  'safeguard.version': 'SCC version',
  'safeguard.signedOn': 'Signing date',
  dpaUrl: 'Data processing agreement',
  lastReviewedOn: 'Last reviewed on',
};

/** The form label for an error path of the processor at `index` ("4.safeguard.signedOn" → "Signing date"). */
export function processorFieldLabel(index: number) {
  return (path: string) => {
    const own = [`${index}.`, `processors.${index}.`].find((prefix) => path.startsWith(prefix));
    if (!own) return undefined;
    const rest = path.slice(own.length);
    return FIELD_LABELS[rest] ?? FIELD_LABELS[rest.split('.')[0] ?? ''] ?? rest;
  };
}

export const emptyForm = (): Form => ({
  id: '',
  autoId: true,
  name: '',
  service: '',
  kind: '',
  categories: [],
  purposes: [],
  country: '',
  safeguardType: 'none',
  sccModule: '2',
  sccVersion: CURRENT_SCC_VERSION,
  sccSignedOn: '',
  dpaUrl: '',
  lastReviewedOn: '',
});
