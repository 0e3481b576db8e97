/** One abusive category of the probes, and what it is given to run with. */
import { Driver } from 'neo4j-driver';
import { ProbeClient } from './probe-http';
import { Tally } from './probe-tally';

export interface ProbeContext {
  apiUrl: URL;
  /** A client of its own (its own loopback address, see probe-http.ts) for the abusive requests. */
  attacker: ProbeClient;
  editorToken: string;
  /** How long the categories that run for a time run. */
  seconds: number;
  /** The relation the evidence flood writes to, as the graph holds it before the flood. */
  flooded: { id: string; version: number; source: string; quote: string };
  /** Every RelationType value, for the plan-cache probe. */
  relationTypes: string[];
  /** The probe's own Neo4j, for its query collector. */
  driver: Driver;
}

export interface CategoryOutcome {
  tally: Tally;
  /** Figures particular to the category (seconds a slow client was kept, distinct Cypher texts ...). */
  notes?: Record<string, unknown>;
}

export interface ProbeCategory {
  name: string;
  /** The parameters of the original finding (issue 12) this category repeats. */
  parameters: string;
  run(context: ProbeContext): Promise<CategoryOutcome>;
}
