// Compare sources: one event, every source's claim side by side (issue 7). Pure, framework-free.
export { align, clusterClaims, GENERIC_TYPES, MAX_CONFLICTS, MAX_GAP_MS } from './align';
export type {
  AlignDecision, Alignment, ClaimCluster, Conflict, EventGroup, EventRef, FactCell, FactRow, FactStatus, FirstReport,
  FirstReportEntry, Reason, ReasonCode, SourceChain,
} from './align';
export { allClaims, claimsOf } from './claims';
export { intervalIn } from '../time/in-zone';
export type { Claim, Words } from './claims';
export { documentFacts, FACT_KINDS, factsOf, VENUES } from './facts';
export type { Fact, FactKind } from './facts';
export { claimWhen, conflictWords, gapWords, zoneCity } from './words';
export { actorsOf, homeState, homeZone, STATE_ZONES } from './zones';
export type { ActorLookup } from './zones';
