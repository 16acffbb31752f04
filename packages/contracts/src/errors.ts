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
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
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
