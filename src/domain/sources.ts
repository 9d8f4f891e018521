/**
 * The sources behind every figure DueGuard shows about collection: the fact ids of
 * `shared/domain/facts.md` and the four seed articles, as data.
 *
 * Only ids the product cites are listed; a test checks that every id referenced by the domain exists
 * here. Titles are short and in the source's own language (Chinese instruments stay Chinese, US law
 * stays English); `source_<id>` in the locales holds a reader-language title for the sources list.
 * URLs are those recorded in facts.md, and only where one was recorded (statute texts read from
 * repository mirrors and a page flagged as a spam mirror have none).
 */

/**
 * How far a source can be trusted (facts.md §0): R1 statute text read, R2 regulation reported,
 * S industry rule or recommended standard, C company term widely reported, B blogs and SEO pages,
 * D arithmetic from other rows (facts.md §13 "derived").
 */
export type SourceGrade = 'R1' | 'R2' | 'S' | 'C' | 'B' | 'D';

/** One cited source. `type: 'seed'` marks one of the four seed articles (ids `000`…`003`). */
export interface Source {
  id: string;
  type: 'fact' | 'seed';
  title: string;
  grade: SourceGrade;
  url?: string;
}

const CBA_2026 = '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》(2026)';
const GBT_45251 = 'GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》';
const CARD_RULES = '《商业银行信用卡业务监督管理办法》';
const CREDIT_REG = '《征信业管理条例》';

