/**
 * Reads the catalogue files once. The data folder is found relative to this module: src/catalog/ and
 * dist/catalog/ both sit two levels below the package root.
 */
import { readFileSync } from 'node:fs';
import { Catalogue } from './catalogue.js';
import { FILES, parseCatalogueTsv } from './tsv.js';
import type { Classification } from './types.js';

export const DATA_DIR = new URL('../../data/catalog/', import.meta.url);

export function loadCatalogue(dir: URL = DATA_DIR): Catalogue {
  const parts = (Object.keys(FILES) as Classification[]).map((classification) => {
    const url = new URL(FILES[classification], dir);
    return { classification, names: parseCatalogueTsv(readFileSync(url, 'utf8'), FILES[classification]) };
  });
  return new Catalogue(parts);
}

let shared: Catalogue | undefined;

/** The catalogue of the package's data folder, built on first use. */
export function getCatalogue(): Catalogue {
  shared ??= loadCatalogue();
  return shared;
}
