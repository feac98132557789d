import type { RawBlock } from '../../model/raw.js';
import type { CellCount } from '../limits.js';
import type { XmlElement } from '../ooxml/xml.js';

/** Counters shared by the whole document: provenance numbers paragraphs and tables in reading order. */
export interface Counters {
  paragraph: number;
  table: number;
  images: number;
  /** The document's table cells, against its limit. */
  cells: CellCount;
}

/**
 * Reads the blocks of a container (the body, a cell, a text box): body.ts's, handed to the table reader so that a
 * cell's tables are read as the body's are without the two files importing each other.
 */
export type ReadBlocks = (container: XmlElement, n: Counters) => RawBlock[];
