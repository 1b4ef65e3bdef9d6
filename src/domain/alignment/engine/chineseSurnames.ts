/**
 * Common one-character Chinese surnames. A lone character matches an English name only when it is
 * one of these (顾 Gu, 黄 Huang, 吕 Lü), so that ordinary characters with a name-like reading do not.
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  ),
);
