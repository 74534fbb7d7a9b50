import { expect, it } from 'vitest';
import { isValidName } from './name';

it('accepts Chinese names, with a middle dot between parts of an ethnic name', () => {
  for (const name of ['林国华', '陈美玉', '买买提·艾力', '阿依古丽・吐尔逊', ' 郑浩然 ']) {
    expect(isValidName(name), name).toBe(true);
  }
  for (const name of ['', '林', 'Lin Guohua', '林国华1', '·林国华', '林国华·', '林··国华']) {
    expect(isValidName(name), name).toBe(false);
  }
});
