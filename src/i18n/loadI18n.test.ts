import { describe, expect, it } from 'vitest';
import { bundledResources } from './bundledResources';
import { loadI18n } from './loadI18n';
import { NAMESPACES, type Namespace, type UiLanguage } from './resources';

function recordingLoader() {
  const loaded: string[] = [];
  const load = async (language: UiLanguage, namespace: Namespace) => {
    loaded.push(`${language}/${namespace}`);
    return bundledResources[language][namespace];
  };
  return { loaded, load };
}

describe('loadI18n', () => {
  it.each([
    ['en', 'Bitext Workbench'],
    ['zh', '双语工作台'],
  ] as const)('resolves speaking %s, having read that language only', async (language, name) => {
    const { loaded, load } = recordingLoader();
    const instance = await loadI18n(language, load);
    expect(instance.t('appName')).toBe(name);
    expect(loaded.sort()).toEqual(NAMESPACES.map((namespace) => `${language}/${namespace}`).sort());
  });

  it('reads the other language when switching to it, and speaks it once switched', async () => {
    const { loaded, load } = recordingLoader();
    const instance = await loadI18n('en', load);
    loaded.length = 0;
    await instance.changeLanguage('zh');
    expect(instance.t('appName')).toBe('双语工作台');
    expect(instance.t('language.label')).toBe('界面语言');
    expect(loaded.sort()).toEqual(NAMESPACES.map((namespace) => `zh/${namespace}`).sort());
  });

  it('loads the real locale files through dynamic imports', async () => {
    const instance = await loadI18n('zh');
    expect(instance.t('appName')).toBe('双语工作台');
    expect(instance.t('actions.cancel')).toBe('取消');
  });
});
