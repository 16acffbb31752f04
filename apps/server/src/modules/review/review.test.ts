import { describe, expect, it } from 'vitest';
import { combineScores } from './combine.js';
import { beijing } from './common.js';
import { sniffMaterial } from './materials.service.js';

describe('combining the members’ scores', () => {
  it('takes the mean to 2 decimals', () => {
    expect(combineScores('mean', [80.5, 73, 90.25])).toBe(81.25);
    expect(combineScores('mean', [70, 70, 71])).toBe(70.33);
  });

  it('drops one highest and one lowest score for the trimmed mean of 5 or more', () => {
    expect(combineScores('trimmed_mean', [60, 95, 70, 80, 100])).toBe(81.67);
    expect(combineScores('trimmed_mean', [100, 100, 0, 0, 50, 50, 50])).toBe(50);
  });

  it('has no score without scores', () => {
    expect(combineScores('mean', [])).toBeNull();
  });
});

describe('recognising a material by its first bytes', () => {
  it('knows PDF, PNG, JPEG and DOCX and nothing else', () => {
    expect(sniffMaterial(Buffer.from('%PDF-1.7'))?.mime).toBe('application/pdf');
    expect(sniffMaterial(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.mime).toBe('image/png');
    expect(sniffMaterial(Buffer.from([0xff, 0xd8, 0xff, 0xe1]))?.mime).toBe('image/jpeg');
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('[Content_Types].xml word/document.xml'),
    ]);
    expect(sniffMaterial(docx)?.ext).toBe('docx');
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('readme.txt')]);
    expect(sniffMaterial(zip)).toBeNull();
    expect(sniffMaterial(Buffer.from('<html><script>'))).toBeNull();
  });
});

describe('Beijing time in messages', () => {
  it('formats an instant as YYYY-MM-DD HH:mm at UTC+8', () => {
    expect(beijing(new Date('2026-01-04T18:30:00Z'))).toBe('2026-01-05 02:30');
  });
});