/** Every cited source, in facts.md order, seeds last. */
export const SOURCES = [
  // Credit reporting (facts.md §2)
  { id: 'CR1', type: 'fact', title: `${CREDIT_REG} 第16条 不良信息保存5年`, grade: 'R1' },
  { id: 'CR2', type: 'fact', title: `${CREDIT_REG} 第15条 报送前告知`, grade: 'R1' },
  { id: 'CR3', type: 'fact', title: `${CREDIT_REG} 第17条 每年2次免费查询`, grade: 'R1' },
  { id: 'CR4', type: 'fact', title: `${CREDIT_REG} 第25条 异议20日内答复`, grade: 'R1' },
  { id: 'CR5', type: 'fact', title: `${CREDIT_REG} 第26条 投诉30日内答复`, grade: 'R1' },
  { id: 'CR7', type: 'fact', title: '个人征信报告 还款状态 N、1–7', grade: 'B', url: 'http://www.jcsycorp.com/w/zhengxingongzuobaogao' },
  {
    id: 'CR8',
    type: 'fact',
    title: '北京商报 2021-09-23 花呗接入央行征信',
    grade: 'R2',
    url: 'https://epaper.bbtnews.com.cn/site1/bjsb/html/2021-09/23/content_470141.htm',
  },
  { id: 'CR9', type: 'fact', title: 'IT之家 2021-11-24 花呗、借呗品牌隔离', grade: 'R2', url: 'https://www.vbnvbn.com/f/240831.html' },
  {
    id: 'CR10',
    type: 'fact',
    title: '上海证券报 白条、微粒贷已接入征信（美团月付未知）',
    grade: 'R2',
    url: 'https://nfa5.com/yejie/202109/17169915.html',
  },
  { id: 'CR11', type: 'fact', title: '信用卡逾期 宽限期后下一报送周期上报', grade: 'B' },
  {
    id: 'CR12',
    type: 'fact',
    title: '人民银行 一次性信用修复（2025-12-22）',
    grade: 'R2',
    url: 'https://hk.crntt.com/doc/1071/5/4/6/107154640.html',
  },
  // Penalties and fees (facts.md §3)
  { id: 'P1', type: 'fact', title: '花呗 逾期费 每日0.05%', grade: 'C', url: 'http://www.chuangxin.rexun.cn/redian/2023/0508/11979.html' },
  { id: 'P2', type: 'fact', title: '借呗 罚息 日利率×1.5', grade: 'C', url: 'http://1mt.cn/210512' },
  { id: 'P3', type: 'fact', title: '京东白条 违约金（说法不一）', grade: 'B', url: 'https://gucheng.com/jingyan/202405/4386771.shtml' },
  { id: 'P4', type: 'fact', title: '美团月付 逾期费 每日0.05%', grade: 'C', url: 'https://m.weather.com.cn/ccps/yqdongtaizt/1064297.html' },
  {
    id: 'P6',
    type: 'fact',
    title: '人民银行《关于信用卡业务有关事项的通知》(2016) 违约金由协议约定',
    grade: 'R2',
    url: 'http://m.wenzhouzx.com/news/jingji/65079.html',
  },
  {
    id: 'P7',
    type: 'fact',
    title: '人民银行《关于推进信用卡透支利率市场化改革的通知》(2021)',
    grade: 'R2',
    url: 'http://tiantiankuaibao.830036.com/qyqy/2021/0111/012021_3827.html',
  },
  // Rules that bind collectors (facts.md §4)
  { id: 'K1', type: 'fact', title: `${GBT_45251} 催收时间`, grade: 'S', url: 'https://wenku.siduzixun.com/filedownload/601861.htm' },
  { id: 'K2', type: 'fact', title: `${GBT_45251} 催收频次`, grade: 'S', url: 'https://wenku.siduzixun.com/filedownload/601861.htm' },
  { id: 'K3', type: 'fact', title: `${GBT_45251} 联系人`, grade: 'S', url: 'https://wenku.siduzixun.com/filedownload/601861.htm' },
  {
    id: 'K5',
    type: 'fact',
    title: '中国互联网金融协会《互联网金融贷后催收业务指引》(2024)',
    grade: 'S',
    url: 'https://www.laitimes.com/en/article/6s51b_78hbs.html',
  },
  { id: 'K6', type: 'fact', title: `${CBA_2026} 催收时间`, grade: 'S', url: 'https://reportify.cn/social-media/768757111798201' },
  { id: 'K7', type: 'fact', title: `${CBA_2026} 拨打次数`, grade: 'S', url: 'https://reportify.cn/social-media/768757111798201' },
  { id: 'K8', type: 'fact', title: `${CBA_2026} 第三人`, grade: 'S', url: 'https://reportify.cn/news/1215049607596347392' },
  { id: 'K9', type: 'fact', title: `${CBA_2026} 禁止行为`, grade: 'S', url: 'https://www.01caijing.com/article/344310.htm' },
  {
    id: 'K10',
    type: 'fact',
    title: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》(2018)',
    grade: 'S',
    url: 'https://m.nbd.com.cn/articles/2018-03-29/1203908.html',
  },
  { id: 'L1', type: 'fact', title: `${CARD_RULES} 第68条`, grade: 'R2', url: 'http://wwpfw.com/xinyongqiataoxian/96746.html' },
  {
    id: 'L2',
    type: 'fact',
    title: '《银行保险机构消费者权益保护管理办法》(2023)',
    grade: 'R2',
    url: 'http://finance.eastmoney.com/a/202212302601739220.html',
  },
  { id: 'L6', type: 'fact', title: '《治安管理处罚法》(2025修订) 第47、50、56、62条', grade: 'R1' },
  { id: 'L8', type: 'fact', title: '《个人信息保护法》第10条', grade: 'R2' },
  // Negotiated repayment (facts.md §5)
  {
    id: 'N1',
    type: 'fact',
    title: `${CARD_RULES} 第70条 个性化分期（最长5年）`,
    grade: 'R2',
    url: 'http://m.yktchina.com/xyk/xyk/2022/0913/46444.html',
  },
  {
    id: 'N2',
    type: 'fact',
    title: `${CARD_RULES} 第70条 协议内容`,
    grade: 'R2',
    url: 'http://m.yktchina.com/xyk/xyk/2022/0913/46444.html',
  },
  {
    id: 'N3',
    type: 'fact',
    title: `${CARD_RULES} 第70条 停止催收`,
    grade: 'R2',
    url: 'http://m.yktchina.com/xyk/xyk/2022/0913/46444.html',
  },
  { id: 'N4', type: 'fact', title: '协商还款协议 违约条款', grade: 'C', url: 'http://guanxian.org/consult/yqdongtai/659641.html' },
  {
    id: 'N5',
    type: 'fact',
    title: `${CARD_RULES} 第70条 未要求停息`,
    grade: 'R2',
    url: 'http://m.szonline.cn/auto/hq/2023/0425/271464.html',
  },
  { id: 'N6', type: 'fact', title: '协商还款后的征信记录', grade: 'B' },
  { id: 'N7', type: 'fact', title: '花呗、借呗、白条、月付 协商还款', grade: 'B', url: 'https://www.zjxlmy.com/wiki/981' },
  // Help channels (facts.md §6)
  { id: 'H1', type: 'fact', title: '支付宝客服 95188', grade: 'C', url: 'http://baiqi.makepolo.com/biubiu/yqxieshang/2185473.html' },
  {
    id: 'H2',
    type: 'fact',
    title: '12378 国家金融监督管理总局 消费者投诉热线',
    grade: 'R2',
    url: 'https://szcga.com/zhengceinfo.asp?ID=1173',
  },
  {
    id: 'H3',
    type: 'fact',
    title: '12363 中国人民银行 金融消费权益保护咨询投诉电话',
    grade: 'R2',
    url: 'http://www.yixingjingji.com/news/guonei/426807.html',
  },
  { id: 'H4', type: 'fact', title: `${CREDIT_REG} 第25、26条 异议与投诉`, grade: 'R1' },
  {
    id: 'H5',
    type: 'fact',
    title: '中国互联网金融协会 互联网金融举报信息平台',
    grade: 'B',
    url: 'http://m.wzsee.net/zixun/gundong/2022/1223/122399655.html',
  },
  { id: 'H7', type: 'fact', title: '110 报警', grade: 'R1' },
  {
    id: 'H8',
    type: 'fact',
    title: '12321 网络不良与垃圾信息举报受理中心',
    grade: 'B',
    url: 'http://m.wzsee.net/zixun/gundong/2022/1223/122399655.html',
  },
  // Billing and due dates (facts.md §7), cited by the per-kind presets
  { id: 'B1', type: 'fact', title: '花呗 账单日', grade: 'C', url: 'https://dazhiyi.cn/102422.html' },
  { id: 'B2', type: 'fact', title: '花呗 还款日 8/9/10日', grade: 'C', url: 'https://dazhiyi.cn/102422.html' },
  { id: 'B3', type: 'fact', title: '花呗 调整还款日', grade: 'C', url: 'https://51wannian.com/dadadbv/dbbgahs' },
  { id: 'B4', type: 'fact', title: '借呗 还款日', grade: 'C', url: 'https://qumiaodong.com/jin/1m96y.html' },
  { id: 'B5', type: 'fact', title: '借呗 无宽限期', grade: 'B', url: 'http://1mt.cn/210512' },
  {
    id: 'B6',
    type: 'fact',
    title: '花呗 宽限期（说法不一）',
    grade: 'B',
    url: 'http://www.southmoney.com/yinhang/zhifubao/202201/22271932.html',
  },
  {
    id: 'B7',
    type: 'fact',
    title: '中国银行业协会《中国银行卡行业自律公约》(2013) 容时容差',
    grade: 'S',
    url: 'https://w.sf024.com/info/1883416428368928988.html',
  },
  { id: 'B9', type: 'fact', title: '美团月付 账单日、还款日', grade: 'B', url: 'https://m.weather.com.cn/ccps/yqdongtaizt/1064297.html' },
  // Statements, minimum payments, rates and loans (facts.md §14-17)
  { id: 'ST1', type: 'fact', title: '账单日与到期还款日', grade: 'B', url: 'https://www.hdske.com/web/wzjs/3091.html' },
  {
    id: 'ST2',
    type: 'fact',
    title: '《商业银行信用卡业务监督管理办法》第61条 账单内容',
    grade: 'R2',
    url: 'https://www.findlaw.cn/wenda/q_37642964.html',
  },
  { id: 'ST3', type: 'fact', title: '还款日 = 账单日后18–25天（各行不同）', grade: 'B', url: 'https://bzfwy.com/card/32085.html' },
  { id: 'ST4', type: 'fact', title: '固定还款日（如工行每月25日）', grade: 'B', url: 'https://bzfwy.com/card/32085.html' },
  {
    id: 'ST5',
    type: 'fact',
    title: '免息期 最短约20天 最长56天',
    grade: 'C',
    url: 'http://fjt.ccb.com/gate/big5/ebank.ccb.com/cn/home/question/20140818_1408320895.html',
  },
  {
    id: 'ST6',
    type: 'fact',
    title: '花呗还款日自动扣款（余额→余额宝→银行卡）',
    grade: 'B',
    url: 'https://w.sf024.com/info/1112157745207695699.html',
  },
  { id: 'ST7', type: 'fact', title: '京东白条 还款日 = 账单日 + 9天', grade: 'B', url: 'https://w.sf024.com/info/369482763778504644.html' },
  { id: 'ST8', type: 'fact', title: '美团月付 1日出账 8日还款', grade: 'B', url: 'http://www.sfnews.sh.cn/jr/31446.html' },
  { id: 'MP1', type: 'fact', title: '信用卡最低还款额 常见算法（10%）', grade: 'C', url: 'https://85l.net/l/141745344266594445.html' },
  { id: 'MP3', type: 'fact', title: '最低还款比例与下限因行而异', grade: 'B', url: 'http://wwpfw.com/xinyongqiayuqi/75140.html' },
  {
    id: 'MP4',
    type: 'fact',
    title: '还最低还款额：不算逾期，但不再免息',
    grade: 'C',
    url: 'https://money.gucheng.com/202203/4165620.shtml',
  },
  { id: 'MP5', type: 'fact', title: '最低还款后 全额计息（多数银行）', grade: 'C' },
  { id: 'MP6', type: 'fact', title: '最低还款后 仅未还部分计息（工行等）', grade: 'C', url: 'http://langmsf.cn/card/20779.html' },
  {
    id: 'MP7',
    type: 'fact',
    title: '未还足最低还款额：逾期，违约金约为未还部分的5%',
    grade: 'C',
    url: 'http://langmsf.cn/card/20779.html',
  },
  {
    id: 'MP8',
    type: 'fact',
    title: '花呗最低还款额（本期新增本金的10%等）',
    grade: 'C',
    url: 'https://www.qiyebaizhang.com.cn/b/390856.html',
  },
  {
    id: 'MP9',
    type: 'fact',
    title: '花呗最低还款后 未还部分日0.05%计息',
    grade: 'C',
    url: 'https://www.qiyebaizhang.com.cn/b/390856.html',
  },
  { id: 'MP10', type: 'fact', title: '花呗还最低还款额不算逾期', grade: 'B', url: 'https://m.51dongshi.net/eedfrchhadevs.html' },
  { id: 'MP11', type: 'fact', title: '借呗无最低还款', grade: 'B', url: 'https://csai.cn/wenda/929926.html' },
  { id: 'MP12', type: 'fact', title: '京东白条最低还款额', grade: 'B', url: 'https://shkpb.com/keji/appyingyong/om93zg.html' },
  { id: 'IN6', type: 'fact', title: '人民银行公告〔2021〕第3号 明示年化利率', grade: 'R2', url: 'http://f2djj.com/xf/2021/0401/7209.html' },
  { id: 'IN7', type: 'fact', title: '年化利率 复利（IRR）或单利', grade: 'B', url: 'https://m.eguotiku.com/q/13517053641.html' },
  { id: 'IN8', type: 'fact', title: '日利率、分期手续费折算年化利率', grade: 'D' },
  { id: 'IN9', type: 'fact', title: '民间借贷司法解释第25条 一年期LPR的4倍', grade: 'R1' },
  {
    id: 'IN13',
    type: 'fact',
    title: '法发〔2017〕22号 金融借款超过年24%部分可请求调减',
    grade: 'R2',
    url: 'http://scmkls.com/news/296-cn.html',
  },
  {
    id: 'IN17',
    type: 'fact',
    title: '一年期LPR 3.0%（2026-09-20）',
    grade: 'R2',
    url: 'https://www.chinamoney.com.cn/chinese/rdgz/20260820/3399885.html',
  },
  {
    id: 'LN1',
    type: 'fact',
    title: '还款方式：等额本息、等额本金、先息后本',
    grade: 'B',
    url: 'http://jingyanzongjie.com/a/02/022022Q42024.html',
  },
  { id: 'LN2', type: 'fact', title: '借呗还款方式（含6期先息后6期等额）', grade: 'C', url: 'http://www.zcptdru.cn/baike/131091.html' },
  { id: 'LN3', type: 'fact', title: '借呗提前还款 按实际天数计息', grade: 'C', url: 'https://m.baizhangwang.com/tags/15029.html' },
  { id: 'LN4', type: 'fact', title: '《民法典》第677条 提前还款按实际期间计息', grade: 'R1' },
  { id: 'LN7', type: 'fact', title: '白条分期 按期收取服务费', grade: 'B', url: 'https://w.sf024.com/info/369482763778504644.html' },
  // Due dates on weekends and public holidays (facts.md §18)
  { id: 'HD1', type: 'fact', title: '《民法典》第203、204条 期间最后一日为法定休假日', grade: 'R1' },
  { id: 'HD2', type: 'fact', title: '信用卡还款日遇节假日是否顺延（说法不一）', grade: 'B' },
  { id: 'HD4', type: 'fact', title: '合同可约定还款日遇节假日提前或顺延', grade: 'B' },
  // Thresholds (facts.md §8)
  { id: 'T1', type: 'fact', title: '《刑法》第196条 恶意透支；法释〔2018〕19号', grade: 'R2', url: 'https://csai.cn/wenda/845226.html' },
  { id: 'T2', type: 'fact', title: `${CARD_RULES} 第92条 资产分类`, grade: 'R2' },
  { id: 'T5', type: 'fact', title: '起诉时间（常见说法）', grade: 'B' },
  // Scams and checking who is calling (facts.md §19)
  { id: 'SC1', type: 'fact', title: '金融监管总局等五部门 风险提示（2026-02-06）：警惕“代理维权”“债务协商”“征信洗白”', grade: 'R2' },
  { id: 'SC2', type: 'fact', title: '金融监管总局 提示：冒充监管部门“消除征信不良记录”诈骗（2023-07-12）', grade: 'R2' },
  {
    id: 'SC3',
    type: 'fact',
    title: '法院送达短信：12368、案号与人民法院送达平台',
    grade: 'R2',
    url: 'http://hshmqfy.nmgfy.gov.cn/article/detail/2022/07/id/6796141.shtml',
  },
  { id: 'SC4', type: 'fact', title: '核实法院通知：拨打 12368 查询案号', grade: 'R2' },
  { id: 'SC7', type: 'fact', title: '《人民调解法》第3、4条 自愿、不收费', grade: 'R1' },
  { id: 'SC8', type: 'fact', title: `${CBA_2026} 委托催收机构白名单公示`, grade: 'S' },
  { id: 'SC10', type: 'fact', title: '信用卡领用合约：还款不会要求转入第三方或个人账户', grade: 'C' },
  { id: 'SC12', type: 'fact', title: '核实来电：挂断后拨打官方电话', grade: 'B' },
  { id: 'SC13', type: 'fact', title: '金发〔2025〕14号 金融纠纷调解', grade: 'R2' },
  // Seed articles (shared/domain/seeds): SEO pages, good for the ladder's shape only
  { id: '000', type: 'seed', title: '支付宝借呗逾期上门流程是怎样的', grade: 'B' },
  { id: '001', type: 'seed', title: '支付宝协商成功后方式有哪些', grade: 'B' },
  { id: '002', type: 'seed', title: '支付宝催收会上门吗,支付宝催收的工作流程解析', grade: 'B' },
  { id: '003', type: 'seed', title: '支付宝逾期有什么催收方式-逾期暂时还不上怎么办', grade: 'B' },
] as const satisfies readonly Source[];

/** Any cited id: a fact id such as `CR1` or a seed id such as `000`. */
export type SourceId = (typeof SOURCES)[number]['id'];
/** The id of one of the seed articles. */
export type SeedId = Extract<(typeof SOURCES)[number], { type: 'seed' }>['id'];
/** The id of a fact in facts.md. */
export type FactId = Exclude<SourceId, SeedId>;

const BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));

/**
 * The source with `id`, or `undefined` for an id the product does not cite.
 * @example getSource('CR1')?.grade // 'R1'
 */
export function getSource(id: string): Source | undefined {
  return BY_ID.get(id);
}
