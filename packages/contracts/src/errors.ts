/**
 * The error-code table: every error the API returns has one of these stable codes,
 * an HTTP status and a message in Chinese and English. Clients switch on `code`.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '提交的数据有误，请检查标出的字段', en: 'Some fields are invalid' },
  INVALID_JSON: { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The request body is too large' },
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
