import { attributeById } from '../../catalogue/catalogue-index.js';
import type { OperationDescriptor } from '../../operations/operation-descriptor.js';
import { SOAP11_ENVELOPE, SOAP12_ENVELOPE } from '../../response/soap-envelope.js';
import type { Outcome } from './outcome.js';
import type { SoapVersion } from './soap-request.js';

const ENVELOPE_NAMESPACE = { '1.1': SOAP11_ENVELOPE, '1.2': SOAP12_ENVELOPE } as const;
const NAMESPACES =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:BASIC-TYPES="http://www.vasco.com/IdentikeyServer/IdentikeyTypes/BasicTypes.xsd" ' +
  'xmlns:AUTH-TYPES="http://www.vasco.com/IdentikeyServer/IdentikeyTypes/Authentication" ' +
  'xmlns:CREDENTIAL-TYPES="http://www.vasco.com/IdentikeyServer/IdentikeyTypes/CredentialTypes.xsd"';

/** An answer in the real server's wire style: upper-case prefixes, xsi:type on the elements, self-closed empty sets. */
export function writeResponse(operation: OperationDescriptor, outcome: Outcome, soapVersion: SoapVersion): string {
  const codes =
    `<resultCodes xsi:type="BASIC-TYPES:ResultCodes">` +
    `<returnCodeEnum xsi:type="BASIC-TYPES:ReturnCodeEnum">${outcome.status.code === 0 ? 'RET_SUCCESS' : 'RET_FAILURE'}</returnCodeEnum>` +
    `<statusCodeEnum xsi:type="BASIC-TYPES:StatusCodeEnum">${outcome.status.name}</statusCodeEnum>` +
    `<returnCode xsi:type="xsd:int">${outcome.status.code === 0 ? 0 : -1}</returnCode>` +
    `<statusCode xsi:type="xsd:int">${outcome.status.code}</statusCode></resultCodes>`;
  const errors =
    outcome.errors.length === 0
      ? '<errorStack xsi:type="BASIC-TYPES:ErrorStack"/>'
      : `<errorStack xsi:type="BASIC-TYPES:ErrorStack">${outcome.errors
          .map((e) => `<errors xsi:type="BASIC-TYPES:Error"><errorCode xsi:type="xsd:int">${e.code}</errorCode><errorDesc xsi:type="xsd:string">${escape(e.description)}</errorDesc></errors>`)
          .join('')}</errorStack>`;
  let content: string;
  if (operation.resultContainer === 'results') {
    const attributes =
      outcome.attributes.length === 0
        ? '<resultAttribute xsi:type="CREDENTIAL-TYPES:CredentialAttributeSet"/>'
        : `<resultAttribute xsi:type="CREDENTIAL-TYPES:CredentialAttributeSet">${outcome.attributes.map(([id, value]) => attribute(id, value)).join('')}</resultAttribute>`;
    content = `<results xsi:type="CREDENTIAL-TYPES:CredentialResults">${codes}${attributes}${errors}</results>`;
  } else {
    const result = outcome.result
      ? `<result>${Object.entries(outcome.result)
          .map(([name, value]) => `<${name} xsi:type="xsd:${operation.resultFields.find((f) => f.name === name)?.xsdType ?? 'string'}">${escape(value)}</${name}>`)
          .join('')}</result>`
      : '';
    content = `<status xsi:type="BASIC-TYPES:CommandStatusResponse">${codes}${errors}</status>${result}`;
  }
  if (operation.resultWrapper) content = `<${operation.resultWrapper} xsi:type="AUTH-TYPES:${wrapperType(operation.resultWrapper)}">${content}</${operation.resultWrapper}>`;
  return envelope(`<AUTH-TYPES:${operation.responseElement}>${content}</AUTH-TYPES:${operation.responseElement}>`, soapVersion);
}

/** A fault in the request's SOAP version: Client/Server (1.1) or Sender/Receiver (1.2). */
export function writeFault(side: 'client' | 'server', faultString: string, soapVersion: SoapVersion): string {
  if (soapVersion === '1.2') {
    const code = side === 'client' ? 'Sender' : 'Receiver';
    return envelope(
      `<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:${code}</SOAP-ENV:Value></SOAP-ENV:Code>` +
        `<SOAP-ENV:Reason><SOAP-ENV:Text xml:lang="en">${escape(faultString)}</SOAP-ENV:Text></SOAP-ENV:Reason></SOAP-ENV:Fault>`,
      soapVersion,
    );
  }
  const code = side === 'client' ? 'Client' : 'Server';
  return envelope(`<SOAP-ENV:Fault><faultcode>SOAP-ENV:${code}</faultcode><faultstring>${escape(faultString)}</faultstring></SOAP-ENV:Fault>`, soapVersion);
}

/** The content type of an answer in this SOAP version. */
export function contentTypeOf(soapVersion: SoapVersion): string {
  return soapVersion === '1.2' ? 'application/soap+xml; charset=utf-8' : 'text/xml; charset=utf-8';
}

function attribute(id: string, value: string | number): string {
  const type = attributeById.get(id)?.xsdType ?? (typeof value === 'number' ? 'int' : 'string');
  return `<attributes xsi:type="CREDENTIAL-TYPES:CredentialAttribute"><value xsi:type="xsd:${type}">${escape(String(value))}</value><attributeID>${id}</attributeID></attributes>`;
}

function envelope(body: string, soapVersion: SoapVersion): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="${ENVELOPE_NAMESPACE[soapVersion]}" ${NAMESPACES}><SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>\n`;
}

function wrapperType(wrapper: string): string {
  return wrapper.charAt(0).toUpperCase() + wrapper.slice(1);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
