// The slug an entity id is made of: a name in Latin letters, lower case, without accents, words joined by '-'.
export function idSlug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unknown';
}
