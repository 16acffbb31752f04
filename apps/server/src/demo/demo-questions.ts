import type { OPTION_KEYS, QuestionDraft, QuestionTags } from '@crossskill/contracts';

/**
 * The demo question bank: theory items for 四级/中级工 跨境电子商务师, tagged to the national standard
 * (2022) — level 4 nodes that apply to 跨境电子商务师, or the 基本要求 rows 职业道德/基础知识 — so that
 * the coverage analysis and paper assembly have something real to work with. Facts follow
 * /work/shared/reference/cbec-domain-notes.md (platform rules change: these are teaching examples).
 */

export const DEMO_BANK = {
  name: '四级跨境电子商务师理论题库（演示）',
  description:
    '演示数据：四级/中级工 跨境电子商务师理论知识题，按《电子商务师国家职业技能标准（2022 年版）》标注职业功能、工作内容和相关知识要求。平台规则以各平台最新公布为准。',
} as const;

const SOURCE = '演示题目';
const LEVEL = 4;
const WORK_TYPE = '跨境电子商务师';

type Key = (typeof OPTION_KEYS)[number];
/** A 相关知识要求 code of level 4 (e.g. '4.6.2' → L4/F4/C4.6/K4.6.2), or a 基本要求 row: '职业道德', '基础知识'. */
type Tag = string;

interface Common {
  stem: string;
  difficulty: 1 | 2 | 3 | 4 | 5;
  tag: Tag;
  explanation: string;
  points?: number;
}

type DemoQuestion =
  | (Common & { type: 'single'; options: string[]; answer: Key })
  | (Common & { type: 'multiple'; options: string[]; answer: Key[] })
  | (Common & { type: 'true_false'; answer: boolean })
  | (Common & { type: 'fill_blank'; blanks: string[][] })
  | (Common & {
      type: 'short_answer' | 'case_analysis';
      reference: string;
      rubric: { criterion: string; points: number }[];
    });

