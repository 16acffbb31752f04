import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../platform/pdf/index.js';
import { roomOrder, shanghaiDay, ticketNumber } from './seats.js';
import { checkSessionStaffing } from './staffing.js';
import { renderTickets } from './ticket-pdf.js';
import { maskName, shanghaiTimeText } from './tickets.js';

const room = (name: string, seats: number, proctors: number) => ({
  name,
  seats,
  proctorIds: Array.from({ length: proctors }, (_, i) => `${name}-p${i}`),
});

describe('checkSessionStaffing (003 §1.9.3–1.9.4)', () => {
  it('accepts 90 minutes, 2 proctors for 30 seats, in every room', () => {
    expect(checkSessionStaffing({ durationMinutes: 90, rooms: [room('A', 30, 2), room('B', 15, 2)] })).toEqual([]);
  });

  it('names the room with one proctor (per-room rule), not the session total', () => {
    const v = checkSessionStaffing({ durationMinutes: 90, rooms: [room('A', 10, 3), room('B', 10, 1)] });
    expect(v.map((x) => [x.field, x.code])).toEqual([['body.rooms.1.proctorIds', 'THEORY_PROCTORS_PER_ROOM']]);
    expect(v[0]!.message).toMatch(/^考场「B」：理论知识考试每个考场不少于 2 名监考人员/);
  });

  it('applies 1 : 15 per room: 31 seats need 3 proctors', () => {
    const v = checkSessionStaffing({ durationMinutes: 90, rooms: [room('A', 31, 2)] });
    expect(v.map((x) => x.code)).toEqual(['THEORY_PROCTOR_RATIO']);
    expect(v[0]!.messageEn).toContain('31 seats need 3');
  });

  it('reports a short duration on the duration field, first', () => {
    const v = checkSessionStaffing({ durationMinutes: 89, rooms: [room('A', 1, 1)] });
    expect(v.map((x) => [x.field, x.code])).toEqual([
      ['body.durationMinutes', 'MIN_DURATION'],
      ['body.rooms.0.proctorIds', 'THEORY_PROCTORS_PER_ROOM'],
    ]);
  });

  it('counts a proctor listed twice in a room once', () => {
    const v = checkSessionStaffing({ durationMinutes: 120, rooms: [{ name: 'A', seats: 5, proctorIds: ['x', 'x'] }] });
    expect(v.map((x) => x.code)).toEqual(['THEORY_PROCTORS_PER_ROOM']);
  });
});

describe('ticket numbers and times', () => {
  it('uses the day in China, the session block, the room and the seat', () => {
    // 2026-12-31 17:00 UTC is 2027-01-01 01:00 in Shanghai.
    expect(shanghaiDay(new Date('2026-12-31T17:00:00Z'))).toBe('20270101');
    expect(ticketNumber('20270101', 2, 3, 45)).toBe('20270101002003045');
    expect(shanghaiTimeText(new Date('2026-12-01T01:00:00Z'), 90)).toBe('2026年12月01日 09:00–10:30（北京时间）');
  });

  it('fills rooms in natural name order', () => {
    expect(roomOrder([{ name: '第10考场' }, { name: '第2考场' }, { name: '第1考场' }]).map((r) => r.name)).toEqual([
      '第1考场',
      '第2考场',
      '第10考场',
    ]);
  });

  it('masks names for the public verification', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李')).toBe('李');
  });
});

describe('ticket PDF', () => {
  it('embeds the Chinese text so that it extracts, digits next to Latin letters included', async () => {
    const pdf = await renderTickets([
      {
        planName: '2026年第四季度 四级跨境电子商务师 理论知识考试',
        levelLabel: '四级/中级工 跨境电子商务师',
        orgName: '徐州跨境电商职业培训学校',
        candidateName: '欧阳娜娜',
        idNumberMasked: '3203**********123X',
        ticketNo: '20261201001001007',
        sessionName: '第一场',
        timeText: '2026年12月01日 09:00–10:30（北京时间）',
        durationMinutes: 90,
        roomName: '第1考场',
        roomLocation: '教学楼 A301',
        seatNo: 7,
        lateEntryMinutes: 15,
        verifyUrl: 'http://localhost/api/tickets/verify?no=20261201001001007&sig=x',
      },
    ]);
    const [text] = await extractPdfText(pdf);
    for (const s of [
      '理论知识考试准考证',
      '欧阳娜娜',
      '3203**********123X',
      '教学楼 A301',
      '7 号',
      '开考 15 分钟后不得入场',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('\uFFFD');
  }, 30_000);
});
