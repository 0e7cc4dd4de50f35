import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** Writes files into a fresh temporary folder, removed when the test ends; returns the folder. */
export function scratchFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'onespan-test-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const NS = 'urn:example:small';

/** A one-operation document/literal WSDL whose request type is the given xsd content. */
export function smallWsdl(requestContent: string, extraSchema = ''): string {
  return `<?xml version="1.0"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="${NS}" targetNamespace="${NS}">
  <wsdl:types>
    <xsd:schema targetNamespace="${NS}" elementFormDefault="unqualified">
      <xsd:element name="ping"><xsd:complexType>${requestContent}</xsd:complexType></xsd:element>
      <xsd:element name="pingResponse"><xsd:complexType><xsd:sequence>
        <xsd:element name="status" type="xsd:string" minOccurs="1"/>
      </xsd:sequence></xsd:complexType></xsd:element>
      ${extraSchema}
    </xsd:schema>
  </wsdl:types>
  <wsdl:message name="pingRequest"><wsdl:part name="parameters" element="tns:ping"/></wsdl:message>
  <wsdl:message name="pingResponse"><wsdl:part name="parameters" element="tns:pingResponse"/></wsdl:message>
  <wsdl:portType name="SmallPortType">
    <wsdl:operation name="ping"><wsdl:input message="tns:pingRequest"/><wsdl:output message="tns:pingResponse"/></wsdl:operation>
  </wsdl:portType>
  <wsdl:binding name="SmallBinding" type="tns:SmallPortType">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="ping"><soap:operation soapAction=""/>
      <wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="SmallService"><wsdl:port name="SmallPort" binding="tns:SmallBinding">
    <soap:address location="https://localhost:8888/"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;
}

export const EMPTY_CATALOGUE = JSON.stringify({ description: 'test', serverVersion: '0', attributes: [], commands: {} });
