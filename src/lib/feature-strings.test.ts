import { describe, expect, it } from 'vitest';
import { registerFeatureStrings } from './feature-strings';
import { i18n, loadLanguage } from './i18n';

describe('registerFeatureStrings', () => {
  it("adds a feature's strings under its namespace and its API error messages to errors.api", async () => {
    registerFeatureStrings('testFeature', {
      'zh-CN': { title: '测试', apiErrors: { TEST_CODE: '测试错误' } },
      'en-US': { title: 'Test', apiErrors: { TEST_CODE: 'Test error' } },
    });
    const zh = i18n.getFixedT('zh-CN');
    expect(zh('testFeature.title')).toBe('测试');
    expect(zh('errors.api.TEST_CODE')).toBe('测试错误');
    // The app's own error messages are still there beside the feature's.
    expect(zh('errors.api.NOT_FOUND')).not.toBe('errors.api.NOT_FOUND');
    expect(i18n.exists('testFeature.apiErrors.TEST_CODE', { lng: 'zh-CN' })).toBe(false);

    // English arrives with its app strings, and the feature's strings join it then.
    await loadLanguage('en-US');
    const en = i18n.getFixedT('en-US');
    expect(en('testFeature.title')).toBe('Test');
    expect(en('errors.api.TEST_CODE')).toBe('Test error');
    await loadLanguage('zh-CN');
  });
});
