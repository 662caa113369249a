// One palette for every view: quads (cooperation greens/blues, conflict oranges/reds).
export const QUAD_COLORS: Record<string, string> = {
  'verbal-cooperation': '#2f9e44',
  'material-cooperation': '#1971c2',
  'verbal-conflict': '#e8590c',
  'material-conflict': '#c92a2a',
};

export function quadColor(q: string | null | undefined): string {
  return (q && QUAD_COLORS[q]) || '#868e96';
}

export const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
