import { describe, expect, it } from 'vitest';
import { parseXml, XmlSyntaxProblem } from '../../src/response/parse-xml.js';

describe('parseXml', () => {
  it.each([
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', /DOCTYPE is not allowed/],
    ['an unclosed element', '<a><b></a>', /not well-formed/],
    ['an undefined entity', '<a>&nope;</a>', /not well-formed/],
    ['no XML at all', 'Service Unavailable', /not well-formed|no root element/],
  ])('refuses %s', (_name, text, problem) => {
    expect(() => parseXml(text)).toThrow(XmlSyntaxProblem);
    expect(() => parseXml(text)).toThrow(problem);
  });

  it('resolves names and xsi:type by namespace, whatever the prefixes', () => {
    const node = parseXml(
      '<p:a xmlns:p="urn:x" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:q="http://www.w3.org/2001/XMLSchema"><b i:type="q:int"> 7 </b><![CDATA[<raw>]]></p:a>',
    );
    expect(node).toEqual({
      namespace: 'urn:x',
      name: 'a',
      xsiType: undefined,
      text: '<raw>',
      children: [{ namespace: '', name: 'b', xsiType: { namespace: 'http://www.w3.org/2001/XMLSchema', local: 'int' }, text: ' 7 ', children: [] }],
    });
  });
});