const KEYS: readonly Key[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

const DEFAULT_POINTS = { single: 1, multiple: 2, true_false: 1, fill_blank: 2 } as const;

/** The demo items, in the order they are created. */
export const DEMO_QUESTIONS: readonly DemoQuestion[] = [
  // ── 职业道德 ──────────────────────────────────────────────────────────────
  {
    type: 'single',
    tag: '职业道德',
    difficulty: 1,
    stem: '跨境电商从业人员在编写商品详情时，符合“诚信为本”职业守则的做法是（ ）。',
    options: [
      '如实描述商品的材质、尺寸和功能，不作虚假或引人误解的宣传',
      '为提高转化率，适当夸大产品功效',
      '把竞争对手的品牌名写进自己的商品标题以获取流量',
      '对给出差评的买家反复发消息施压，要求其修改评价',
    ],
    answer: 'A',
    explanation:
      '职业守则要求“诚信为本，热情服务”。《电子商务法》第十七条规定，电子商务经营者应当全面、真实、准确、及时地披露商品或者服务信息，不得进行虚假或者引人误解的商业宣传。B、C、D 分别涉及虚假宣传、侵犯商标权和骚扰买家。',
  },
  {
    type: 'true_false',
    tag: '职业道德',
    difficulty: 2,
    stem: '只要商品质量确实不错，卖家请亲友下单并留下好评（“刷单”“刷评”）以提升排名，并不违反职业道德。',
    answer: false,
    explanation:
      '刷单、刷评属于编造用户评价、虚构交易，违反《电子商务法》第十七条，也违反亚马逊等平台的评论政策，可导致商品下架甚至账号被封。与商品质量好坏无关。',
  },
  {
    type: 'multiple',
    tag: '职业道德',
    difficulty: 2,
    stem: '下列行为中，违背“遵纪守法”“保守秘密，注重安全”职业守则的有（ ）。',
    options: [
      '销售仿冒他人注册商标的商品',
      '未经授权盗用他人拍摄的产品图片',
      '按照实际成交价格如实向海关申报',
      '将买家的姓名、地址、电话导出后出售给第三方',
    ],
    answer: ['A', 'B', 'D'],
    explanation: 'A 侵犯商标权，B 侵犯著作权，D 违反《个人信息保护法》并泄露客户信息；C 是依法申报，符合职业守则。',
  },

  // ── 基础知识 ──────────────────────────────────────────────────────────────
  {
    type: 'single',
    tag: '基础知识',
    difficulty: 1,
    stem: '《中华人民共和国电子商务法》自（ ）起施行。',
    options: ['2018 年 8 月 31 日', '2019 年 1 月 1 日', '2020 年 1 月 1 日', '2021 年 1 月 1 日'],
    answer: 'B',
    explanation:
      '《电子商务法》于 2018 年 8 月 31 日经第十三届全国人大常委会第五次会议通过，自 2019 年 1 月 1 日起施行。',
  },
  {
    type: 'single',
    tag: '基础知识',
    difficulty: 2,
    stem: '海关监管方式代码“9610”对应的是（ ）。',
    options: [
      '跨境电子商务 B2C 零售出口，“清单核放、汇总申报”',
      '跨境电商 B2B 直接出口',
      '跨境电商出口海外仓',
      '保税跨境贸易电子商务',
    ],
    answer: 'A',
    explanation:
      '9610（跨境贸易电子商务）由海关总署 2014 年第 12 号公告增列，适用于 B2C 零售出口：凭清单核放货物，事后汇总申报。9710 为 B2B 直接出口，9810 为出口海外仓，1210 为保税跨境贸易电子商务。',
  },
  {
    type: 'multiple',
    tag: '基础知识',
    difficulty: 3,
    stem: '海关总署 2020 年第 75 号公告为跨境电商 B2B 出口增列的海关监管方式代码有（ ）。',
    options: ['9710', '9810', '9610', '1210'],
    answer: ['A', 'B'],
    explanation:
      '2020 年第 75 号公告增列 9710（跨境电子商务企业对企业直接出口）和 9810（跨境电子商务出口海外仓）。9610 早在 2014 年增列，1210 为保税跨境贸易电子商务。',
  },
  {
    type: 'fill_blank',
    tag: '基础知识',
    difficulty: 3,
    stem: '跨境电商出口海外仓模式的海关监管方式代码为____；跨境电商 B2B 直接出口的监管方式代码为____。',
    blanks: [['9810'], ['9710']],
    explanation: '9810：跨境电子商务出口海外仓；9710：跨境电子商务企业对企业直接出口（海关总署 2020 年第 75 号公告）。',
  },
  {
    type: 'single',
    tag: '基础知识',
    difficulty: 3,
    stem: '某企业先将商品整批运入综合保税区备货，境内消费者在跨境电商平台下单后，再从区内分拣、申报出区配送。该模式对应的海关监管方式代码是（ ）。',
    options: ['1210', '9610', '9710', '0110'],
    answer: 'A',
    explanation:
      '1210（保税跨境贸易电子商务）适用于在海关特殊监管区域或保税物流中心内备货的跨境电商业务，俗称“保税备货”。0110 为一般贸易。',
  },
  {
    type: 'single',
    tag: '基础知识',
    difficulty: 3,
    stem: '按照《国际贸易术语解释通则 2020》，FOB 术语下货物灭失或损坏的风险自（ ）时由卖方转移给买方。',
    options: ['货物在指定装运港装上船', '货物运抵目的港', '卖方在其工厂将货物交给买方', '货物越过船舷'],
    answer: 'A',
    explanation:
      'Incoterms 2020 中，FOB 的风险在货物于指定装运港装上买方指定的船舶时转移。“越过船舷”是 2000 年版通则的旧表述，2010 年版起已取消。',
  },
  {
    type: 'true_false',
    tag: '基础知识',
    difficulty: 3,
    stem: '在 DDP（完税后交货）术语下，进口国的关税及进口环节税费由卖方承担。',
    answer: true,
    explanation:
      'DDP 是卖方责任最大的术语：卖方负责将货物运至进口国指定地点，并办理进口清关、缴纳进口关税和税费。跨境电商向买家承诺“含税价”时，实际采用的就是类似 DDP 的安排。',
  },
  {
    type: 'single',
    tag: '基础知识',
    difficulty: 4,
    stem: '我国海关报关单上的商品编号为 10 位，其中前（ ）位与国际通用的《商品名称及编码协调制度》（HS）一致。',
    options: ['4', '6', '8', '10'],
    answer: 'B',
    explanation: '10 位商品编号 = 6 位 HS 编码 + 4 位我国子目。申报时须按该编号要求填报对应的申报要素。',
  },
  {
    type: 'true_false',
    tag: '基础知识',
    difficulty: 2,
    stem: '《电子商务法》所称电子商务经营者，包括电子商务平台经营者、平台内经营者，以及通过自建网站、其他网络服务销售商品或者提供服务的电子商务经营者。',
    answer: true,
    explanation: '见《电子商务法》第九条。在亚马逊、速卖通开店的卖家属于平台内经营者；独立站卖家属于第三类。',
  },

  // ── 产品及服务信息管理（L4/F1） ─────────────────────────────────────────────
  {
    type: 'single',
    tag: '1.1.3',
    difficulty: 2,
    stem: '以下亚马逊商品标题中，最符合平台标题规范的是（ ）。',
    options: [
      'Free Shipping! Best Seller Wireless Earbuds',
      'WIRELESS EARBUDS BLUETOOTH 5.3 HEADPHONES',
      'Wireless Earbuds, Bluetooth 5.3 Headphones with Charging Case, 40H Playtime, Black',
      'Wireless Earbuds $19.99 Hot Sale',
    ],
    answer: 'C',
    explanation:
      '亚马逊标题不得含促销用语（Free Shipping、Best Seller、Hot Sale），不得使用 ! $ ? _ { } ^ ¬ ¦ 等字符，不建议全部大写。C 依次写出核心词、关键属性和颜色，符合要求。',
  },
  {
    type: 'multiple',
    tag: '1.1.3',
    difficulty: 3,
    stem: '根据亚马逊商品标题要求，下列做法中不允许或不建议的有（ ）。',
    options: [
      '加入“Free Shipping”“Best Seller”等促销用语',
      '使用“!”“$”“?”等特殊字符',
      '所有字母全部大写',
      '写明品牌、核心产品词和关键属性',
    ],
    answer: ['A', 'B', 'C'],
    explanation:
      '标题（一般不超过 200 个字符，含空格，因类目而异）应简洁准确，不含促销用语和禁用字符，同一单词（介词、冠词、连词除外）不宜重复超过两次；D 是推荐做法。',
  },
  {
    type: 'fill_blank',
    tag: '1.1.4',
    difficulty: 3,
    stem: '亚马逊卖家后台的搜索关键词（Search Terms）字段，长度应少于____字节。',
    blanks: [['250', '250字节', '250 bytes']],
    explanation:
      '后台搜索词应少于 250 字节（注意是字节而不是字符），超出部分不会被索引；不必重复标题中已有的词，也不应填写其他品牌名。',
  },

  // ── 线上店铺设计与装修（L4/F2） ─────────────────────────────────────────────
  {
    type: 'single',
    tag: '2.4.2',
    difficulty: 1,
    stem: '亚马逊商品主图的背景应为（ ）。',
    options: ['纯白色（RGB 255,255,255）', '浅灰色', '与产品颜色对比强烈的任意纯色', '产品使用场景'],
    answer: 'A',
    explanation: '主图须为纯白背景（RGB 255,255,255）；场景图、细节图可作为辅图使用。',
  },
  {
    type: 'true_false',
    tag: '2.4.2',
    difficulty: 2,
    stem: '亚马逊主图中商品应占画面的 85% 以上；图片最长边不小于 1000 像素时，买家可在详情页使用放大（缩放）功能。',
    answer: true,
    explanation:
      '主图要求：纯白背景，商品占画面 ≥ 85%，最长边 ≥ 1000 像素以支持缩放（不超过 10000 像素），格式为 JPEG、PNG、TIFF 或 GIF。',
  },
  {
    type: 'single',
    tag: '2.6.1',
    difficulty: 3,
    stem: '面向中东（如沙特阿拉伯）市场设计店铺页面和营销图片时，下列做法最恰当的是（ ）。',
    options: [
      '在斋月前后策划节日主题活动，设计时注意阿拉伯语从右向左的阅读习惯',
      '使用小猪卡通形象作为店铺吉祥物',
      '直接沿用面向欧美市场的泳装模特图',
      '页面文案统一使用中文，减少翻译成本',
    ],
    answer: 'A',
    explanation:
      '跨文化装修要尊重目标市场的宗教和文化习俗：伊斯兰文化忌讳猪的形象，着装图片应保守；斋月和开斋节是中东的重要消费节点；阿拉伯语页面需采用从右向左的版式。',
  },
  {
    type: 'true_false',
    tag: '2.5.1',
    difficulty: 2,
    stem: '“黑色星期五”（Black Friday）是美国感恩节之后的第一天，是欧美市场年末最重要的促销节点之一。',
    answer: true,
    explanation:
      '感恩节为每年 11 月第四个星期四，次日即黑色星期五，随后的星期一为“网络星期一”（Cyber Monday），卖家通常提前一到两个月准备节日活动页和库存。',
  },

  // ── 营销推广（L4/F3） ───────────────────────────────────────────────────────
  {
    type: 'single',
    tag: '3.4.1',
    difficulty: 1,
    stem: '亚马逊商品推广（Sponsored Products）广告按点击收费，这种计费方式的英文缩写是（ ）。',
    options: ['CPC', 'CPM', 'CPA', 'CPS'],
    answer: 'A',
    explanation:
      'CPC（Cost Per Click）按点击付费；CPM 按千次展示付费，CPA 按行动付费，CPS 按销售额付费。CPC = 广告花费 ÷ 点击量。',
  },
  {
    type: 'multiple',
    tag: '3.4.2',
    difficulty: 2,
    stem: '下列属于亚马逊站内广告（Amazon Ads）类型的有（ ）。',
    options: [
      '商品推广（Sponsored Products）',
      '品牌推广（Sponsored Brands）',
      '展示型推广（Sponsored Display）',
      '速卖通联盟营销',
    ],
    answer: ['A', 'B', 'C'],
    explanation: '亚马逊站内广告主要有商品推广、品牌推广（需品牌备案）和展示型推广；联盟营销是速卖通的站外推广工具。',
  },
  {
    type: 'single',
    tag: '3.4.3',
    difficulty: 3,
    stem: '某广告活动一周内曝光 20000 次、点击 400 次、花费 300 美元，带来广告订单 20 单、广告销售额 1200 美元。该广告的 ACoS 为（ ）。',
    options: ['25%', '4%', '75%', '2%'],
    answer: 'A',
    explanation: 'ACoS = 广告花费 ÷ 广告销售额 = 300 ÷ 1200 = 25%。同一数据下 CPC = 300 ÷ 400 = 0.75 美元。',
  },
  {
    type: 'fill_blank',
    tag: '3.4.3',
    difficulty: 3,
    stem: '某广告曝光 20000 次、点击 400 次，产生广告订单 20 单，则点击率（CTR）为____，转化率（CVR）为____。',
    blanks: [
      ['2%', '2', '0.02', '2.0%', '百分之二'],
      ['5%', '5', '0.05', '5.0%', '百分之五'],
    ],
    explanation: 'CTR = 点击量 ÷ 曝光量 = 400 ÷ 20000 = 2%；CVR = 订单量 ÷ 点击量 = 20 ÷ 400 = 5%。',
  },
  {
    type: 'true_false',
    tag: '3.4.3',
    difficulty: 2,
    stem: 'ACoS 越高，说明广告的投入产出效果越好。',
    answer: false,
    explanation:
      'ACoS = 广告花费 ÷ 广告销售额，越低越好；ROAS = 1 ÷ ACoS，越高越好。判断是否盈利，可将 ACoS 与产品未计广告的毛利率（盈亏平衡 ACoS）比较。',
  },
  {
    type: 'single',
    tag: '3.4.3',
    difficulty: 4,
    stem: '若某广告活动的 ACoS 为 20%，则其广告支出回报率（ROAS）为（ ）。',
    options: ['5', '0.2', '2', '20'],
    answer: 'A',
    explanation: 'ROAS = 广告销售额 ÷ 广告花费 = 1 ÷ ACoS = 1 ÷ 20% = 5，即每投入 1 美元广告费带来 5 美元销售额。',
  },
  {
    type: 'multiple',
    tag: '3.4.3',
    difficulty: 5,
    stem: '关于亚马逊关键词广告的竞价与排名，下列说法正确的有（ ）。',
    options: [
      '广告排名同时取决于出价和广告的相关性与质量',
      '在广义第二价格拍卖中，卖家实际支付的单次点击费用通常低于自己的最高出价',
      '出价越高，ACoS 一定越低',
      '采用“动态竞价—提高和降低”策略时，系统对搜索结果顶部（首页）的出价最多可提高 100%',
    ],
    answer: ['A', 'B', 'D'],
    explanation:
      '排名按出价 × 相关性/质量决定；广义第二价格下，赢家只需支付保持其排名所需的价格（约为下一名出价 × 下一名质量 ÷ 自身质量 + 0.01）。出价提高通常使 CPC 上升，ACoS 反而可能升高，C 错误。',
  },
  {
    type: 'single',
    tag: '3.5.1',
    difficulty: 1,
    stem: '亚马逊每年仅面向 Prime 会员开展的大型促销活动是（ ）。',
    options: ['Prime Day（会员日）', '“双 11”购物节', '“618”年中大促', '网络星期一（Cyber Monday）'],
    answer: 'A',
    explanation:
      'Prime Day 是亚马逊面向 Prime 会员的专属大促，通常在每年 7 月举行；卖家须按平台规则提前提报秒杀（Lightning Deals）等活动。',
  },

  // ── 业务处理（L4/F4） ───────────────────────────────────────────────────────
  {
    type: 'single',
    tag: '4.4.1',
    difficulty: 1,
    stem: '通过分析亚马逊 Best Sellers（热销榜）和 New Releases（新品榜）寻找热销商品与潜力商品，属于（ ）。',
    options: ['平台选品', '第三方工具选品', '社交媒体选品', '供应商推荐选品'],
    answer: 'A',
    explanation: '利用平台自身的榜单、搜索下拉词和类目数据选品，属于平台选品的方法。',
  },
  {
    type: 'multiple',
    tag: '4.4.1',
    difficulty: 3,
    stem: '跨境电商选品时，应重点评估的因素有（ ）。',
    options: [
      '目标市场的需求规模与季节性',
      '是否涉及商标、专利或外观设计侵权',
      '物流适配性（体积、重量，是否带电或含液体）',
      '利润空间（采购成本、头程运费、平台佣金和广告费用）',
    ],
    answer: ['A', 'B', 'C', 'D'],
    explanation:
      '选品须兼顾需求、合规、物流和利润：侵权商品会被下架甚至冻结资金；带电、液体商品的物流渠道受限；利润须扣除全部成本后核算。',
  },
  {
    type: 'single',
    tag: '4.3.2',
    difficulty: 2,
    stem: '下列情形中，最可能导致亚马逊判定多个卖家账号存在关联的是（ ）。',
    options: [
      '多个账号在同一台电脑、同一网络环境下登录，并使用相同的收款账户',
      '不同账号都销售家居类商品',
      '不同账号的注册主体都在中国',
      '不同账号使用同一家物流服务商发货',
    ],
    answer: 'A',
    explanation:
      '平台通过设备、IP 与网络环境、收款及信用卡信息、注册资料等识别账号关联。同类目、同地区或同一物流商本身不构成关联。',
  },
  {
    type: 'true_false',
    tag: '4.3.5',
    difficulty: 4,
    stem: '亚马逊账户状况中，订单缺陷率（ODR）的目标值是低于 1%。',
    answer: true,
    explanation: 'ODR 由负面反馈、亚马逊商城交易保障索赔和信用卡拒付构成，目标低于 1%，超过可能导致销售权限被暂停。',
  },
  {
    type: 'single',
    tag: '4.5.3',
    difficulty: 2,
    stem: '在亚马逊订单状态（OrderStatus）中，表示卖家自配送订单已付款、等待卖家发货的是（ ）。',
    options: ['Unshipped', 'Pending', 'Shipped', 'Canceled'],
    answer: 'A',
    explanation:
      'Pending 表示买家已下单但付款尚未授权，此时不应发货；Unshipped 表示已付款、待发货；Shipped 为已发货；Canceled 为已取消。',
  },
  {
    type: 'single',
    tag: '4.5.4',
    difficulty: 4,
    stem: '速卖通卖家为买家延长收货确认时间，只能在订单处于（ ）时操作。',
    options: [
      '等待买家收货（WAIT_BUYER_ACCEPT_GOODS），且不在纠纷或冻结中',
      '下单成功（PLACE_ORDER_SUCCESS）',
      '订单完成（FINISH）',
      '取消订单申请中（IN_CANCEL）',
    ],
    answer: 'A',
    explanation:
      '延长收货时间只适用于已发货、等待买家确认收货且未处于纠纷（IN_ISSUE）或冻结（IN_FROZEN）的订单，且累计延长不得超过平台允许的上限。',
  },
  {
    type: 'single',
    tag: '4.6.3',
    difficulty: 2,
    stem: '卖家将商品批量发往亚马逊运营中心，由亚马逊负责仓储、拣货、包装、配送以及相应的客服和退货处理，这种模式称为（ ）。',
    options: ['FBA（亚马逊物流）', 'FBM（卖家自配送）', '邮政小包直发', '9610 清单申报'],
    answer: 'A',
    explanation:
      'FBA 即 Fulfillment by Amazon，订单配送渠道为 AFN；卖家自行发货为 FBM/MFN。FBA 商品通常可获得 Prime 标识。',
  },
  {
    type: 'single',
    tag: '4.6.2',
    difficulty: 3,
    stem: '某包裹实重 3 kg，尺寸为 50 cm × 40 cm × 30 cm，承运商按“长 × 宽 × 高 ÷ 5000”计算体积重量，则该包裹的计费重量为（ ）。',
    options: ['3 kg', '12 kg', '15 kg', '7.5 kg'],
    answer: 'B',
    explanation: '体积重量 = 50 × 40 × 30 ÷ 5000 = 12 kg；计费重量 = max(实重 3 kg, 体积重量 12 kg) = 12 kg。',
  },
  {
    type: 'fill_blank',
    tag: '4.6.2',
    difficulty: 4,
    stem: '某包裹实重 2.3 kg，尺寸为 30 cm × 20 cm × 15 cm，使用 DHL 发货（体积重量 = 长 × 宽 × 高 ÷ 5000，计费重量向上进位到 0.5 kg），则计费重量为____kg。',
    blanks: [['2.5', '2.5kg', '2.5 kg', '2.5千克']],
    explanation:
      '体积重量 = 30 × 20 × 15 ÷ 5000 = 1.8 kg，小于实重 2.3 kg，取 2.3 kg；再向上进位到 0.5 kg 的整数倍，得 2.5 kg。',
  },
  {
    type: 'multiple',
    tag: '4.6.3',
    difficulty: 3,
    stem: '关于国际 e 邮宝（ePacket），下列说法正确的有（ ）。',
    options: [
      '适合寄递重量较轻（一般 2 kg 以内）的小件商品',
      '提供全程跟踪查询',
      '适合寄递 30 kg 的大件家具',
      '包裹最小面尺寸不得小于 14 cm × 11 cm',
    ],
    answer: ['A', 'B', 'D'],
    explanation:
      'e 邮宝的限重和尺寸与邮政小包相近（小于 2 kg，长 + 宽 + 高 ≤ 90 cm，最长边 ≤ 60 cm），另有最小面 14 cm × 11 cm 的要求；大件货物应选择专线、快递或海外仓。',
  },
  {
    type: 'true_false',
    tag: '4.6.3',
    difficulty: 2,
    stem: '使用海外仓时，卖家先通过海运或空运等头程方式把货物批量运至目的国仓库，买家下单后从当地发货，通常可以缩短配送时效。',
    answer: true,
    explanation:
      '海外仓（含 FBA）模式把“跨境运输”前置为批量头程，末端为本地配送；对应的出口监管方式可选 9810。代价是库存积压风险和仓储费用。',
  },

  // ── 客户服务（L4/F5） ───────────────────────────────────────────────────────
  {
    type: 'single',
    tag: '5.3.2',
    difficulty: 2,
    stem: '回复海外买家询盘时，下列做法最恰当的是（ ）。',
    options: [
      '24 小时内回复，称呼得体，针对问题给出价格、起订量、交期等具体信息',
      '直接粘贴未经校对的机器翻译，尽快发出即可',
      '只回复“Please check the listing.”',
      '引导买家绕开平台、到站外转账交易',
    ],
    answer: 'A',
    explanation:
      '询盘回复要及时、专业、具体，并照顾买家的语言和文化习惯；平台普遍禁止引导买家站外交易，违规可能导致处罚。',
  },
  {
    type: 'single',
    tag: '5.4.1',
    difficulty: 2,
    stem: '中国邮政挂号小包的跟踪号形如“RR123456789CN”，其末尾的“CN”表示（ ）。',
    options: ['原寄国（中国）', '目的国', '邮件种类', '校验位'],
    answer: 'A',
    explanation:
      '万国邮联 S10 标准：前两位字母表示邮件种类（R 开头为挂号），中间 8 位序号加 1 位校验码，末两位为原寄国代码。向买家解释物流时可据此说明包裹由中国寄出。',
  },
  {
    type: 'true_false',
    tag: '5.4.3',
    difficulty: 3,
    stem: '买家来信询问包裹是否需要缴纳进口关税时，客服可以统一回复“不需要任何税费”，以免买家取消订单。',
    answer: false,
    explanation:
      '是否产生关税取决于目的国的起征点、商品类别和贸易术语（如 DDP 由卖方承担）。客服应如实说明可能产生的税费及清关所需资料，不得作出不实承诺。',
  },
  {
    type: 'multiple',
    tag: '5.5.1',
    difficulty: 2,
    stem: '设置网店 FAQ 时，属于常见物流问题的有（ ）。',
    options: ['发货时间和运输时效', '是否提供跟踪号以及如何查询', '可配送的国家和地区及运费', '商品的材质成分'],
    answer: ['A', 'B', 'C'],
    explanation: '物流类 FAQ 一般涵盖发货时间、运输时效、跟踪查询、配送范围和运费；材质成分属于商品问题。',
  },
  {
    type: 'short_answer',
    tag: '5.4.1',
    difficulty: 3,
    points: 10,
    stem: '一位美国买家来信：“My order was shipped 12 days ago but the tracking has not updated for a week. Where is my package?” 请简述客服回复邮件应包含的要点。',
    reference:
      '<p>1. 得体称呼并表示理解与歉意；2. 已查询物流，告知跟踪号、当前状态及查询链接；3. 说明未更新的可能原因（如干线运输、清关中）和预计妥投时间；4. 给出后续方案（持续跟进，若超过承诺时效未妥投可补发或退款）；5. 礼貌结尾并署名。</p>',
    rubric: [
      { criterion: '称呼得体，对买家的焦虑表示理解和歉意', points: 2 },
      { criterion: '告知跟踪号、当前物流状态和查询方式', points: 3 },
      { criterion: '说明可能原因（干线运输、清关等）及预计时效', points: 2 },
      { criterion: '给出明确的后续方案（跟进、补发或退款）', points: 2 },
      { criterion: '语言礼貌、结构清晰，有结尾和署名', points: 1 },
    ],
    explanation: '考查售后物流问题的外语邮件回复：先安抚，再给事实和时间，最后给方案。',
  },

  // ── 商务数据分析（L4/F6） ───────────────────────────────────────────────────
  {
    type: 'single',
    tag: '6.1.1',
    difficulty: 2,
    stem: '亚马逊卖家要查看本店铺的访问量（Sessions）、页面浏览量和已订购商品数量，最直接的数据来源是（ ）。',
    options: ['卖家后台的业务报告（Business Reports）', '社交媒体粉丝数据', '海关进出口统计', '竞争对手的网站'],
    answer: 'A',
    explanation: '店铺运营数据的主要来源是平台卖家后台的报告；行业和竞争对手数据则需借助第三方工具或公开数据采集。',
  },
  {
    type: 'multiple',
    tag: '6.2.2',
    difficulty: 3,
    stem: '对采集到的店铺订单数据进行清洗时，正确的做法有（ ）。',
    options: [
      '删除重复的订单记录',
      '对单价为负数等异常值核实后修正或剔除',
      '对缺失值视情况删除或合理填补',
      '为让报表好看，删除所有销量偏低的记录',
    ],
    answer: ['A', 'B', 'C'],
    explanation: '数据清洗处理的是重复值、异常值、缺失值和数据类型，目的是让数据真实可用；按结果偏好删除数据属于篡改。',
  },
  {
    type: 'true_false',
    tag: '6.2.2',
    difficulty: 2,
    stem: '数据清洗时，只要发现缺失值，就应把整条记录删除。',
    answer: false,
    explanation: '缺失值可删除，也可用均值、中位数、众数或业务规则填补，要看缺失比例和字段的重要性。',
  },

  // ── 案例分析 ───────────────────────────────────────────────────────────────
  {
    type: 'case_analysis',
    tag: '3.4.3',
    difficulty: 5,
    points: 15,
    stem: '<p>某卖家在亚马逊美国站销售一款售价 25 美元的硅胶厨具套装，未计广告的毛利率为 30%。近两周商品推广广告数据如下：</p><table><tr><th>曝光量</th><th>点击量</th><th>广告花费</th><th>广告订单</th><th>广告销售额</th></tr><tr><td>50000</td><td>250</td><td>250 美元</td><td>10</td><td>250 美元</td></tr></table><p>请：（1）计算 CTR、CVR、CPC 和 ACoS；（2）判断该广告是否盈利并说明理由；（3）提出至少三条优化建议。</p>',
    reference:
      '<p>（1）CTR = 250 ÷ 50000 = 0.5%；CVR = 10 ÷ 250 = 4%；CPC = 250 ÷ 250 = 1 美元；ACoS = 250 ÷ 250 = 100%。</p><p>（2）盈亏平衡 ACoS 约等于毛利率 30%，实际 ACoS 100%，广告每带来 1 美元销售额就花费 1 美元，严重亏损。</p><p>（3）分析搜索词报告，否定不相关、高花费无转化的词；降低低效关键词出价或调整匹配方式；优化主图、标题和价格以提高 CTR，完善五点描述、A+ 页面和评价以提高 CVR；控制预算，把预算集中到转化好的关键词。</p>',
    rubric: [
      { criterion: '正确计算 CTR 0.5%、CVR 4%、CPC 1 美元、ACoS 100%（各 1.5 分）', points: 6 },
      { criterion: '以毛利率 30% 作为盈亏平衡 ACoS，判断当前亏损并说明理由', points: 3 },
      { criterion: '提出至少三条有针对性的优化建议（否定词、出价与匹配方式、Listing 优化、预算调整等）', points: 6 },
    ],
    explanation: '综合考查广告指标计算与解读：CTR 低说明主图/标题/价格吸引力不足，ACoS 高于毛利率即为亏损。',
  },
];

function tagsOf(tag: Tag, standardVersionId: string): QuestionTags {
  const base = { standardVersionId, level: LEVEL, workType: WORK_TYPE } as const;
  if (tag === '职业道德' || tag === '基础知识') {
    return { ...base, functionId: null, contentId: null, knowledgeId: null, basicItem: tag };
  }
  const [f, c] = tag.split('.');
  const functionId = `L${LEVEL}/F${f}`;
  const contentId = `${functionId}/C${f}.${c}`;
  return { ...base, functionId, contentId, knowledgeId: `${contentId}/K${tag}`, basicItem: null };
}

function answerOf(q: DemoQuestion): Pick<QuestionDraft, 'options' | 'answer'> {
  const options = (opts: string[]) => opts.map((content, i) => ({ key: KEYS[i]!, content }));
  switch (q.type) {
    case 'single':
      return { options: options(q.options), answer: { type: 'single', key: q.answer } };
    case 'multiple':
      return { options: options(q.options), answer: { type: 'multiple', keys: q.answer } };
    case 'true_false':
      return { options: [], answer: { type: 'true_false', value: q.answer } };
    case 'fill_blank':
      return {
        options: [],
        answer: { type: 'fill_blank', blanks: q.blanks.map((accepted) => ({ accepted })), caseSensitive: false },
      };
    default:
      return { options: [], answer: { type: q.type, reference: q.reference, rubric: q.rubric } };
  }
}

function pointsOf(q: DemoQuestion): number {
  if (q.points !== undefined) return q.points;
  if (q.type === 'short_answer' || q.type === 'case_analysis') return q.rubric.reduce((s, r) => s + r.points, 0);
  return DEFAULT_POINTS[q.type];
}

/** The demo items as drafts tagged to the given (published national 2022) standard version. */
export function demoQuestionDrafts(standardVersionId: string): QuestionDraft[] {
  return DEMO_QUESTIONS.map((q) => ({
    type: q.type,
    stem: q.stem,
    ...answerOf(q),
    shuffleOptions: q.type === 'single' || q.type === 'multiple',
    points: pointsOf(q),
    difficulty: q.difficulty,
    tags: tagsOf(q.tag, standardVersionId),
    source: SOURCE,
    explanation: q.explanation,
  }));
}
