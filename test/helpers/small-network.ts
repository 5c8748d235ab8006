import path from 'node:path';
import type { GraphStore } from '../../src/graph/store';
import { loadDir, memoryStore } from './graph';
import { tmpDir, writeFiles } from './tmp';

/**
 * A collaboration network small enough to compute by hand:
 *
 *   a1 a2 a3 x ── took part in ── eA (waste: MUNICIPAL_SERVICES)
 *   a1 a2      ── contributed to ── oA (waste)
 *   x b1 b2    ── took part in ── eB (governance: GOOD_URBAN_GOVERNANCE)
 *   b1 is also expert in waste.
 *
 * Nine nodes, nine edges. x is the only way between the two sides: the 5 × 3 pairs across
 * ({a1,a2,a3,eA,oA} × {eB,b1,b2}) all pass through x, so betweenness(x) = 15; oA reaches eA and
 * everything beyond through a1 or a2 (two shortest paths each): 6 pairs × ½ = 3 each for a1 and
 * a2; a3, b1, b2 are leaves (0). Normalised (× 2 / ((n−1)(n−2)) = 2/56): 15/28, 3/28, 3/28.
 */
export const SMALL_NETWORK = {
  'nodes/Practitioner.csv': ['id:ID(Practitioner),name,position,languages:string[],synthetic:boolean', ...['a1', 'a2', 'a3', 'x', 'b1', 'b2'].map((k) => `${k},Person ${k.toUpperCase()},planner,en,true`)].join('\n'),
  'nodes/Event.csv': [
    'id:ID(Event),title,kind,startDate:date,endDate:date,datePrecision,phase:int,virtual:boolean',
    'eA,Waste dialogue,DIALOGUE_EVENT,2020-03-01,2020-03-02,DAY,3,false',
    'eB,Governance workshop,PROJECT_WORKSHOP,2021-05-01,2021-05-02,DAY,3,false',
  ].join('\n'),
  'nodes/Outcome.csv': ['id:ID(Outcome),title,kind,status', 'oA,Waste pilot,PILOT,IN_PROGRESS'].join('\n'),
  'nodes/Topic.csv': ['id:ID(Topic),name', 'waste,Solid waste management', 'governance,Participatory governance'].join('\n'),
  'nodes/Cluster.csv': ['id:ID(Cluster),name,nameDe', 'MUNICIPAL_SERVICES,Municipal Services,Kommunale Dienstleistungen', 'GOOD_URBAN_GOVERNANCE,Good Urban Governance,Gute Regierungsführung'].join('\n'),
  'relationships/PART_OF.csv': [':START_ID(Topic),:END_ID(Cluster)', 'waste,MUNICIPAL_SERVICES', 'governance,GOOD_URBAN_GOVERNANCE'].join('\n'),
  'relationships/ADDRESSES.Event.csv': [':START_ID(Event),:END_ID(Topic)', 'eA,waste', 'eB,governance'].join('\n'),
  'relationships/ADDRESSES.Outcome.csv': [':START_ID(Outcome),:END_ID(Topic)', 'oA,waste'].join('\n'),
  'relationships/PARTICIPATED_IN.csv': [':START_ID(Practitioner),:END_ID(Event),role', 'a1,eA,PARTICIPANT', 'a2,eA,PARTICIPANT', 'a3,eA,PARTICIPANT', 'x,eA,SPEAKER', 'x,eB,PARTICIPANT', 'b1,eB,PARTICIPANT', 'b2,eB,PARTICIPANT'].join('\n'),
  'relationships/CONTRIBUTED_TO.csv': [':START_ID(Practitioner),:END_ID(Outcome),role', 'a1,oA,LEAD', 'a2,oA,PARTNER'].join('\n'),
  'relationships/EXPERT_IN.csv': [':START_ID(Practitioner),:END_ID(Topic)', 'b1,waste'].join('\n'),
};

export async function smallNetworkStore(): Promise<GraphStore> {
  const dir = path.join(tmpDir('small-network-'), 'csv');
  writeFiles(dir, SMALL_NETWORK);
  const store = await memoryStore();
  await loadDir(store, dir);
  return store;
}
