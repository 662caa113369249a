// The claims board's types where the web UI has always imported them from; the board itself is
// src/corpus/claims.ts (one home for `rasad report`, the API and the UI).
export type { BoardEvent, ClaimPair, ClaimRow, ClaimsOptions, DocMeta, Party } from '../corpus/claims.js';
