// English short names of countries by ISO alpha-3, for summaries (Intl has them; no table to keep).
const alpha3to2 = new Map<string, string>();
let names: Intl.DisplayNames | null = null;

/** ISO 3166-1 alpha-3 -> alpha-2 pairs that Intl cannot derive: loaded from the KB when present. */
export function registerCountryCodes(pairs: [string, string][]): void {
  for (const [a3, a2] of pairs) alpha3to2.set(a3, a2);
}

const COMMON: Record<string, string> = {
  IRN: 'IR', AZE: 'AZ', ARM: 'AM', TUR: 'TR', RUS: 'RU', USA: 'US', FRA: 'FR', GBR: 'GB', CHN: 'CN', SYR: 'SY', IRQ: 'IQ', YEM: 'YE',
  SAU: 'SA', ISR: 'IL', PSE: 'PS', LBN: 'LB', JOR: 'JO', EGY: 'EG', LBY: 'LY', SDN: 'SD', SSD: 'SS', UKR: 'UA', DEU: 'DE', ARE: 'AE',
  QAT: 'QA', KWT: 'KW', BHR: 'BH', OMN: 'OM', GEO: 'GE', AFG: 'AF', PAK: 'PK', IND: 'IN', TUN: 'TN', DZA: 'DZ', MAR: 'MA', SOM: 'SO',
  ETH: 'ET', ERI: 'ER', TCD: 'TD', MLI: 'ML', NER: 'NE', NGA: 'NG', ITA: 'IT', ESP: 'ES', GRC: 'GR', CYP: 'CY', BLR: 'BY', KAZ: 'KZ',
};

export function countryName(alpha3: string): string {
  const a2 = alpha3to2.get(alpha3) ?? COMMON[alpha3];
  if (!a2) return alpha3;
  names ??= new Intl.DisplayNames('en', { type: 'region' });
  const n = names.of(a2) ?? alpha3;
  return n === 'Türkiye' ? 'Turkey' : n;
}
