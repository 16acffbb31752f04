/**
 * The error-code table: every error the API returns has one of these stable codes,
 * an HTTP status and a message in Chinese and English. Clients switch on `code`.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '提交的数据有误，请检查标出的字段', en: 'Some fields are invalid' },
  INVALID_JSON: { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  URI_TOO_LONG: { status: 414, zh: '请求地址过长', en: 'The request URL is too long' },
  BAD_URL: { status: 400, zh: '请求地址无效', en: 'The request URL is malformed' },
  NOT_FOUND: { status: 404, zh: '请求的资源不存在', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such API route' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  FORBIDDEN: { status: 403, zh: '您没有权限执行此操作', en: 'You are not allowed to do this' },
  CSRF_TOKEN_INVALID: {
    status: 403,
    zh: '页面已过期，请刷新后重试',
    en: 'Missing or invalid CSRF token; reload the page',
  },
  INVALID_CREDENTIALS: { status: 401, zh: '账号或密码错误', en: 'Wrong account or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '密码错误次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many failed attempts; the account is locked for a while',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  MOBILE_TAKEN: { status: 409, zh: '该手机号已注册', en: 'This mobile number is already registered' },
  EMAIL_TAKEN: { status: 409, zh: '该邮箱已注册', en: 'This email is already registered' },
  ID_NUMBER_TAKEN: { status: 409, zh: '该身份证号已被其他账号使用', en: 'This ID number is used by another account' },
  RESET_CODE_INVALID: {
    status: 400,
    zh: '验证码错误或已过期',
    en: 'The reset code is wrong or has expired',
  },
  PASSWORD_INCORRECT: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  USER_NOT_FOUND: { status: 404, zh: '用户不存在', en: 'No such user' },
  ORG_NOT_FOUND: { status: 404, zh: '组织不存在', en: 'No such organisation' },
  ORG_NAME_TAKEN: { status: 409, zh: '同名组织已存在', en: 'An organisation with this name exists' },
  ROLE_NOT_ALLOWED_FOR_ORG: {
    status: 422,
    zh: '该角色不适用于此类组织',
    en: 'This role cannot be held in this kind of organisation',
  },
  MEMBERSHIP_EXISTS: { status: 409, zh: '该用户已拥有此角色', en: 'The user already holds this role here' },
  MEMBERSHIP_NOT_FOUND: { status: 404, zh: '成员角色不存在', en: 'No such membership' },
  LAST_ADMIN: {
    status: 409,
    zh: '不能移除组织的最后一名管理员',
    en: 'The last administrator of an organisation cannot be removed',
  },
  SESSION_NOT_FOUND: { status: 404, zh: '会话不存在', en: 'No such session' },
  STANDARD_VERSION_NOT_FOUND: { status: 404, zh: '标准版本不存在', en: 'No such standard version' },
  STANDARD_VERSION_PUBLISHED: {
    status: 409,
    zh: '该标准版本已发布，不能再修改；请从它新建草稿',
    en: 'This standard version is published and cannot change; draft a new version from it',
  },
  STANDARD_VERSION_LABEL_TAKEN: {
    status: 409,
    zh: '该标准已有同名版本',
    en: 'This standard already has a version with this label',
  },
  STANDARD_BASE_NOT_PUBLISHED: {
    status: 422,
    zh: '只能从已发布的版本新建草稿',
    en: 'A draft can only be based on a published version',
  },
  STANDARD_VERSION_NO_BASE: {
    status: 404,
    zh: '该版本没有基准版本，无法比较',
    en: 'This version has no base version to compare with',
  },
  STANDARD_NODE_NOT_FOUND: { status: 404, zh: '标准中没有该节点', en: 'No such node in this standard version' },
  STANDARD_EDIT_INVALID: {
    status: 422,
    zh: '无法这样修改标准：{reason}',
    en: 'This change to the standard is not allowed: {reasonEn}',
  },
  WEIGHTS_DO_NOT_SUM: {
    status: 422,
    zh: '权重合计须为 100：{column} 合计 {total}',
    en: 'Weights must sum to 100: {columnEn} sums to {total}',
  },
  STANDARD_EFFECTIVE_DATE_REQUIRED: {
    status: 422,
    zh: '发布前请先设置生效日期',
    en: 'Set the effective date before publishing',
  },
  STANDARD_VERSION_INVALID: {
    status: 422,
    zh: '该版本有 {count} 个问题，不能发布',
    en: 'This version has {count} problem(s) and cannot be published',
  },
  EVALUATION_INPUT_INVALID: {
    status: 400,
    zh: '评价表数据有误：{reason}',
    en: 'Invalid evaluation form: {reason}',
  },
  QUESTION_BANK_NOT_FOUND: { status: 404, zh: '题库不存在', en: 'No such question bank' },
  QUESTION_BANK_NAME_TAKEN: {
    status: 409,
    zh: '本组织已有同名题库',
    en: 'This organisation already has a question bank with this name',
  },
  QUESTION_BANK_NOT_EMPTY: {
    status: 409,
    zh: '题库中还有题目，不能删除',
    en: 'The question bank still holds questions and cannot be deleted',
  },
  QUESTION_BANK_SHARE_NOT_ALLOWED: {
    status: 422,
    zh: '只有平台的题库可以共享给培训机构',
    en: 'Only a platform question bank can be shared with institutions',
  },
  QUESTION_NOT_FOUND: { status: 404, zh: '题目不存在', en: 'No such question' },
  QUESTION_REVISION_NOT_FOUND: { status: 404, zh: '题目版本不存在', en: 'No such question revision' },
  QUESTION_INVALID: {
    status: 422,
    zh: '题目有 {count} 处问题，请检查标出的字段',
    en: 'The question has {count} problem(s); check the marked fields',
  },
  QUESTION_DRAFTS_INVALID: {
    status: 422,
    zh: '{count} 处题目数据有误，未保存任何题目',
    en: '{count} problem(s) in the questions; none was saved',
  },
  QUESTION_STATUS_TRANSITION: {
    status: 409,
    zh: '题目不能从“{from}”改为“{to}”',
    en: 'A question cannot go from {fromEn} to {toEn}',
  },
  QUESTION_NOT_TAGGED: {
    status: 422,
    zh: '题目须先关联标准（职业功能或基本要求）才能启用',
    en: 'Tag the question to the standard (a function or a basic-requirement item) before activating it',
  },
  QUESTION_IDS_NOT_IN_BANK: {
    status: 422,
    zh: '有 {count} 道题目不在此题库中',
    en: '{count} question(s) are not in this bank',
  },
  COVERAGE_QUERY_INVALID: { status: 400, zh: '覆盖率查询参数有误：{reason}', en: 'Invalid coverage query: {reasonEn}' },
  JOB_NOT_FOUND: { status: 404, zh: '任务不存在', en: 'No such job' },
  IMPORT_FILE_UNSUPPORTED: {
    status: 415,
    zh: '只能导入 Excel（.xlsx）文件或 QTI 试题包（.zip / .xml）',
    en: 'Import an Excel workbook (.xlsx) or a QTI package (.zip / .xml)',
  },
  IMPORT_FILE_INVALID: {
    status: 400,
    zh: '无法读取上传的文件：{reason}',
    en: 'The uploaded file cannot be read: {reasonEn}',
  },
  IMPORT_FILE_MISSING: { status: 400, zh: '请选择要导入的文件', en: 'Choose a file to import' },
  ITEM_ANALYSIS_NO_RESPONSES: {
    status: 404,
    zh: '该考试没有作答数据，无法进行试题分析',
    en: 'This exam has no responses to analyse',
  },
  ITEM_ANALYSIS_NOT_FOUND: {
    status: 404,
    zh: '该考试还没有试题分析结果',
    en: 'No item analysis for this exam yet',
  },
  ITEM_ANALYSIS_BANK_EMPTY: { status: 422, zh: '题库中没有可用于模拟的试题', en: 'The bank has no items to simulate' },
  QUESTIONS_STATUS_TRANSITION: {
    status: 409,
    zh: '有 {count} 道题目当前为“{from}”，不能改为“{to}”；未修改任何题目',
    en: '{count} question(s) are {fromEn} and cannot go to {toEn}; none was changed',
  },
  QUESTIONS_NOT_TAGGED: {
    status: 422,
    zh: '有 {count} 道题目尚未关联标准（职业功能或基本要求），不能启用；未修改任何题目',
    en: '{count} question(s) are not tagged to the standard (a function or a basic-requirement item) and cannot be activated; none was changed',
  },
  QUESTION_BULK_TOO_MANY: {
    status: 422,
    zh: '符合条件的题目有 {count} 道，一次最多处理 {max} 道',
    en: '{count} questions match; at most {max} can be changed at once',
  },
  // exams: plans, sessions, registration (helper "plans" adds further codes here)
  EXAM_PLAN_NOT_FOUND: { status: 404, zh: '鉴定计划不存在', en: 'No such exam plan' },
  EXAM_PLAN_NOT_EDITABLE: {
    status: 409,
    zh: '鉴定计划已有考生开考，试卷蓝图和规则不能再修改',
    en: 'Candidates have started this plan; its blueprint and rules can no longer change',
  },
  EXAM_PLAN_NOT_PUBLISHED: {
    status: 409,
    zh: '鉴定计划未发布，暂不能报名',
    en: 'This exam plan is not open for registration',
  },
  EXAM_BLUEPRINT_INVALID: {
    status: 422,
    zh: '试卷蓝图不符合要求：{reason}',
    en: 'The paper blueprint is invalid: {reason}',
  },
  EXAM_BLUEPRINT_SHORT: {
    status: 422,
    zh: '题库中的试题不足以按蓝图组卷，请查看缺口明细',
    en: 'The banks do not hold enough items for this blueprint; see the short cells',
  },
  EXAM_RULES_VIOLATED: {
    status: 422,
    zh: '不符合国家职业标准的考务规定：{rules}',
    en: 'The national standard’s exam rules are not met: {rules}',
  },
  EXAM_SESSION_NOT_FOUND: { status: 404, zh: '考试场次不存在', en: 'No such exam session' },
  EXAM_ROOM_NOT_FOUND: { status: 404, zh: '考场不存在', en: 'No such exam room' },
  EXAM_SESSION_STARTED: {
    status: 409,
    zh: '场次已开考，不能再修改时间、考场或监考安排',
    en: 'The session has started; its time, rooms and proctors can no longer change',
  },
  EXAM_ROOM_FULL: { status: 409, zh: '考场座位已满', en: 'The exam rooms have no free seats' },
  EXAM_STAFF_ROLE_MISSING: {
    status: 422,
    zh: '所选人员没有本机构的{role}角色',
    en: 'The chosen person does not hold the {role} role in this organisation',
  },
  REGISTRATION_NOT_FOUND: { status: 404, zh: '报名记录不存在', en: 'No such registration' },
  REGISTRATION_EXISTS: { status: 409, zh: '您已报名该鉴定计划', en: 'You have already registered for this plan' },
  REGISTRATION_NOT_ELIGIBLE: {
    status: 409,
    zh: '该考生未通过报考条件审核，需管理员审核通过后才能安排考场',
    en: 'The candidate is not eligible; an administrator must approve an override first',
  },
  REGISTRATION_NOT_PLACED: {
    status: 409,
    zh: '尚未安排考场和座位，暂无准考证',
    en: 'No seat has been assigned yet, so there is no admission ticket',
  },
  EXAM_PLAN_FINISHED: {
    status: 409,
    zh: '鉴定计划已结束，不能再修改',
    en: 'This exam plan is finished and can no longer change',
  },
  EXAM_PLAN_IN_USE: {
    status: 409,
    zh: '鉴定计划已有报名或场次，不能删除',
    en: 'This exam plan has registrations or sessions and cannot be deleted',
  },
  EXAM_BANK_NOT_READABLE: {
    status: 422,
    zh: '所选题库不存在或本机构无权使用',
    en: 'A chosen question bank does not exist or this organisation may not use it',
  },
  EXAM_PROCTOR_DUPLICATE: {
    status: 422,
    zh: '同一名监考人员不能同时在同一场次的两个考场监考',
    en: 'A proctor cannot be in two rooms of the same session',
  },
  EXAM_ROOM_OCCUPIED: {
    status: 409,
    zh: '考场已安排考生，不能删除或减少到已用座位号以下',
    en: 'Candidates are seated in this room; it cannot be removed or made smaller than the seats in use',
  },
  REGISTRATION_PLACED: {
    status: 409,
    zh: '已安排考场和座位，不能再撤销报名',
    en: 'A seat has been assigned; the registration can no longer be withdrawn',
  },
  REGISTRATION_NOT_OVERRIDABLE: {
    status: 409,
    zh: '只有未通过报考条件审核的报名可以由管理员审核通过',
    en: 'Only an ineligible registration can be approved by override',
  },
  // exams: the candidate's attempt (helper "runtime" adds further codes here)
  ATTEMPT_NOT_FOUND: { status: 404, zh: '考试记录不存在', en: 'No such exam attempt' },
  ATTEMPT_NOT_YOURS: { status: 403, zh: '这不是您的考试', en: 'This exam attempt is not yours' },
  ATTEMPT_NOT_STARTED: { status: 409, zh: '考试尚未开始', en: 'The exam has not started yet' },
  ATTEMPT_TOO_EARLY: {
    status: 409,
    zh: '未到开考时间，请在候考室等待',
    en: 'It is not yet time to start; please wait',
  },
  ATTEMPT_ENTRY_CLOSED: {
    status: 409,
    zh: '开考已超过 {minutes} 分钟，不能再入场',
    en: 'Entry closed {minutes} minutes after the start',
  },
  ATTEMPT_IDENTITY_UNCONFIRMED: { status: 409, zh: '请先核对并确认身份信息', en: 'Please confirm your identity first' },
  ATTEMPT_CLOSED: {
    status: 409,
    zh: '考试已结束（已交卷或已到时间），答案不能再修改',
    en: 'This exam is closed (submitted or out of time); answers can no longer change',
  },
  ATTEMPT_PAUSED: {
    status: 409,
    zh: '考试已被监考员暂停，请等待恢复',
    en: 'The proctor has paused this exam; please wait',
  },
  ATTEMPT_POSITION_INVALID: {
    status: 422,
    zh: '第 {position} 题不在试卷中或作答格式与题型不符',
    en: 'Item {position} is not on the paper or the answer does not fit its type',
  },
  // exams: proctoring, marking, results (helper "marking" adds further codes here)
  PROCTOR_NOT_ASSIGNED: { status: 403, zh: '您不是该考场的监考员', en: 'You are not a proctor of this room' },
  // exams: proctor console (helper "proctoring")
  PROCTOR_ALREADY_PAUSED: { status: 409, zh: '该考生的考试已处于暂停状态', en: 'This attempt is already paused' },
  PROCTOR_NOT_PAUSED: { status: 409, zh: '该考生的考试未暂停，无需恢复', en: 'This attempt is not paused' },
  PROCTOR_TIME_UP: {
    status: 409,
    zh: '该考生的考试时间已到，正在自动交卷，不能再延时或暂停',
    en: 'This attempt’s time is up and it is being closed; it can no longer be extended or paused',
  },
  MARKING_NOT_FOUND: { status: 404, zh: '评卷任务不存在', en: 'No such marking task' },
  MARKING_NOT_YOURS: { status: 403, zh: '这不是分配给您的评卷任务', en: 'This marking task is not assigned to you' },
  MARKING_SCORE_INVALID: {
    status: 422,
    zh: '评分超出该评分要点的分值范围',
    en: 'A score is outside the criterion’s range',
  },
  MARKING_TOO_FEW_MARKERS: {
    status: 409,
    zh: '双评至少需要 2 名考评员（第三评需 3 名）',
    en: 'Blind double marking needs at least 2 markers (3 for third marking)',
  },
  RESULT_NOT_READY: { status: 409, zh: '成绩尚未评定完成', en: 'The result is not final yet' },
  MARKING_TASK_CLOSED: {
    status: 409,
    zh: '该评卷任务已提交评分，不能再修改',
    en: 'This marking task has been marked and can no longer change',
  },
  // simulation and skill exams (modules/simulation)
  SIM_TASK_NOT_FOUND: { status: 404, zh: '实训任务不存在', en: 'No such simulation task' },
  SIM_TASK_INVALID: {
    status: 422,
    zh: '任务定义有误，请查看标出的位置',
    en: 'The task definition has problems; see the marked places',
  },
  SIM_TASK_CODE_TAKEN: { status: 409, zh: '任务编号 {code} 已被使用', en: 'Task code {code} is already used' },
  SIM_TASK_READ_ONLY: {
    status: 409,
    zh: '平台任务库中的任务不能直接修改，请先复制到本机构',
    en: 'Library tasks cannot be edited; copy the task to your organisation first',
  },
  SIM_TASK_NOT_ACTIVE: { status: 409, zh: '任务未启用，不能用于练习或考试', en: 'The task is not active' },
  SIM_RUN_NOT_FOUND: { status: 404, zh: '实训记录不存在', en: 'No such simulation run' },
  SIM_RUN_STALE: {
    status: 409,
    zh: '店铺状态已在别处更新（例如另一个窗口），请刷新后再操作',
    en: 'The store changed elsewhere (another window?); reload and try again',
  },
  SIM_RUN_EXAM_NO_RESET: { status: 409, zh: '考试中的店铺不能重置', en: 'An exam store cannot be reset' },
  SIM_RUN_CLOSED: { status: 409, zh: '该实训已提交，不能再操作', en: 'This run has been submitted and is closed' },
  SIM_ACTION_REFUSED: { status: 422, zh: '平台拒绝了该操作：{reason}', en: 'The marketplace refused this: {reason}' },
  SIM_FEEDBACK_HIDDEN: {
    status: 403,
    zh: '考试中不提供评分反馈',
    en: 'No scoring feedback during an exam',
  },
  SIM_IMAGE_UNSUPPORTED: {
    status: 415,
    zh: '不是可识别的图片（支持 JPEG、PNG）',
    en: 'Not a recognised image (JPEG and PNG are accepted)',
  },
  SIM_IMAGE_TOO_LARGE: { status: 413, zh: '图片超过 {limit}', en: 'The image is larger than {limit}' },
  SIM_IMAGE_NOT_FOUND: { status: 404, zh: '图片不存在', en: 'No such image' },
  SKILL_PART_NOT_FOUND: { status: 404, zh: '该鉴定计划没有技能考核', en: 'This plan has no skill exam' },
  SKILL_PART_LOCKED: {
    status: 409,
    zh: '技能考核已有考生开考，蓝图、时间和考评员不能再修改',
    en: 'Candidates have started the skill exam; its blueprint, time and examiners can no longer change',
  },
  SKILL_BLUEPRINT_MISMATCH: {
    status: 422,
    zh: '技能考核蓝图与标准的技能考核权重表不一致，请查看明细',
    en: 'The skill blueprint does not match the standard’s skill weight table; see the details',
  },
  SKILL_NOT_REGISTERED: {
    status: 403,
    zh: '您没有通过该鉴定计划的报名审核',
    en: 'You are not an approved candidate of this plan',
  },
  SKILL_EXAM_NOT_OPEN: {
    status: 409,
    zh: '不在技能考核入场时间内（{from} 至 {to}）',
    en: 'The skill exam is not open for entry (from {from} to {to})',
  },
  SKILL_ATTEMPT_NOT_FOUND: { status: 404, zh: '技能考核记录不存在', en: 'No such skill-exam attempt' },
  SKILL_ATTEMPT_FINAL: {
    status: 409,
    zh: '成绩已确认，不能再修改',
    en: 'The result is final and can no longer change',
  },
  SKILL_CHECK_NOT_FOUND: { status: 404, zh: '评分项不存在', en: 'No such check' },
  SKILL_OVERRIDE_OUT_OF_RANGE: {
    status: 422,
    zh: '得分须在 0 至 {points} 分之间',
    en: 'The points must be between 0 and {points}',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  // --- comprehensive review (综合评审) — modules/review ---
  REVIEW_NOT_FOUND: { status: 404, zh: '该计划没有综合评审', en: 'This plan has no comprehensive review' },
  REVIEW_LEVEL_NOT_APPLICABLE: {
    status: 422,
    zh: '综合评审只适用于二级/技师和一级/高级技师（{rule}）',
    en: 'The comprehensive review applies to levels 2 and 1 only ({rule})',
  },
  REVIEW_RULES_VIOLATED: {
    status: 422,
    zh: '不符合综合评审的规定：{rules}',
    en: 'The comprehensive review rules are not met: {rules}',
  },
  REVIEW_NOT_PUBLISHED: { status: 409, zh: '综合评审尚未发布', en: 'The comprehensive review is not published yet' },
  REVIEW_MATERIALS_CLOSED: {
    status: 409,
    zh: '材料提交已于 {deadline} 截止',
    en: 'Materials closed at {deadline}',
  },
  REVIEW_MATERIAL_UNSUPPORTED: {
    status: 415,
    zh: '不支持的文件类型（支持 PDF、DOCX、JPEG、PNG，按文件内容识别）',
    en: 'Unsupported file type (PDF, DOCX, JPEG and PNG are accepted, recognised by their content)',
  },
  REVIEW_MATERIAL_TOO_LARGE: { status: 413, zh: '文件超过 {limit}', en: 'The file is larger than {limit}' },
  REVIEW_MATERIAL_NOT_FOUND: { status: 404, zh: '材料不存在', en: 'No such material' },
  REVIEW_CANDIDATE_NOT_FOUND: { status: 404, zh: '评审考生不存在', en: 'No such review candidate' },
  REVIEW_DEFENCE_OVERLAP: {
    status: 409,
    zh: '答辩时间与 {other} 的答辩（{from} 至 {to}）重叠，评审委员会同一时间只能进行一场答辩',
    en: 'The defence overlaps {other}’s defence ({from} to {to}); the committee sits one defence at a time',
  },
  REVIEW_SCORING_NOT_OPEN: {
    status: 409,
    zh: '答辩开始（{startsAt}）后才能评分',
    en: 'Scoring opens when the defence starts ({startsAt})',
  },
  REVIEW_SCORING_CLOSED: {
    status: 409,
    zh: '该计划成绩已发布，评审分数不能再修改',
    en: 'The plan’s results are published; review scores can no longer change',
  },
  REVIEW_NOT_MEMBER: {
    status: 403,
    zh: '您不是该计划的综合评审委员',
    en: 'You are not a member of this plan’s review committee',
  },
  // --- final results and appeals (成绩发布与复核) — modules/results ---
  RESULTS_NOT_PUBLISHED: { status: 409, zh: '成绩尚未发布', en: 'The results have not been published' },
  RESULTS_ALREADY_PUBLISHED: {
    status: 409,
    zh: '该计划的成绩已于 {publishedAt} 发布，不能重复发布',
    en: 'The results of this plan were published at {publishedAt}; they cannot be published again',
  },
  RESULTS_STILL_MARKING: {
    status: 409,
    zh: '还有 {count} 名考生的{component}仍在评分中，评定完成后才能发布成绩',
    en: '{count} candidate(s) still have their {componentEn} being marked; publish when marking is finished',
  },
  FINAL_RESULT_NOT_FOUND: { status: 404, zh: '没有已发布的成绩', en: 'No published result' },
  APPEAL_WINDOW_CLOSED: {
    status: 409,
    zh: '复核申请期为 {from} 至 {until}（北京时间），当前不在申请期内',
    en: 'Appeals are accepted from {from} to {until} (Beijing time); the window is not open now',
  },
  APPEAL_COMPONENT_NOT_REQUIRED: {
    status: 422,
    zh: '本计划不考核{component}，不能申请复核',
    en: 'This plan has no {componentEn}; it cannot be appealed',
  },
  APPEAL_ALREADY_OPEN: {
    status: 409,
    zh: '{component}已有一项复核申请正在处理中',
    en: 'An appeal of the {componentEn} is already being handled',
  },
  APPEAL_NOT_FOUND: { status: 404, zh: '复核申请不存在', en: 'No such appeal' },
  APPEAL_ASSIGNEE_INELIGIBLE: {
    status: 422,
    zh: '不能指派该人员复核：{reason}',
    en: 'This person cannot re-mark the appeal: {reasonEn}',
  },
  APPEAL_ALREADY_DECIDED: { status: 409, zh: '该复核申请已作出决定', en: 'This appeal has already been decided' },
  APPEAL_NOT_ASSIGNEE: {
    status: 403,
    zh: '只有被指派的复核人员才能作出复核决定',
    en: 'Only the assigned re-marker can decide this appeal',
  },
  // ability report (能力评价报告) — modules/results/report
  ABILITY_REPORT_NOT_READY: {
    status: 409,
    zh: '理论知识和技能考核成绩均未评定完成，暂不能生成能力评价报告',
    en: 'Neither the theory nor the skill result is final yet; the ability report is not available',
  },
  ABILITY_REPORT_NOT_PUBLISHED: {
    status: 409,
    zh: '成绩尚未发布，成绩发布后才能查看能力评价报告',
    en: 'The results have not been published yet; the ability report is available after publication',
  },
  // --- certificates (证书) — modules/certificates ---
  CERTIFICATE_NOT_FOUND: { status: 404, zh: '未找到该证书', en: 'No such certificate' },
  CERTIFICATE_NUMBER_INVALID: {
    status: 400,
    zh: '证书编号格式不正确或校验位有误，请核对后重新输入',
    en: 'The certificate number is malformed or its check character is wrong; check it and try again',
  },
  CERTIFICATE_NOT_ELIGIBLE: {
    status: 409,
    zh: '该考生目前不能发证：{reason}',
    en: 'No certificate can be issued to this candidate now: {reason}',
  },
  CERTIFICATE_ALREADY_REVOKED: { status: 409, zh: '该证书已撤销', en: 'This certificate is already revoked' },
  CERTIFICATE_CREDENTIAL_NOT_PUBLIC: {
    status: 404,
    zh: '持证人未公开该证书的电子凭证',
    en: 'The holder has not made this credential public',
  },
  CERTIFICATE_ZIP_NOT_FOUND: {
    status: 404,
    zh: '打包文件不存在或尚未生成',
    en: 'No such ZIP file, or it is not ready yet',
  },
  STATUS_LIST_NOT_FOUND: { status: 404, zh: '状态列表不存在', en: 'No such status list' },
  PHOTO_NOT_FOUND: { status: 404, zh: '尚未上传证件照', en: 'No photo has been uploaded' },
  PHOTO_TOO_LARGE: { status: 413, zh: '照片不能超过 2 MB', en: 'The photo must not exceed 2 MB' },
  PHOTO_INVALID: {
    status: 415,
    zh: '照片须为 JPEG 或 PNG 格式的有效图片',
    en: 'The photo must be a valid JPEG or PNG image',
  },
  // certificates › verifiable credentials (modules/certificates/credentials)
  SIGNING_KEY_UNAVAILABLE: {
    status: 503,
    zh: '证书签名密钥不可用（密钥文件缺失或 CERT_SIGNING_KEY 未配置），暂时无法签发；已签发的证书仍可验证',
    en: 'The certificate signing key is unavailable (key file missing or CERT_SIGNING_KEY unset); signing is not possible now, issued certificates still verify',
  },
  SIGNING_KEY_CONFIGURED: {
    status: 409,
    zh: '签名密钥由配置项 CERT_SIGNING_KEY 提供，请更换该配置来轮换密钥',
    en: 'The signing key comes from CERT_SIGNING_KEY; change that setting to rotate the key',
  },
  // --- end of sections ---
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Messages for field-level problems raised by our own refinements (zod issue params.code). */
export const FIELD_MESSAGES = {
  ID_NUMBER_FORMAT: {
    zh: '身份证号应为 18 位（最后一位可为 X）',
    en: 'An ID number has 18 characters (the last may be X)',
  },
  ID_NUMBER_BIRTH_DATE: { zh: '身份证号中的出生日期无效', en: 'The birth date inside the ID number is invalid' },
  ID_NUMBER_CHECK_DIGIT: {
    zh: '身份证号校验位错误（GB 11643），请核对后重新输入',
    en: 'The ID number check digit is wrong (GB 11643)',
  },
  MOBILE_FORMAT: { zh: '请输入 11 位中国大陆手机号', en: 'Enter an 11-digit mainland China mobile number' },
  EMAIL_FORMAT: { zh: '邮箱格式不正确', en: 'Invalid email address' },
  PASSWORD_POLICY: {
    zh: '密码须为 8–128 位，且同时包含字母和数字',
    en: 'A password has 8–128 characters with both letters and digits',
  },
  ACCOUNT_FORMAT: { zh: '请输入手机号或邮箱', en: 'Enter a mobile number or email' },
  CONTACT_REQUIRED: { zh: '手机号和邮箱至少填写一项', en: 'Give a mobile number or an email' },
  NAME_REQUIRED: { zh: '请填写姓名', en: 'Name is required' },
  EMPTY_UPDATE: { zh: '没有要修改的内容', en: 'Nothing to change' },
  CREDIT_CODE_INVALID: {
    zh: '统一社会信用代码格式或校验位错误（GB 32100）',
    en: 'Invalid unified social credit code (format or GB 32100 check character)',
  },
  QUESTION_STEM_EMPTY: {
    zh: '题干不能为空（清理不安全内容后为空）',
    en: 'The stem is empty (after removing unsafe content)',
  },
  QUESTION_OPTION_EMPTY: { zh: '选项内容不能为空', en: 'An option cannot be empty' },
  QUESTION_OPTIONS_COUNT: { zh: '单选题和多选题须有 2–8 个选项', en: 'Choice questions have 2–8 options' },
  QUESTION_OPTION_KEYS_DUPLICATE: { zh: '选项字母不能重复', en: 'Option letters must be unique' },
  QUESTION_OPTIONS_NOT_ALLOWED: { zh: '该题型不设选项', en: 'This type of question has no options' },
  QUESTION_ANSWER_TYPE_MISMATCH: { zh: '答案与题型不一致', en: 'The answer does not match the question type' },
  QUESTION_ANSWER_NOT_IN_OPTIONS: { zh: '正确答案须是已有的选项', en: 'The correct answer must be one of the options' },
  QUESTION_MULTIPLE_KEYS: {
    zh: '多选题须有至少 2 个不重复的正确选项',
    en: 'A multiple-choice question has at least 2 distinct correct options',
  },
  QUESTION_RUBRIC_POINTS: {
    zh: '评分要点的分值合计须等于本题分值',
    en: 'The rubric points must add up to the points of the question',
  },
  TAG_VERSION_NOT_PUBLISHED: {
    zh: '标准版本不存在或尚未发布',
    en: 'The standard version does not exist or is not published',
  },
  TAG_LEVEL_INVALID: { zh: '该标准版本中没有此等级', en: 'No such level in this standard version' },
  TAG_WORK_TYPE_INVALID: {
    zh: '工种与等级不符（一级不分工种）',
    en: 'The work type does not belong to the level (level 1 has none)',
  },
  TAG_NODE_INVALID: {
    zh: '节点不存在、已停用，或与等级、工种、上级节点不一致',
    en: 'The node does not exist, is retired, or does not match the level, work type or parent',
  },
  TAG_PARENT_REQUIRED: {
    zh: '请先选择上级节点（职业功能 → 工作内容 → 知识点）',
    en: 'Choose the parent first (function → work content → knowledge item)',
  },
  TAG_BASIC_WITH_FUNCTION: {
    zh: '基本要求（职业道德、基础知识）的题目不关联职业功能',
    en: 'A basic-requirement item (职业道德, 基础知识) is not tagged to a function',
  },
  BULK_STATUS_TARGET: {
    zh: '请选择题目，或给出筛选条件（二者选一）',
    en: 'Give either the question ids or a filter (one of the two)',
  },
  IRREGULARITY_NOTE_REQUIRED: {
    zh: '选择“其他”时请填写情况说明',
    en: 'Describe the irregularity when choosing “other”',
  },
  // --- comprehensive review (综合评审) — modules/review ---
  REVIEW_SCORE_DECIMALS: { zh: '分数最多保留两位小数', en: 'A score has at most two decimals' },
  REVIEW_COMMENT_LENGTH: { zh: '评语至少 10 个字', en: 'A comment has at least 10 characters' },
  // --- final results and appeals (成绩发布与复核) — modules/results ---
  APPEAL_REASON_LENGTH: { zh: '理由至少 10 个字', en: 'Give a reason of at least 10 characters' },
  APPEAL_NEW_SCORE_REQUIRED: {
    zh: '更改成绩时须填写复核后的分数（0–100，最多两位小数）',
    en: 'A changed outcome needs the new score (0–100, at most two decimals)',
  },
  // --- certificates (证书) — modules/certificates ---
  // --- end of sections ---
} as const satisfies Record<string, { zh: string; en: string }>;

export type FieldMessageCode = keyof typeof FIELD_MESSAGES;

export interface ApiErrorDetail {
  /** Dotted path of the field, e.g. "body.idNumber". */
  field: string;
  /** Stable code of the problem (a zod issue code or a FIELD_MESSAGES code). */
  code: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: ApiErrorDetail[]; requestId?: string };
}
