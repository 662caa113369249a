// The network's types where the web UI has always imported them from; the network itself is
// src/corpus/network.ts (one home for `rasad report`, the API and the UI).
export type { EdgeSide, Network, NetworkEdge, NetworkNode } from '../corpus/network.js';
