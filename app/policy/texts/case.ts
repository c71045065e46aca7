// Letter case of merchant-entered names inside a sentence, for languages that write common nouns in lower case.

/** "Email address" → "email address"; an acronym ("IP address", "SMS") keeps its capitals. */
export function lowercaseInitial(name: string): string {
  const [first, second] = [...name];
  if (!first || (second && second !== second.toLowerCase())) return name;
  return first.toLowerCase() + name.slice(first.length);
}
