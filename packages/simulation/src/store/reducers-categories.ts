/** The seller's own store categories (店铺分组 / storefront sections): at most two levels. */
import { nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import { refuse } from '../core/result.js';
import type { SimState, StoreCategory } from '../core/state.js';

export const MAX_STORE_CATEGORIES = 100;

function categoryOrRefuse(draft: SimState, id: string): StoreCategory {
  const found = draft.storeCategories.find((c) => c.id === id);
  return found ?? refuse('STORE_CATEGORY_NOT_FOUND', `店铺分组 ${id} 不存在`, `No store category ${id}`, 'categoryId');
}

const siblingsOf = (draft: SimState, parentId: string | null): StoreCategory[] =>
  draft.storeCategories.filter((c) => c.parentId === parentId).sort((a, b) => a.position - b.position);

function refuseDuplicateName(draft: SimState, parentId: string | null, name: string, selfId?: string): void {
  const clash = siblingsOf(draft, parentId).some(
    (c) => c.id !== selfId && c.name.trim().toLowerCase() === name.trim().toLowerCase(),
  );
  if (clash) {
    refuse(
      'STORE_CATEGORY_DUPLICATE',
      `同一级已有名为“${name}”的分组`,
      `A category named "${name}" already exists at this level`,
      'name',
    );
  }
}

function renumber(list: StoreCategory[]): void {
  list.forEach((c, i) => {
    c.position = i;
  });
}

export const categoryReducers: ReducerMap = {
  'store.addCategory': (draft, action) => {
    const name = action.name.trim();
    if (name === '')
      refuse('STORE_CATEGORY_NAME_REQUIRED', '分组名称不能为空', 'The category name is required', 'name');
    if (draft.storeCategories.length >= MAX_STORE_CATEGORIES) {
      refuse(
        'STORE_CATEGORY_LIMIT',
        `店铺分组最多 ${MAX_STORE_CATEGORIES} 个`,
        `At most ${MAX_STORE_CATEGORIES} store categories`,
      );
    }
    const parentId = action.parentId ?? null;
    if (parentId !== null) {
      const parent = draft.storeCategories.find((c) => c.id === parentId);
      if (!parent)
        refuse('STORE_CATEGORY_NOT_FOUND', `上级分组 ${parentId} 不存在`, `No parent category ${parentId}`, 'parentId');
      if (parent.parentId !== null) {
        refuse('STORE_CATEGORY_DEPTH', '店铺分组最多两级', 'Store categories have at most two levels', 'parentId');
      }
    }
    refuseDuplicateName(draft, parentId, name);
    const category: StoreCategory = {
      id: nextId(draft, 'SC'),
      name,
      parentId,
      position: siblingsOf(draft, parentId).length,
    };
    if (action.nameEn?.trim()) category.nameEn = action.nameEn.trim();
    draft.storeCategories.push(category);
    return [
      {
        kind: 'store.categoryAdded',
        message: { zh: `已添加店铺分组“${name}”`, en: `Store category "${name}" added` },
        refs: { categoryId: category.id },
      },
    ];
  },

  'store.updateCategory': (draft, action) => {
    const category = categoryOrRefuse(draft, action.categoryId);
    if (action.name !== undefined) {
      const name = action.name.trim();
      if (name === '')
        refuse('STORE_CATEGORY_NAME_REQUIRED', '分组名称不能为空', 'The category name is required', 'name');
      refuseDuplicateName(draft, category.parentId, name, category.id);
      category.name = name;
    }
    if (action.nameEn !== undefined) {
      if (action.nameEn.trim() === '') delete category.nameEn;
      else category.nameEn = action.nameEn.trim();
    }
    if (action.position !== undefined) {
      const siblings = siblingsOf(draft, category.parentId).filter((c) => c.id !== category.id);
      const at = Math.max(0, Math.min(siblings.length, Math.trunc(action.position)));
      siblings.splice(at, 0, category);
      renumber(siblings);
    }
    return [
      {
        kind: 'store.categoryUpdated',
        message: { zh: `已修改店铺分组“${category.name}”`, en: `Store category "${category.name}" updated` },
        refs: { categoryId: category.id },
      },
    ];
  },

  'store.removeCategory': (draft, action) => {
    const category = categoryOrRefuse(draft, action.categoryId);
    if (draft.storeCategories.some((c) => c.parentId === category.id)) {
      refuse(
        'STORE_CATEGORY_HAS_CHILDREN',
        '请先删除该分组下的子分组',
        'Remove its sub-categories first',
        'categoryId',
      );
    }
    const users = draft.listings.filter((l) => l.storeCategoryId === category.id);
    if (users.length > 0) {
      refuse(
        'STORE_CATEGORY_IN_USE',
        `该分组下还有 ${users.length} 个商品（${users.map((l) => l.id).join('、')}），不能删除`,
        `${users.length} listing(s) still use this category (${users.map((l) => l.id).join(', ')})`,
        'categoryId',
      );
    }
    draft.storeCategories = draft.storeCategories.filter((c) => c.id !== category.id);
    renumber(siblingsOf(draft, category.parentId));
    return [
      {
        kind: 'store.categoryRemoved',
        message: { zh: `已删除店铺分组“${category.name}”`, en: `Store category "${category.name}" removed` },
        refs: { categoryId: category.id },
      },
    ];
  },
};
