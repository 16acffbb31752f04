import { TASK_LIBRARY, type TaskDefinition } from '@crossskill/simulation';
import { count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from '../../../test/harness.js';
import { auditEvents, errorCode } from '../../../test/support.js';
import { simTaskRevisions, simTasks } from '../simulation.tables.js';
import { seedSimulationLibrary } from './seed.js';
import { apiFor, createPracticeWorld, type PracticeWorld } from './testing/world.js';

let server: TestServer;
let w: PracticeWorld;
let api: ReturnType<typeof apiFor>;

const LIBRARY = TASK_LIBRARY as readonly TaskDefinition[];
/** A library definition under an organisation's own code. */
const authored = (code: string): TaskDefinition => ({ ...structuredClone(LIBRARY[0]!), code });

beforeAll(async () => {
  server = await startTestServer();
  w = await createPracticeWorld(server);
  api = apiFor(server);
});
afterAll(() => server.close());

async function libraryCounts() {
  const db = server.ctx.db;
  const [tasks] = await db.select({ n: count() }).from(simTasks).where(isNull(simTasks.orgId));
  const [revisions] = await db
    .select({ n: count() })
    .from(simTaskRevisions)
    .innerJoin(simTasks, eq(simTasks.id, simTaskRevisions.taskId))
    .where(isNull(simTasks.orgId));
  return { tasks: tasks!.n, revisions: revisions!.n };
}

describe('task library seeding', () => {
  it('seeds every library task once, active and without an organisation; seeding again changes nothing', async () => {
    const first = await libraryCounts();
    expect(first).toEqual({ tasks: LIBRARY.length, revisions: LIBRARY.length });
    await Promise.all([seedSimulationLibrary(server.ctx.db), seedSimulationLibrary(server.ctx.db)]);
    await seedSimulationLibrary(server.ctx.db);
    expect(await libraryCounts()).toEqual(first);
    const res = await api(w.trainee.as, 'GET', `/api/sim/tasks?q=${encodeURIComponent(LIBRARY[0]!.code)}`);
    expect(res.json().items[0]).toMatchObject({ code: LIBRARY[0]!.code, source: 'library', status: 'active' });
  });

  it('turns a changed library definition into a new revision', async () => {
    const code = LIBRARY[1]!.code;
    const [task] = await server.ctx.db.select().from(simTasks).where(eq(simTasks.code, code));
    // The stored revision stands for an older shipped definition.
    const older = { ...structuredClone(LIBRARY[1]!), timeLimitMinutes: LIBRARY[1]!.timeLimitMinutes + 5 };
    await server.ctx.db
      .update(simTaskRevisions)
      .set({ definition: older as unknown as Record<string, unknown> })
      .where(eq(simTaskRevisions.taskId, task!.id));
    await seedSimulationLibrary(server.ctx.db);
    const detail = (await api(w.lecturer.as, 'GET', `/api/sim/tasks/${task!.id}`)).json();
    expect(detail.task.revision).toBe(2);
    expect(detail.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect(detail.definition.timeLimitMinutes).toBe(LIBRARY[1]!.timeLimitMinutes);
  });
});

describe('exporting the task list', () => {
  it('gives staff every matching task as an Excel sheet', async () => {
    const res = await api(w.lecturer.as, 'GET', '/api/sim/tasks?level=4&format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const json = (await api(w.lecturer.as, 'GET', '/api/sim/tasks?level=4&pageSize=200')).json();
    expect(sheet.rowCount - 1).toBe(json.total);
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
  });
});

describe('authoring tasks', () => {
  let draftId: string;

  it('refuses an invalid definition with one detail per problem, pointing at the faulty check', async () => {
    const def = authored('ORG-BAD-01');
    def.checks = [{ ...def.checks[0]!, assert: { kind: 'action', type: 'order.teleport' } }];
    const res = await api(w.lecturer.as, 'POST', '/api/sim/tasks', { definition: def }, { 'accept-language': 'en' });
    expect(res.statusCode, res.body).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe('SIM_TASK_INVALID');
    expect(err.details).toContainEqual({
      field: 'checks[0].assert.type',
      code: 'task_problem',
      message: 'unknown action type "order.teleport"',
    });
  });

  it('creates a draft in the lecturer’s organisation, audited', async () => {
    const res = await api(w.lecturer.as, 'POST', '/api/sim/tasks', { definition: authored('ORG-LIST-01') });
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json();
    expect(detail.task).toMatchObject({ code: 'ORG-LIST-01', status: 'draft', source: 'org', orgId: w.org.id });
    expect(detail.task.checkCount).toBe(LIBRARY[0]!.checks.length);
    draftId = detail.task.id;
    const audit = await auditEvents(server, w.admin.as, 'sim_task.created');
    expect(audit.some((a) => a.details.taskId === draftId && a.actorUserId === w.lecturer.user.id)).toBe(true);
    const again = await api(w.lecturer.as, 'POST', '/api/sim/tasks', { definition: authored('ORG-LIST-01') });
    expect(errorCode(again)).toBe('SIM_TASK_CODE_TAKEN');
  });

  it('saves an edit as a new revision and keeps the code fixed', async () => {
    const def = authored('ORG-LIST-01');
    def.title = { zh: '修改后的标题', en: 'Edited title' };
    const res = await api(w.lecturer.as, 'PUT', `/api/sim/tasks/${draftId}`, { definition: def });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().task).toMatchObject({ revision: 2, title: { zh: '修改后的标题', en: 'Edited title' } });
    expect(res.json().revisions).toHaveLength(2);
    const renamed = await api(w.lecturer.as, 'PUT', `/api/sim/tasks/${draftId}`, { definition: authored('X-1') });
    expect(renamed.statusCode).toBe(422);
    expect(renamed.json().error.details[0].field).toBe('code');
  });

  it('refuses to edit a library task (409) but copies it into the organisation as a draft', async () => {
    const list = (await api(w.lecturer.as, 'GET', `/api/sim/tasks?q=${LIBRARY[2]!.code}`)).json();
    const libId = list.items[0].id;
    const edit = await api(w.lecturer.as, 'PUT', `/api/sim/tasks/${libId}`, { definition: LIBRARY[2] });
    expect(edit.statusCode).toBe(409);
    expect(errorCode(edit)).toBe('SIM_TASK_READ_ONLY');
    const status = await api(w.institutionAdmin.as, 'POST', `/api/sim/tasks/${libId}/status`, { status: 'retired' });
    expect(errorCode(status)).toBe('SIM_TASK_READ_ONLY');
    const copy = await api(w.lecturer.as, 'POST', `/api/sim/tasks/${libId}/copy`, { code: 'ORG-COPY-01' });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json().task).toMatchObject({ code: 'ORG-COPY-01', source: 'org', status: 'draft', revision: 1 });
    expect(copy.json().definition.checks).toEqual(JSON.parse(JSON.stringify(LIBRARY[2]!.checks)));
  });

  it('shows trainees only active tasks; authors also see their drafts; other organisations see neither', async () => {
    const trainee = (await api(w.trainee.as, 'GET', '/api/sim/tasks?pageSize=200')).json();
    expect(trainee.items.every((t: { status: string }) => t.status === 'active')).toBe(true);
    expect(trainee.items.some((t: { id: string }) => t.id === draftId)).toBe(false);
    expect((await api(w.trainee.as, 'GET', `/api/sim/tasks/${draftId}`)).statusCode).toBe(404);
    const lecturer = (await api(w.lecturer.as, 'GET', '/api/sim/tasks?status=draft')).json();
    expect(lecturer.items.map((t: { id: string }) => t.id)).toContain(draftId);
    expect((await api(w.otherLecturer.as, 'GET', `/api/sim/tasks/${draftId}`)).statusCode).toBe(404);

    const activate = await api(w.lecturer.as, 'POST', `/api/sim/tasks/${draftId}/status`, { status: 'active' });
    expect(activate.json().task.status).toBe('active');
    const after = (await api(w.trainee.as, 'GET', '/api/sim/tasks?q=ORG-LIST')).json();
    expect(after.items.map((t: { id: string }) => t.id)).toEqual([draftId]);
    const audit = await auditEvents(server, w.admin.as, 'sim_task.status_changed');
    expect(audit[0]?.details).toMatchObject({ taskId: draftId, from: 'draft', to: 'active' });
  });

  it('filters and pages the list', async () => {
    const level = LIBRARY[0]!.level;
    const res = (await api(w.lecturer.as, 'GET', `/api/sim/tasks?level=${level}&pageSize=2&page=1`)).json();
    expect(res.items.length).toBeLessThanOrEqual(2);
    expect(res.items.every((t: { level: number }) => t.level === level)).toBe(true);
    expect(res.total).toBeGreaterThanOrEqual(res.items.length);
    const none = (await api(w.lecturer.as, 'GET', '/api/sim/tasks?q=%25_no_such_task')).json();
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('lets only authors create tasks (a trainee gets 403)', async () => {
    const res = await call(server, w.trainee.as, {
      method: 'POST',
      url: '/api/sim/tasks',
      body: { definition: authored('TRAINEE-1') },
    });
    expect(res.statusCode).toBe(403);
    const edit = await api(w.otherLecturer.as, 'PUT', `/api/sim/tasks/${draftId}`, {
      definition: authored('ORG-LIST-01'),
    });
    expect(edit.statusCode).toBe(404);
  });
});
