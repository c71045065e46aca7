// The consent categories, declared here only: what the storefront banner asks for, what the
// records file each cookie under, what the consent log counts. The theme extension gets them
// through the published metafield (app/policy/publish.ts); the admin imports this module.
export const consentCategories = ['necessary', 'preferences', 'analytics', 'marketing'] as const;
export type ConsentCategory = (typeof consentCategories)[number];

/** Granted without asking: strictly necessary for the service the visitor asked for (ePrivacy Directive art. 5(3)). */
export const requiredCategories = ['necessary'] as const satisfies readonly ConsentCategory[];
export type OptionalCategory = Exclude<ConsentCategory, (typeof requiredCategories)[number]>;

export const isRequiredCategory = (category: ConsentCategory): boolean => (requiredCategories as readonly ConsentCategory[]).includes(category);

/** The categories a visitor grants or refuses, in the banner's order. */
export const optionalCategories = consentCategories.filter((category): category is OptionalCategory => !isRequiredCategory(category));
