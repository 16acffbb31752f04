import { describe, expect, it } from 'vitest';
import { classifyOccupation, classifySchoolType, isRelatedMajor } from './matching.js';
import { RELATED_MAJORS, RELATED_OCCUPATIONS } from './related.js';

describe('classifyOccupation', () => {
  it('recognises this occupation and its usual variants', () => {
    for (const name of [
      '电子商务师',
      '电子商务',
      '电 子 商 务 师',
      '电商',
      '电商运营专员',
      '跨境电商',
      '跨境电子商务师',
      '网商',
    ]) {
      expect(classifyOccupation(name)).toBe('this');
    }
  });

  it('recognises every related occupation of the footnote, and variants', () => {
    for (const name of RELATED_OCCUPATIONS.occupations) expect(classifyOccupation(name)).toBe('related');
    for (const name of ['营销人员', '市场营销', '商务策划人员', ' 全媒体运营师　', '物流服务 师', '网络营销', '客服']) {
      expect(classifyOccupation(name)).toBe('related');
    }
  });

  it('rejects other occupations', () => {
    for (const name of ['会计', '电工', '厨师', '教师', '']) expect(classifyOccupation(name)).toBe('unrelated');
  });
});

describe('isRelatedMajor', () => {
  it('accepts every major of each footnote list in its own catalogue', () => {
    for (const list of Object.values(RELATED_MAJORS)) {
      for (const major of list.majors) expect(isRelatedMajor(major, [list.catalog])).toBe(true);
    }
  });

  it('is tolerant of usual variants', () => {
    expect(isRelatedMajor('电子商务专业', ['技工学校'])).toBe(true);
    expect(isRelatedMajor('跨境电商', ['技工学校'])).toBe(true);
    expect(isRelatedMajor('电子商务（跨境方向）', ['本科院校'])).toBe(true);
    expect(isRelatedMajor('国际经济和贸易', ['本科院校'])).toBe(true);
    expect(isRelatedMajor('ｍａｒｋｅｔｉｎｇ', ['本科院校'])).toBe(false);
  });

  it('keeps catalogues apart', () => {
    expect(isRelatedMajor('物流管理', ['本科院校'])).toBe(true);
    expect(isRelatedMajor('物流管理', ['技工学校'])).toBe(false);
    expect(isRelatedMajor('计算机应用', ['中等及以上职业学校'])).toBe(true);
    expect(isRelatedMajor('计算机应用', ['高等职业学校'])).toBe(false);
  });
});

describe('classifySchoolType', () => {
  it('maps the standard names and variants', () => {
    expect(classifySchoolType('技工学校')).toBe('技工学校');
    expect(classifySchoolType('高级技工学校')).toBe('高级技工学校');
    expect(classifySchoolType('技师学院')).toBe('技师学院');
    expect(classifySchoolType('中专')).toBe('中等职业学校');
    expect(classifySchoolType('中等职业学校')).toBe('中等职业学校');
    expect(classifySchoolType('高职')).toBe('高等职业学校');
    expect(classifySchoolType('高等职业学校')).toBe('高等职业学校');
    expect(classifySchoolType('大专')).toBe('大专');
    expect(classifySchoolType('专科毕业')).toBe('大专');
    expect(classifySchoolType('本科院校')).toBe('本科');
    expect(classifySchoolType('硕士研究生')).toBe('研究生');
    expect(classifySchoolType('小学')).toBeNull();
  });
});
