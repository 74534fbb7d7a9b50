import type { Translation } from '@/i18n/types';
import type { safetyZhCN } from './zh-CN';

export const safetyEnUS: Translation<typeof safetyZhCN> = {
  title: 'Fraud protection',
  warning: {
    title: 'What the insurance bureau never does',
    never: 'The medical security bureau never asks you by phone or SMS for:',
    id: 'your ID number',
    card: 'your bank card number',
    code: 'an SMS verification code or a password',
    money: 'a transfer, a remittance, or moving money to a “safe account”',
    fraudster: 'Anyone who asks for these is a fraudster.',
    example:
      'A common fraud SMS: “【医疗保障局】您的医疗卡已停，请02月25日前打开******进行信息完善” (your card has been stopped; open a link to complete your information). Cards are not stopped for “missing information”. Do not tap links in such messages.',
    official:
      'Official channels: the bureau’s website, its official WeChat account, insurance service points and agencies.',
  },
  hotlines: {
    urgentTitle: 'Something suspicious? Call now',
    antiFraud: 'National anti-fraud line',
    medicalInsurance: 'Medical insurance hotline',
    police: 'Police',
    citiesTitle: 'Fujian insurance hotlines by city',
    citiesIntro: 'Tap a number to call it.',
    press: 'then press {{keys}}',
    ask: 'then ask for 医保 (medical insurance)',
    source: 'Source: the hotlines published by the Fujian medical security bureau.',
    city: {
      province: 'Provincial',
      fuzhou: 'Fuzhou',
      xiamen: 'Xiamen',
      ningde: 'Ningde',
      putian: 'Putian',
      quanzhou: 'Quanzhou',
      zhangzhou: 'Zhangzhou',
      longyan: 'Longyan',
      sanming: 'Sanming',
      nanping: 'Nanping',
      pingtan: 'Pingtan',
    },
  },
  check: {
    title: 'Check a message',
    intro:
      'Paste a message you received to see what makes it look like fraud. The check runs on your phone, offline; the message is not sent anywhere.',
    label: 'Message text',
    hint: 'One message, up to {{max}} characters.',
    submit: 'Check this message',
    empty: 'Paste or type the message to check first',
    tooLong: 'This text has {{count}} characters, more than {{max}}. Paste a single message',
    verdict: {
      'likely-fraud': 'Very likely fraud',
      suspicious: 'Suspicious: be careful',
      'no-signs': 'No common signs of fraud found',
    },
    advice: {
      'likely-fraud':
        'Do not tap the link, reply or transfer money. If you already gave details or money, call 96110 or 110 now.',
      suspicious:
        'Do not tap its links. To check, use the bureau’s official phone number or official account.',
      'no-signs':
        'That does not prove it is genuine. Where money or personal details are involved, check through official channels.',
    },
    signal: {
      link: 'Contains a link, or asks you to open one',
      lookalike:
        'The address poses as the bureau’s or a government site (government sites end in .gov.cn)',
      disguisedLink:
        'The address is written in full-width letters or with “·” or “点” for “.”, a trick to get past filters',
      credentials: 'Asks for your ID number, bank card, a code or other details',
      cardStopped: 'Claims your card or account was stopped, frozen or has a problem',
      urgency: 'Creates urgency or sets a deadline',
      money: 'Asks you to transfer money or pay a fee',
      impersonation: 'Claims to be staff of the bureau, the police or a hospital',
      accusation:
        'Accuses you of cashing out illegally or of a crime, or of being under investigation',
      privateChannel: 'Asks you to add a QQ or WeChat contact, install an app or share your screen',
    },
    official: {
      nhsa: '{{host}} is the official site of the National Healthcare Security Administration',
      fujian: '{{host}} is the official site of the Fujian Healthcare Security Bureau',
      government: '{{host}} is a government site (only government bodies can register .gov.cn)',
      advice:
        'To look something up, type the address into your browser yourself rather than tapping a link in a message.',
    },
    triggeredBy: 'Triggered by:',
    separator: ', ',
  },
  trace: {
    title: 'Check a drug traceability code',
    intro:
      'Every box of an insured drug carries a 20-digit traceability code, usually printed under its barcode. Checking whether the box has been sold, and how often, helps you spot resold drugs.',
    label: 'Traceability code (20 digits)',
    hint: 'Spaces and dashes are fine: they are removed for you.',
    submit: 'Check',
    checking: 'Checking…',
    scan: 'Scan the box’s barcode',
    camera: {
      video: 'Camera view: hold the barcode of the traceability code on the box in front of it',
      starting: 'Opening the camera…',
      denied:
        'The camera cannot be used (not allowed, or there is none). Type the 20 digits printed under the barcode instead.',
      failed:
        'This device cannot read the barcode on the box. Type the 20 digits printed under it instead.',
      close: 'Close the camera',
      partial:
        'This browser can read only QR codes. If the box has a striped barcode, type the 20 digits printed under it.',
    },
    problem: {
      empty: 'Type the 20-digit code from the box.',
      notDigits: 'A traceability code has digits only: take out any letters or other signs.',
      tooShort: 'Too short: {{digits}} digits typed, and a traceability code has 20.',
      tooLong: 'Too long: {{digits}} digits typed, and a traceability code has 20.',
    },
    offline: 'Checking a code needs the network. You are offline: connect, then check again.',
    signIn: 'Sign in to check a traceability code.',
    signInLink: 'Sign in',
    checked: 'Code checked: {{code}}',
    drug: 'Drug',
    status: {
      'never-sold': 'No sale of this code is on record',
      'sold-once': 'This box has been sold once',
      'sold-more': 'This box has been sold {{count}} times: it may be resold',
    },
    meaning: {
      'never-sold':
        'The platform has no record of this box being sold. First check that the code you typed matches the box; if you have only just bought it, the pharmacy may not have reported the sale yet. Keep the box and the receipt.',
      'sold-once':
        'A box should be sold only once. If you bought it yourself at the time and place below, this is that purchase.',
      'sold-more':
        'The same box was sold more than once. It may have been bought back and sold again, so its quality and origin cannot be trusted.',
    },
    advice: {
      title: 'What to do',
      dontTake: 'Do not buy or take this box.',
      keep: 'Keep the box, its code and the receipt as evidence.',
      call: 'Report it to the medical insurance hotline 12393. If someone offered to buy or resell drugs, or it looks like fraud, call 96110.',
    },
    salesTitle: 'Sales',
    placeKindNote: ' ({{kind}})',
    placeKind: {
      pharmacy: 'pharmacy',
      hospital: 'hospital',
    },
    yours: 'Your own purchase',
    again: 'Check again',
  },
  apiErrors: {
    TRACE_CODE_INVALID: 'That code is not in the right form: it should be 20 digits.',
  },
};
