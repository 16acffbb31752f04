/** Image rules, checked on what the server measured on the uploaded files. */
import type { RuleViolation } from '../core/result.js';
import type { ListingImage } from '../core/state.js';
import type { ListingRules } from './rules-types.js';
import { violation } from './violation.js';

/** Share of border pixels that must be pure white for a "pure white background". */
export const WHITE_BORDER_MIN = 0.97;

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function imageViolations(images: ListingImage[], rules: ListingRules): RuleViolation[] {
  const out: RuleViolation[] = [];
  const r = rules.mainImage.value;
  const maxImages = rules.maxImages.value;
  if (images.length > maxImages) {
    out.push(
      violation(
        'images.max',
        'images',
        `图片 ${images.length} 张，最多 ${maxImages} 张`,
        `${images.length} images; at most ${maxImages} are allowed`,
      ),
    );
  }
  const mainIndex = images.findIndex((i) => i.role === 'main');
  if (mainIndex < 0) out.push(violation('image.mainMissing', 'images', '缺少主图', 'The main image is missing'));
  images.forEach((img, i) => {
    const field = `images[${i}]`;
    const what =
      i === mainIndex ? { zh: '主图', en: 'Main image' } : { zh: `第 ${i + 1} 张图片`, en: `Image ${i + 1}` };
    if (!r.formats.includes(img.format)) {
      const allowed = r.formats.map((f) => f.toUpperCase()).join('/');
      out.push(
        violation(
          'image.format',
          field,
          `${what.zh}格式为 ${img.format.toUpperCase()}，只接受 ${allowed}`,
          `${what.en} is ${img.format.toUpperCase()}; only ${allowed} are accepted`,
        ),
      );
    }
    if (img.bytes > r.maxBytes) {
      out.push(
        violation(
          'image.bytes',
          field,
          `${what.zh}大小 ${mb(img.bytes)}，超过上限 ${mb(r.maxBytes)}`,
          `${what.en} is ${mb(img.bytes)}; the maximum is ${mb(r.maxBytes)}`,
        ),
      );
    }
    const longest = Math.max(img.width, img.height);
    if (longest > r.maxLongestSide) {
      out.push(
        violation(
          'image.maxSize',
          field,
          `${what.zh}最长边 ${longest} 像素，超过上限 ${r.maxLongestSide}`,
          `${what.en} is ${longest} px on its longest side; the maximum is ${r.maxLongestSide}`,
        ),
      );
    }
    if (i !== mainIndex) return;
    if (longest < r.minLongestSide) {
      out.push(
        violation(
          'image.minSize',
          field,
          `主图最长边 ${longest} 像素，至少需要 ${r.minLongestSide}`,
          `The main image is ${longest} px on its longest side; at least ${r.minLongestSide} are required`,
        ),
      );
    }
    if (r.whiteBackground && img.borderWhiteRatio < WHITE_BORDER_MIN) {
      out.push(
        violation(
          'image.whiteBackground',
          field,
          `主图背景须为纯白（RGB 255,255,255）：边缘白色像素仅 ${pct(img.borderWhiteRatio)}，应不少于 ${pct(WHITE_BORDER_MIN)}`,
          `The main image needs a pure white background (RGB 255,255,255): only ${pct(img.borderWhiteRatio)} of the border is white; ${pct(WHITE_BORDER_MIN)} is required`,
        ),
      );
    }
    if (img.productFillRatio < r.minFill) {
      out.push(
        violation(
          'image.fill',
          field,
          `商品仅占主图画面 ${pct(img.productFillRatio)}，应不少于 ${pct(r.minFill)}`,
          `The product fills ${pct(img.productFillRatio)} of the main image; at least ${pct(r.minFill)} is required`,
        ),
      );
    }
  });
  return out;
}
