/** Buyers and delivery addresses by country for the scenario orders (fictitious people, real address formats). */
import type { Rng } from '../core/rng.js';
import type { Address } from '../core/state.js';

interface CountryBook {
  names: string[];
  language: string;
  addresses: Omit<Address, 'name' | 'country'>[];
}

const BOOK: Record<string, CountryBook> = {
  US: {
    names: ['Emily Johnson', 'Michael Brown', 'Sarah Miller', 'David Wilson', 'Jessica Taylor', 'Chris Anderson'],
    language: 'en',
    addresses: [
      { line1: '1458 Oak Street', city: 'Columbus', state: 'OH', postalCode: '43215', phone: '+1 614 555 0142' },
      { line1: '22 Pine Avenue Apt 5B', city: 'Seattle', state: 'WA', postalCode: '98101', phone: '+1 206 555 0178' },
      { line1: '907 Maple Drive', city: 'Austin', state: 'TX', postalCode: '78701', phone: '+1 512 555 0119' },
    ],
  },
  DE: {
    names: ['Lukas Müller', 'Anna Schmidt', 'Jonas Fischer', 'Lea Weber'],
    language: 'de',
    addresses: [
      { line1: 'Hauptstraße 12', city: 'Berlin', postalCode: '10115', phone: '+49 30 5550142' },
      { line1: 'Lindenweg 4', city: 'München', postalCode: '80331', phone: '+49 89 5550178' },
    ],
  },
  GB: {
    names: ['Oliver Smith', 'Amelia Jones', 'Harry Williams', 'Isla Brown'],
    language: 'en',
    addresses: [
      { line1: '14 Baker Street', city: 'London', postalCode: 'NW1 6XE', phone: '+44 20 7946 0142' },
      { line1: '3 Queen Road', city: 'Manchester', postalCode: 'M1 1AE', phone: '+44 161 496 0178' },
    ],
  },
  FR: {
    names: ['Camille Martin', 'Louis Bernard', 'Chloé Dubois', 'Hugo Laurent'],
    language: 'fr',
    addresses: [
      { line1: '8 rue de la Paix', city: 'Paris', postalCode: '75002', phone: '+33 1 55 50 01 42' },
      { line1: '21 avenue Jean Jaurès', city: 'Lyon', postalCode: '69007', phone: '+33 4 55 50 01 78' },
    ],
  },
  ES: {
    names: ['Lucía García', 'Hugo Fernández', 'Martina López', 'Pablo Sánchez'],
    language: 'es',
    addresses: [
      { line1: 'Calle Mayor 15', city: 'Madrid', postalCode: '28013', phone: '+34 91 555 0142' },
      { line1: 'Carrer de Mallorca 210', city: 'Barcelona', postalCode: '08008', phone: '+34 93 555 0178' },
    ],
  },
  AU: {
    names: ['Jack Thompson', 'Charlotte White', 'William Harris', 'Mia Martin'],
    language: 'en',
    addresses: [
      { line1: '45 George Street', city: 'Sydney', state: 'NSW', postalCode: '2000', phone: '+61 2 5550 0142' },
      { line1: '9 Collins Street', city: 'Melbourne', state: 'VIC', postalCode: '3000', phone: '+61 3 5550 0178' },
    ],
  },
  CA: {
    names: ['Liam Tremblay', 'Olivia Roy', 'Noah Gagnon'],
    language: 'en',
    addresses: [
      { line1: '250 King Street West', city: 'Toronto', state: 'ON', postalCode: 'M5V 1J2', phone: '+1 416 555 0142' },
    ],
  },
  RU: {
    names: ['Ivan Petrov', 'Anna Smirnova', 'Dmitry Ivanov'],
    language: 'ru',
    addresses: [{ line1: 'ul. Tverskaya 7, kv. 12', city: 'Moskva', postalCode: '125009', phone: '+7 495 555 0142' }],
  },
};

export const SCENARIO_COUNTRIES: readonly string[] = Object.keys(BOOK);

export interface ScenarioBuyer {
  buyer: { name: string; country: string; email: string; language: string };
  address: Address;
}

export function makeBuyer(rng: Rng, country: string): ScenarioBuyer {
  const book = BOOK[country] ?? BOOK.US!;
  const name = rng.pick(book.names);
  const addr = rng.pick(book.addresses);
  const email = `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .replace(' ', '.')}${rng.int(1, 99)}@example.com`;
  return {
    buyer: { name, country, email, language: book.language },
    address: { name, country, ...addr },
  };
}
