// Messages of the rules module (src/rules). Amounts arrive as yuan strings such as '1,234.56'
// (see messageParams / traceStepMessageParams there); step texts sit next to a source citation.
// Money reads '1,234.56 元' here as everywhere in the Chinese estimator. An institution level is
// named with the picker's own words ($t(estimate.level.N), nested after interpolation).
export const rules = {
  error: {
    unknownPolicy: '找不到这项报销政策，请重新选择。',
    invalidType: '这一项的格式不对，请检查后重新填写。',
    notFinite: '请输入一个有效的金额。',
    fractionalFen: '金额最小单位是分，不能再小。',
    negativeFen: '金额不能是负数。',
    amountTooLarge: '金额不能超过 {{max}} 元。',
    amountEmpty: '请输入金额。',
    amountNotANumber: '请输入数字金额，例如 12.34。',
    amountTooManyDecimals: '金额最多保留 {{maxDecimals}} 位小数（精确到分）。',
    otherSchemesExceedCost: '其他保障已付的 {{paid}} 元不能多于政策范围内费用 {{cost}} 元。',
    invalidDate: '这个日期不存在或格式不对，请按“年-月-日”填写，例如 2024-03-01。',
    invalidLevel: '医疗机构等级只能是一级、二级或三级。',
    dateBeforePolicy: '{{date}} 这项政策还没有开始实施（{{effectiveFrom}} 起实施）。',
    dateAfterPolicy: '{{date}} 这项政策已经停止实施（实施到 {{effectiveTo}}）。',
    duplicateClaimId: '有两笔费用的编号相同（{{id}}），请删掉重复的一笔。',
    duplicateYearSoFar: '{{year}} 年已用的金额填了两次。',
    invalidId: '这笔费用缺少编号。',
    unknownStatus: '请选择在职或退休。',
    unknownEnrolment: '请选择参保方式：随单位参保、个人参保一档或个人参保二档。',
    unknownKind: '请选择费用类型：门诊、药店购药或住院。',
    kindNotCovered: '这项政策不报销这类费用，请换一项政策或费用类型。',
    tooManyClaims: '一次最多计算 {{max}} 笔。',
    invalidAge: '请填写 0 到 150 之间的整数年龄。',
    invalidYear: '请填写有效的年份，例如 2024。',
    yearOutsidePolicy: '{{year}} 年不在这项政策的实施期内（{{effectiveFrom}} 起实施）。',
    invalidVisitsPerMonth: '每月就诊次数请填 0 到 {{max}} 之间的整数。',
  },
  step: {
    otherSchemes:
      '特殊病、“两病”（高血压、糖尿病）或国家谈判药品的保障已先付 {{change}} 元，剩下的 {{after}} 元再按这项政策报销。',
    deductibleYear:
      '起付线每年 {{deductible}} 元：这次有 {{change}} 元用来凑起付线，这部分不报销；今年还差 {{remainingAfter}} 元。',
    deductibleYearMet: '今年 {{deductible}} 元的起付线已经凑满，这次不再扣。',
    deductibleVisit: '起付线每次 {{deductible}} 元：这次先扣 {{change}} 元，这部分不报销。',
    deductibleMetAtPrescriber:
      '开处方的医院已经扣过这次 {{deductible}} 元的起付线，药店不再重复扣。',
    noDeductible: '这项政策不设起付线，从第一元起按比例报销。',
    ratioByLevel:
      '在$t(estimate.level.{{level}})看病，医保报销 {{ratio}}%：{{before}} 元 × {{ratio}}% = {{after}} 元。',
    ratioPrescriberLevel:
      '凭处方在药店买药，按开处方的$t(estimate.level.{{level}})的比例报销 {{ratio}}%：{{before}} 元 × {{ratio}}% = {{after}} 元。',
    ratioFlat: '医保报销 {{ratio}}%：{{before}} 元 × {{ratio}}% = {{after}} 元。',
    capWithin: '每年最多报销 {{cap}} 元：这次照常报销，今年还剩 {{remainingAfter}} 元额度。',
    capClamped:
      '每年最多报销 {{cap}} 元：今年只剩 {{remainingBefore}} 元额度，这次报销从 {{before}} 元减为 {{after}} 元。',
    capExhausted:
      '每年最多报销 {{cap}} 元：今年的额度已经用完，这次本来可报的 {{before}} 元不能再报。',
    noCapStated: '政策原文没有写每年最多报销多少，这里不设上限。',
    account:
      '您要自付 {{before}} 元，个人账户付了其中 {{change}} 元（账户余额 {{remainingBefore}} 元 → {{remainingAfter}} 元）。',
    cash: '剩下的 {{before}} 元需要您自己付（现金、微信、支付宝等）。',
    accountCreditEmployed:
      '在职人员每月按缴费基数 {{base}} 元的 {{ratio}}% 划入个人账户：{{credit}} 元。',
    accountCreditRetired:
      '退休人员（{{age}} 岁）每月定额划入个人账户 {{credit}} 元，满 {{ageThreshold}} 岁后标准更高。',
    accountCreditNotStated: '政策原文没有写个人参保一档人员每月划入个人账户多少，这里按 0 元计算。',
  },
  policy: {
    'cq-employee-outpatient-2024': {
      title: '重庆职工医保普通门诊统筹（2024年起）',
      region: '重庆市',
    },
    'sx-pharmacy-2023': {
      title: '山西定点药店门诊统筹（2023年起）',
      region: '山西省',
    },
    'fz-drg-2021': {
      title: '福州住院按病种打包付费（DRG，2021年起）',
      region: '福建省福州市',
    },
    doc: {
      '002': {
        title: '《关于扩大疾病诊断相关分组（DRG）收付费改革试点的通知》政策解读',
        issuer: '福建省医疗保障局、福建省卫生健康委员会',
        number: '未载明文号',
      },
      '003': {
        title:
          '《关于转发〈国家医疗保障局办公室关于进一步做好定点零售药店纳入门诊统筹管理的通知〉的通知》',
        issuer: '山西省医疗保障局办公室',
        number: '晋医保办发〔2023〕2号',
      },
      '004': {
        title: '《重庆市建立健全职工基本医疗保险门诊共济保障机制实施细则》及政策问答',
        issuer: '重庆市医疗保障局、重庆市财政局',
        number: '渝医保发〔2023〕32号',
      },
    },
  },
} as const;
