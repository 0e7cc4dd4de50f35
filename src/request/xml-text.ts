/** Characters XML 1.0 cannot carry, not even escaped (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_1_0 = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The index of the first character XML 1.0 cannot carry, or -1. */
export function firstNonXmlCharacter(text: string): number {
  const match = NOT_XML_1_0.exec(text);
  return match === null ? -1 : match.index;
}
