// Letter case of merchant-entered names inside a sentence, for languages that write common nouns in lower case.

/**
 * "Email address" → "email address". Names are left as written when they look like proper names:
 * an acronym or inner capital in the first word ("IP address", "SMS", "PayPal data") or a capital
 * on the next word ("Google Analytics data", "Shopify Payments").
 */
export function lowercaseInitial(name: string): string {
  const [firstWord = '', secondWord = ''] = name.split(/\s+/);
  const [first, ...rest] = Array.from(firstWord); // by code point, not UTF-16 unit
  if (!first || rest.some((c) => c !== c.toLowerCase())) return name;
  const secondInitial = secondWord.charAt(0);
  if (secondInitial !== secondInitial.toLowerCase()) return name;
  return first.toLowerCase() + name.slice(first.length);
}
