/**
 * Where the demo's pharmacies are: the three demo regions, their main urban districts and
 * roads, and the chains that trade there.
 *
 * District names and codes (GB/T 2260) and road names are real; the pharmacies placed on them
 * are invented. Centres are approximate WGS-84 positions of each district's built-up core, read
 * off public maps and rounded: good enough to make "nearest first" look right on a map, not
 * surveyed. A generated point is not geocoded from its address, so a shop's road and its dot
 * need not agree.
 */

export interface District {
  /** GB/T 2260 code of the district, e.g. 500103. */
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly lng: number;
  /**
   * How far from the centre most shops sit, in km; a minority ("outskirts") spread twice as
   * far. Small for dense old cores (渝中 is a 23 km² peninsula), larger for new districts.
   */
  readonly radiusKm: number;
  /** Relative number of pharmacies, roughly following population. */
  readonly weight: number;
  /** No road appears twice within a city, so a chain's shop names stay unique there. */
  readonly roads: readonly string[];
}

export interface Bounds {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLng: number;
  readonly maxLng: number;
}

export interface City {
  /** The insured region's code, as in a profile's `insurance.regionCode`. */
  readonly regionCode: string;
  readonly name: string;
  /**
   * Kilometres per degree of longitude at the city's latitude (111.32 × cos φ), written out as
   * a number: computing it with Math.cos could differ in the last bit between engines, and the
   * data must be identical everywhere.
   */
  readonly kmPerDegreeLng: number;
  /** Every generated shop lies inside; the test checks it. */
  readonly bounds: Bounds;
  readonly phoneAreaCode: string;
  /** Local numbers are drawn from this range (Chongqing and Fuzhou have 8 digits, Taiyuan 7). */
  readonly phoneMin: number;
  readonly phoneMax: number;
  /** Chains present in the city: national ones and local leaders. */
  readonly chains: readonly string[];
  readonly districts: readonly District[];
}

/** Kilometres per degree of latitude (varies by under 1 % between these cities). */
export const KM_PER_DEGREE_LAT = 111.0;

/** Independent shops, named like chains but each brand rarer. */
export const INDEPENDENT_BRANDS: readonly string[] = [
  '康宁大药房',
  '济民药房',
  '仁和堂药房',
  '百姓缘大药房',
  '同心大药房',
  '福寿堂药店',
  '安康药房',
  '益民药店',
];

