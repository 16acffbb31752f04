/** Simulated buyers: where a marketplace's buyers come from, and plausible names and addresses for them. */
import type { Rng } from '../core/rng.js';
import type { Address, MarketplaceId } from '../core/state.js';
import { buyerLanguageFor } from '../service/templates.js';

/** Buyer countries of a marketplace with their shares (Amazon-like: the US store; AliExpress-like: worldwide). */
export const BUYER_COUNTRY_MIX: Record<MarketplaceId, { country: string; weight: number }[]> = {
  amazon: [{ country: 'US', weight: 1 }],
  aliexpress: [
    { country: 'US', weight: 0.22 },
    { country: 'ES', weight: 0.2 },
    { country: 'FR', weight: 0.16 },
    { country: 'RU', weight: 0.14 },
    { country: 'DE', weight: 0.12 },
    { country: 'GB', weight: 0.1 },
    { country: 'MX', weight: 0.06 },
  ],
  alibaba: [
    { country: 'US', weight: 0.35 },
    { country: 'DE', weight: 0.2 },
    { country: 'GB', weight: 0.15 },
    { country: 'AU', weight: 0.15 },
    { country: 'CA', weight: 0.15 },
  ],
};

interface CountryPeople {
  first: string[];
  last: string[];
  cities: { city: string; state?: string; postal: string }[];
  streets: string[];
  phone: string;
}

const PEOPLE: Record<string, CountryPeople> = {
  US: {
    first: ['James', 'Mary', 'Robert', 'Linda', 'Michael', 'Emily', 'David', 'Sarah'],
    last: ['Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor'],
    cities: [
      { city: 'Los Angeles', state: 'CA', postal: '90012' },
      { city: 'Houston', state: 'TX', postal: '77002' },
      { city: 'Chicago', state: 'IL', postal: '60601' },
      { city: 'Seattle', state: 'WA', postal: '98101' },
      { city: 'Miami', state: 'FL', postal: '33130' },
    ],
    streets: ['Main St', 'Oak Ave', 'Maple Dr', 'Pine St', 'Cedar Ln'],
    phone: '+1 555',
  },
  GB: {
    first: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava'],
    last: ['Jones', 'Williams', 'Evans', 'Thomas', 'Roberts'],
    cities: [
      { city: 'London', postal: 'SW1A 1AA' },
      { city: 'Manchester', postal: 'M1 1AE' },
      { city: 'Leeds', postal: 'LS1 4AP' },
    ],
    streets: ['High Street', 'Station Road', 'Church Lane'],
    phone: '+44 20',
  },
  CA: {
    first: ['Liam', 'Olivia', 'Noah', 'Emma'],
    last: ['Tremblay', 'Martin', 'Roy', 'Wilson'],
    cities: [
      { city: 'Toronto', state: 'ON', postal: 'M5H 2N2' },
      { city: 'Vancouver', state: 'BC', postal: 'V6B 1A1' },
    ],
    streets: ['King St W', 'Granville St'],
    phone: '+1 416',
  },
  AU: {
    first: ['Jack', 'Charlotte', 'William', 'Mia'],
    last: ['Nguyen', 'Smith', 'Kelly', 'White'],
    cities: [
      { city: 'Sydney', state: 'NSW', postal: '2000' },
      { city: 'Melbourne', state: 'VIC', postal: '3000' },
    ],
    streets: ['George St', 'Collins St'],
    phone: '+61 2',
  },
  DE: {
    first: ['Lukas', 'Anna', 'Maximilian', 'Sophie', 'Felix', 'Marie'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber'],
    cities: [
      { city: 'Berlin', postal: '10115' },
      { city: 'München', postal: '80331' },
      { city: 'Hamburg', postal: '20095' },
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg'],
    phone: '+49 30',
  },
  FR: {
    first: ['Lucas', 'Emma', 'Hugo', 'Léa', 'Louis', 'Chloé'],
    last: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent'],
    cities: [
      { city: 'Paris', postal: '75001' },
      { city: 'Lyon', postal: '69001' },
      { city: 'Marseille', postal: '13001' },
    ],
    streets: ['rue de la Paix', 'avenue Victor Hugo', 'rue du Moulin'],
    phone: '+33 1',
  },
  ES: {
    first: ['Hugo', 'Lucía', 'Martín', 'Sofía', 'Pablo', 'Carmen'],
    last: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez'],
    cities: [
      { city: 'Madrid', postal: '28013' },
      { city: 'Barcelona', postal: '08002' },
      { city: 'Valencia', postal: '46002' },
    ],
    streets: ['Calle Mayor', 'Calle del Sol', 'Avenida de la Paz'],
    phone: '+34 91',
  },
  MX: {
    first: ['Santiago', 'Valentina', 'Mateo', 'Camila'],
    last: ['Hernández', 'González', 'Ramírez', 'Flores'],
    cities: [
      { city: 'Ciudad de México', state: 'CDMX', postal: '06000' },
      { city: 'Guadalajara', state: 'JAL', postal: '44100' },
    ],
    streets: ['Avenida Juárez', 'Calle Hidalgo'],
    phone: '+52 55',
  },
  RU: {
    first: ['Ivan', 'Anna', 'Dmitry', 'Olga', 'Sergey', 'Elena'],
    last: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov'],
    cities: [
      { city: 'Moscow', postal: '101000' },
      { city: 'Saint Petersburg', postal: '190000' },
      { city: 'Kazan', postal: '420111' },
    ],
    streets: ['ul. Lenina', 'ul. Pushkina', 'pr. Mira'],
    phone: '+7 495',
  },
};

export function pickBuyerCountry(rng: Rng, mix: readonly { country: string; weight: number }[]): string {
  const total = mix.reduce((s, m) => s + m.weight, 0);
  let u = rng.next() * total;
  for (const m of mix) {
    u -= m.weight;
    if (u < 0) return m.country;
  }
  return mix[mix.length - 1]?.country ?? 'US';
}

export interface SimBuyer {
  buyer: { name: string; country: string; email: string; language: string };
  address: Address;
}

/** A buyer in the country (falls back to US-style data for a country without a name table). */
export function makeBuyer(rng: Rng, country: string, orderSeq: string): SimBuyer {
  const p = PEOPLE[country] ?? PEOPLE.US!;
  const first = rng.pick(p.first);
  const last = rng.pick(p.last);
  const place = rng.pick(p.cities);
  const name = `${first} ${last}`;
  const address: Address = {
    name,
    line1: `${rng.int(1, 999)} ${rng.pick(p.streets)}`,
    city: place.city,
    postalCode: place.postal,
    country,
    phone: `${p.phone} ${rng.int(1000000, 9999999)}`,
  };
  if (place.state) address.state = place.state;
  const mailbox = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return {
    buyer: { name, country, email: `${mailbox}.${orderSeq}@buyer.example`, language: buyerLanguageFor(country) },
    address,
  };
}
