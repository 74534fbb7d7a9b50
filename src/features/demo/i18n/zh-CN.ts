/**
 * The demo console's strings. They load with the console (demo builds only), not with the app's
 * strings, because the persona descriptions would otherwise ship in the production build.
 */
export const demoZhCN = {
  title: '演示控制台',
  intro: '供客服演示使用。此处的设置只影响本设备上的演示后台。',
  personas: '演示用户',
  current: '当前',
  switchTo: '切换为此用户',
  switched: '已切换为 {{name}}',
  /**
   * Who the guide means (张建国 …), masked as on every other screen. Written out like the
   * descriptions beside them; a test checks them against the seed's names.
   */
  personaName: {
    cqRetiree: '张*国',
    fzEmployee: '林*燕',
    tyEmployee: '王*强',
  },
  persona: {
    cqRetiree: '重庆 · 退休职工 · 72 岁',
    fzEmployee: '福州 · 在职职工 · 34 岁 · 有父母和孩子',
    tyEmployee: '太原 · 在职职工 · 电子凭证未激活',
  },
  faults: '故障注入',
  faultsBefore: '未办理：请求失败，数据不变',
  faultsAfter: '已办理：数据已更改，但应用没收到结果',
  latency: '接口延迟',
  latencyValue: '{{seconds}} 秒',
  errorRate: '接口出错率',
  percentValue: '{{percent}}%',
  offline: '接口离线',
  lostResponseRate: '办理成功但响应丢失',
  slowResponseRate: '办理成功但响应超时（{{seconds}} 秒后才返回）',
  storage: {
    indexeddb: '演示数据保存在本浏览器（IndexedDB），刷新后仍在',
    memory: '演示数据只在内存中，刷新后会丢失',
  },
  idleTimeout: '闲置自动退出时间',
  idleTimeoutOption: {
    default: '默认（15 分钟）',
    twoMinutes: '2 分钟',
    twentySeconds: '20 秒',
  },
  idleTimeoutHint:
    '立即生效。退出前的提醒留出最后 1 分钟；短于 2 分钟时留出一半时间（20 秒即最后 10 秒）。',
  reset: '重置演示数据',
  resetConfirm: '将清除所有演示数据、恢复初始状态，并让已登录的演示用户退出登录，确定吗？',
  resetDone: '演示数据已重置，演示用户均已退出登录',
  saved: '设置已生效',
  smsHint: '演示用户手机号：{{phones}}，验证码会显示在顶部横幅中。',
  storageNotice: {
    migrated: '演示数据已从旧版本迁移',
    'reset-incompatible': '保存的演示数据来自不兼容的旧版本，已恢复初始演示数据',
    'memory-only': '此浏览器无法保存演示数据（如无痕模式），演示照常运行，但刷新后会丢失',
    'this-tab-only': '演示后台仅在此标签页运行：其他标签页看不到这里的改动',
    'backend-restarted': '演示后台意外停止，已重新启动；未完成的操作请重试',
    dismiss: '关闭此提示',
  },
  voucher: {
    title: '医保电子凭证',
    nextFace: '下一次人脸识别',
    passes: '正常通过',
    nextFaceHint: '只影响下一次人脸识别，之后自动恢复正常。',
    reason: {
      'too-dark': '失败：光线太暗',
      'no-face': '失败：没有检测到人脸',
      covered: '失败：面部有遮挡',
      mismatch: '失败：与身份证照片不一致',
    },
    lifetime: '医保码有效期',
    seconds: '{{seconds}} 秒',
  },
  trace: {
    title: '药品追溯码',
    code: '结算单上的追溯码',
    hint: '复制参保人电子结算单上某盒药的追溯码，模拟这盒药被倒卖后在另一家药店再次结算。',
    submit: '再结算一次这盒药',
    invalid: '追溯码是 20 位数字，请从结算单上复制。',
    notSold: '这盒药还没有被结算（或已退费），无法再结算一次。',
    done: '已在另一家药店再结算一次：',
    check: '去查询这个追溯码',
  },
  payment: {
    title: '医保移动支付',
    next: '参保人手机上的移动支付（微信支付、支付宝）',
    outcome: {
      paid: '支付成功',
      cancelled: '参保人取消支付',
      failed: '支付失败',
      lost: '支付成功，但应用没收到结果',
    },
    hint: '改为其他选项前一直有效；只影响现金部分的移动支付，个人账户部分照常扣减。',
  },
  counter: {
    title: '柜台结算',
    hint: '在另一个标签页扮演定点药店或医院收费处：扫描参保人的医保码并收费。',
    open: '打开柜台',
  },
  family: {
    title: '家庭共济',
    loseNext: '下一笔转入或缴费：完成，但回答丢失',
    hint: '只影响下一笔家庭共济转入或缴费：后台完成并记账，应用收不到回答，点“重试”只会扣款一次。',
    armed: '已设置：下一笔转入或缴费的回答将丢失。',
  },
} as const;
