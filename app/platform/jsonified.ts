// What a value becomes once it has gone through JSON.stringify (res.json) and JSON.parse: dates
// become ISO strings, undefined properties go. The admin (web/) types the server's answers with
// it, importing the routes' own types (`import type` only, so no server code reaches the bundle).
export type Jsonified<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Array<Jsonified<Item>>
    : T extends object
      ? { [Key in keyof T]: Jsonified<T[Key]> }
      : T;
