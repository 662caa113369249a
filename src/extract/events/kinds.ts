// Sets of event types the coder's rules treat alike (PLOVER types, not words).

/** Acts two parties do together or to each other: a coordinated subject names both. */
export const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'ASSAULT']);

/** Conflict acts aimed at someone: with no target in the clause, the other party of the document's conflict. */
export const AIMED = new Set(['ASSAULT', 'THREATEN', 'ACCUSE', 'DEMAND', 'COERCE', 'SANCTION', 'CONCEDE']);

/** Aimed acts whose target, when the sentence names none, is guessed to be the report's other party. An appeal is not:
 * with no addressee named, it is made to outsiders (mediators, the world, the public) more often than to the enemy. */
export const AIMED_AT_OTHER_PARTY = new Set([...AIMED].filter((t) => t !== 'DEMAND'));

/** Sectors of a state: its government, army and police stand on one side. */
export const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'POL', 'SPY', 'JUD', 'LEG']);
/** A state's armed bodies: its army, police and intelligence are one side of any fight ('قوات الشرطة والجيش الأفغانية').
 * Its government's people are not always: a deposed president may lead a rebellion against the army. */
const STATE_FORCES = new Set(['MIL', 'COP', 'SPY']);
export const isStateForce = (a: { sector?: string | null }) => STATE_FORCES.has(a.sector ?? '');

/** Acts of force, and the sectors that do not commit them: a relief agency carries fighters, it does not attack. */
export const FORCE_ACTS = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);

export const UNARMED = new Set(['NGO', 'IGO', 'MED', 'CVL']);

/** Bodies that report, relieve or mediate, and refugees: never the side that uses force, even when they tell the act ('قال المرصد
 * السوري إن الصاروخ سقط'). Civilians are (settlers, tribesmen, a crowd). */
export const NEVER_FORCE = new Set(['NGO', 'IGO', 'MED', 'REF']);

export const forceFrom = (type: string, sector: string | null | undefined): boolean => !(FORCE_ACTS.has(type) && !!sector && NEVER_FORCE.has(sector));

export const VERBAL = new Set(['AGREE', 'SUPPORT', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'CONCEDE', 'CONSULT']);

/** Acts that are only ever said of a party (a demand, praise, talks, aid): with no source or target, in a sentence that names
 * no actor at all, they are no event (party-acts.ts). */
export const PARTY_ACTS = new Set([...VERBAL, 'AID', 'COOPERATE']);

/** What an act of one type is often done for, named with ل: an agreement to cooperate, a protest to demand. */
export const PURPOSES = new Map([['AGREE', 'COOPERATE'], ['PROTEST', 'DEMAND']]);

export const SPEECH_ACTS = new Set(['DEMAND', 'THREATEN', 'ACCUSE', 'AGREE', 'REJECT']);

export const MATERIAL_CONFLICT = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'SANCTION']);

/** CAMEO 183 is a non-military bombing (a car bomb, a suicide bomber, an explosive device): no state's forces are guessed
 * to have set it off. What the text names is kept; only a guess from the report's conflict gives way. */
export const nonMilitaryBombing = (cameo: string): boolean => cameo.startsWith('183');
