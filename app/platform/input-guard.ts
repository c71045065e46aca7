// Input that can name nothing Lawfully holds is refused at the door with 400. A NUL character is
// such input everywhere: PostgreSQL's text cannot hold one, so it would otherwise fail inside a
// query as a 500 (and SQLite would keep a string no other part of the app expects).
import type { NextFunction, Request, Response } from 'express';
import { ValidationError } from './errors.ts';

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, item]) => key.includes('\0') || holdsNul(item));
  return false;
}

/** Mounted before the routes (path and query) and again after each body parser (the body). */
export function refuseNulCharacters(req: Request, _res: Response, next: NextFunction) {
  if (/%00|\0/.test(req.originalUrl) || holdsNul(req.body)) throw new ValidationError('The request contains a NUL character, which no field accepts.');
  next();
}
