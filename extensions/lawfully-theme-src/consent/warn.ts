// The banner must never break the merchant's page: what fails is warned about, never thrown.
export function warn(what: string, error?: unknown): void {
  console.warn(`Lawfully: ${what}`, error ?? '');
}
