// The shape of a statistics series as stored in content/statistik/<id>.yaml (after validation).

export interface Kategori {
  id: string;
  namn: string;
}

export interface Varde {
  ar: number;
  varde: number;
  /** Omitted for the series total. */
  kategori?: string;
  /** A share in percent exactly as the source states it, of the same year's total. */
  andel?: number;
  kalla: string;
  plats: string;
  tidpunkt?: string;
  /** Set when the value is derived from stated figures rather than stated itself: how. */
  harledd?: string;
}

export type Kontroll = 'summa' | 'andel';

export interface Undantag {
  kontroll: Kontroll;
  ar: number;
  kategori?: string;
  forklaring: string;
}

export interface Serie {
  titel: string;
  beskrivning: string;
  enhet: string;
  kategorier?: Kategori[];
  summa?: boolean;
  uppfoljningssystem?: boolean;
  varden: Varde[];
  undantag?: Undantag[];
  anmarkningar?: string[];
  relaterade?: string[];
}

export interface KallaYears {
  fran: number;
  till: number;
}