export const CITIES: readonly City[] = [
  {
    regionCode: '500000',
    name: '重庆市',
    kmPerDegreeLng: 96.83, // 29.6° N
    bounds: { minLat: 29.2, maxLat: 30.0, minLng: 106.2, maxLng: 106.9 },
    phoneAreaCode: '023',
    phoneMin: 61_000_000,
    phoneMax: 68_999_999,
    chains: [
      '桐君阁大药房',
      '和平药房',
      '一心堂',
      '鑫斛药房',
      '太极大药房',
      '万和药房',
      '老百姓大药房',
      '大参林',
      '益丰大药房',
      '健之佳',
    ],
    districts: [
      {
        code: '500103',
        name: '渝中区',
        lat: 29.556,
        lng: 106.57,
        radiusKm: 2.2,
        weight: 12,
        roads: [
          '民族路',
          '民权路',
          '邹容路',
          '中山一路',
          '中山三路',
          '解放西路',
          '大坪正街',
          '长江二路',
        ],
      },
      {
        code: '500104',
        name: '大渡口区',
        lat: 29.4846,
        lng: 106.4825,
        radiusKm: 3.5,
        weight: 4,
        roads: ['春晖路', '文体路', '松青路', '钢花路', '金桥路', '双园路'],
      },
      {
        code: '500105',
        name: '江北区',
        lat: 29.6066,
        lng: 106.5745,
        radiusKm: 4.5,
        weight: 12,
        roads: [
          '建新北路',
          '建新东路',
          '洋河一路',
          '北滨一路',
          '港城东路',
          '五里店正街',
          '石马河正街',
        ],
      },
      {
        code: '500106',
        name: '沙坪坝区',
        lat: 29.5412,
        lng: 106.458,
        radiusKm: 5,
        weight: 11,
        roads: [
          '小龙坎正街',
          '天星桥正街',
          '汉渝路',
          '沙南街',
          '凤天大道',
          '学城大道',
          '渝碚路',
          '土湾路',
        ],
      },
      {
        code: '500107',
        name: '九龙坡区',
        lat: 29.5021,
        lng: 106.511,
        radiusKm: 5,
        weight: 12,
        roads: [
          '杨家坪正街',
          '石杨路',
          '科园一路',
          '谢家湾正街',
          '直港大道',
          '渝州路',
          '西郊路',
          '黄桷坪正街',
        ],
      },
      {
        code: '500108',
        name: '南岸区',
        lat: 29.523,
        lng: 106.563,
        radiusKm: 4.5,
        weight: 10,
        roads: [
          '南坪正街',
          '江南大道',
          '南城大道',
          '珊瑚路',
          '烟雨路',
          '涂山路',
          '通江大道',
          '茶园大道',
        ],
      },
      {
        code: '500109',
        name: '北碚区',
        lat: 29.8056,
        lng: 106.3962,
        radiusKm: 5,
        weight: 5,
        roads: ['天生路', '北泉路', '中山路', '碚峡路', '云华路', '缙云大道'],
      },
      {
        code: '500112',
        name: '渝北区',
        lat: 29.718,
        lng: 106.631,
        radiusKm: 6.5,
        weight: 14,
        roads: [
          '龙山大道',
          '金开大道',
          '新南路',
          '红锦大道',
          '双龙大道',
          '宝圣大道',
          '黄山大道',
          '龙溪路',
        ],
      },
      {
        code: '500113',
        name: '巴南区',
        lat: 29.395,
        lng: 106.525,
        radiusKm: 5.5,
        weight: 6,
        roads: ['龙洲大道', '渝南大道', '巴滨路', '箭河路', '李九路', '鱼轻路'],
      },
    ],
  },
  {
    regionCode: '350100',
    name: '福州市',
    kmPerDegreeLng: 100.02, // 26.05° N
    bounds: { minLat: 25.8, maxLat: 26.3, minLng: 119.1, maxLng: 119.7 },
    phoneAreaCode: '0591',
    phoneMin: 83_000_000,
    phoneMax: 88_999_999,
    chains: [
      '鹭燕大药房',
      '回春药店',
      '惠民大药房',
      '国大药房',
      '海王星辰',
      '老百姓大药房',
      '大参林',
      '益丰大药房',
      '一心堂',
    ],
    districts: [
      {
        code: '350102',
        name: '鼓楼区',
        lat: 26.08,
        lng: 119.3,
        radiusKm: 3,
        weight: 12,
        roads: ['五四路', '杨桥中路', '华林路', '湖东路', '温泉公园路', '铜盘路', '东街', '乌山路'],
      },
      {
        code: '350103',
        name: '台江区',
        lat: 26.0529,
        lng: 119.3145,
        radiusKm: 2.5,
        weight: 9,
        roads: [
          '八一七中路',
          '工业路',
          '群众路',
          '五一中路',
          '江滨中大道',
          '宁化路',
          '达道路',
          '新港路',
        ],
      },
      {
        code: '350104',
        name: '仓山区',
        lat: 26.0468,
        lng: 119.2735,
        radiusKm: 4.5,
        weight: 10,
        roads: [
          '首山路',
          '金山大道',
          '建新南路',
          '上三路',
          '麦园路',
          '盖山路',
          '城门大道',
          '则徐大道',
        ],
      },
      {
        code: '350105',
        name: '马尾区',
        lat: 25.9894,
        lng: 119.455,
        radiusKm: 3.5,
        weight: 3,
        roads: ['罗星路', '江滨东大道', '儒江西路', '君竹路', '沿山西路', '亭江路'],
      },
      {
        code: '350111',
        name: '晋安区',
        lat: 26.082,
        lng: 119.3286,
        radiusKm: 4,
        weight: 10,
        roads: [
          '福新中路',
          '福飞北路',
          '连江北路',
          '象园路',
          '秀峰路',
          '岳峰路',
          '化工路',
          '福马路',
        ],
      },
      {
        code: '350112',
        name: '长乐区',
        lat: 25.9627,
        lng: 119.5232,
        radiusKm: 4,
        weight: 4,
        roads: ['吴航路', '郑和中路', '会堂路', '和平街', '胪峰大道', '首占路'],
      },
    ],
  },
  {
    regionCode: '140100',
    name: '太原市',
    kmPerDegreeLng: 87.9, // 37.85° N
    bounds: { minLat: 37.55, maxLat: 38.1, minLng: 112.3, maxLng: 112.75 },
    phoneAreaCode: '0351',
    phoneMin: 2_000_000,
    phoneMax: 7_999_999,
    chains: [
      '国大万民大药房',
      '漱玉平民大药房',
      '一心堂',
      '老百姓大药房',
      '大参林',
      '益丰大药房',
      '惠民大药房',
      '国大药房',
    ],
    districts: [
      {
        code: '140105',
        name: '小店区',
        lat: 37.8,
        lng: 112.565,
        radiusKm: 5,
        weight: 13,
        roads: [
          '亲贤北街',
          '长治路',
          '平阳路',
          '学府街',
          '坞城路',
          '体育路',
          '许坦西街',
          '南内环街',
        ],
      },
      {
        code: '140106',
        name: '迎泽区',
        lat: 37.8633,
        lng: 112.5634,
        radiusKm: 3,
        weight: 9,
        roads: [
          '柳巷',
          '迎泽大街',
          '并州北路',
          '桥东街',
          '双塔西街',
          '朝阳街',
          '新建南路',
          '建设南路',
        ],
      },
      {
        code: '140107',
        name: '杏花岭区',
        lat: 37.894,
        lng: 112.5702,
        radiusKm: 3,
        weight: 8,
        roads: ['府东街', '解放路', '五一路', '胜利街', '敦化坊', '杏花岭街', '新建路', '北大街'],
      },
      {
        code: '140108',
        name: '尖草坪区',
        lat: 37.94,
        lng: 112.487,
        radiusKm: 4,
        weight: 5,
        roads: ['新兰路', '迎新街', '和平北路', '柏杨树街', '涧河路', '古城大街'],
      },
      {
        code: '140109',
        name: '万柏林区',
        lat: 37.8593,
        lng: 112.5157,
        radiusKm: 3.5,
        weight: 8,
        roads: [
          '漪汾街',
          '长风西街',
          '兴华街',
          '和平南路',
          '千峰南路',
          '西矿街',
          '迎泽西大街',
          '公园路',
        ],
      },
      {
        code: '140110',
        name: '晋源区',
        lat: 37.7153,
        lng: 112.478,
        radiusKm: 3.5,
        weight: 3,
        roads: ['晋祠路', '晋源街', '义井街', '新晋祠路', '金胜路'],
      },
    ],
  },
];
