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
      credentials: 'Asks for your ID number, bank card, a code or other details',
      cardStopped: 'Claims your card or account was stopped, frozen or has a problem',
      urgency: 'Creates urgency or sets a deadline',
      money: 'Asks you to transfer money or pay a fee',
      impersonation: 'Claims to be staff of the bureau, the police or a hospital',
      accusation:
        'Accuses you of cashing out illegally or of a crime, or of being under investigation',
      privateChannel: 'Asks you to add a QQ or WeChat contact, install an app or share your screen',
    },
    triggeredBy: 'Triggered by:',
    separator: ', ',
  },
};
