import { checkExamStaffing, NATIONAL_ASSESSMENT } from '@crossskill/standards';

/**
 * 003 §1.9.3–1.9.4 for one theory session: duration ≥ 90 min; in every room ≥ 2 proctors and ≥ 1 proctor per
 * 15 seats; and the same over the session (candidates = all seats, staff = distinct proctors). Pure.
 */
export interface SessionStaffingInput {
  durationMinutes: number;
  rooms: readonly { name: string; seats: number; proctorIds: readonly string[] }[];
}

export interface RuleViolation {
  /** The request field it concerns: body.durationMinutes, body.rooms.<i>.proctorIds, body.rooms. */
  field: string;
  /** The standards rule code: MIN_DURATION, THEORY_PROCTORS_PER_ROOM, THEORY_PROCTOR_RATIO. */
  code: string;
  message: string;
  messageEn: string;
}

const theory = NATIONAL_ASSESSMENT.modes.theory;
const ratio = theory.staffing.candidatesPerStaff ?? 15;
const perRoom = theory.staffing.minPerRoom ?? 2;

function english(code: string, n: { staff: number; seats: number; duration: number; rooms: number }, room?: string) {
  const where = room ? `room “${room}”: ` : '';
  switch (code) {
    case 'MIN_DURATION':
      return `a theory exam lasts at least ${theory.minDurationMinutes} minutes (003 §1.9.4); planned ${n.duration} minutes`;
    case 'THEORY_PROCTORS_PER_ROOM':
      return `${where}at least ${perRoom} proctors per exam room (003 §1.9.3): ${n.rooms} room(s) need ${perRoom * n.rooms}, assigned ${n.staff}`;
    case 'THEORY_PROCTOR_RATIO':
      return `${where}at least 1 proctor per ${ratio} candidates (003 §1.9.3): ${n.seats} seats need ${Math.ceil(n.seats / ratio)}, assigned ${n.staff}`;
    default:
      return code;
  }
}

export function checkSessionStaffing(input: SessionStaffingInput): RuleViolation[] {
  const out: RuleViolation[] = [];
  const roomCodes = new Set<string>();
  input.rooms.forEach((room, i) => {
    const staff = new Set(room.proctorIds).size;
    const { violations } = checkExamStaffing({
      mode: 'theory',
      candidates: room.seats,
      rooms: 1,
      staff,
      durationMinutes: theory.minDurationMinutes,
    });
    for (const v of violations) {
      roomCodes.add(v.code);
      out.push({
        field: `body.rooms.${i}.proctorIds`,
        code: v.code,
        message: `考场「${room.name}」：${v.message}`,
        messageEn: english(v.code, { staff, seats: room.seats, duration: input.durationMinutes, rooms: 1 }, room.name),
      });
    }
  });
  const seats = input.rooms.reduce((s, r) => s + r.seats, 0);
  const staff = new Set(input.rooms.flatMap((r) => r.proctorIds)).size;
  const rooms = Math.max(1, input.rooms.length);
  const total = checkExamStaffing({
    mode: 'theory',
    candidates: seats,
    rooms,
    staff,
    durationMinutes: Math.max(0, Math.floor(input.durationMinutes)),
  });
  for (const v of total.violations) {
    if (v.code === 'MIN_DURATION') {
      out.unshift({
        field: 'body.durationMinutes',
        code: v.code,
        message: v.message,
        messageEn: english(v.code, { staff, seats, duration: input.durationMinutes, rooms }),
      });
    } else if (!roomCodes.has(v.code)) {
      out.push({
        field: 'body.rooms',
        code: v.code,
        message: v.message,
        messageEn: english(v.code, { staff, seats, duration: input.durationMinutes, rooms }),
      });
    }
  }
  return out;
}
