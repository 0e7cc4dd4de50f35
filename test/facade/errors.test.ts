import { describe, expect, it } from 'vitest';
import { OasError, ProtocolError, SoapFaultError, TransportError, ValidationError } from '../../src/index.js';

describe('the error hierarchy', () => {
  it.each([
    [new ValidationError('authUser', 'userId', 'is mandatory'), 'ValidationError', 'client'],
    [new TransportError('authUser: x', { failure: 'timeout', mayHaveReachedServer: true }), 'TransportError', 'client'],
    [new TransportError('authUser: x', { failure: 'http', status: 502, mayHaveReachedServer: true }), 'TransportError', 'server'],
    [new SoapFaultError('authUser', { soapVersion: '1.1', faultCode: 'c', faultString: 's', status: 500 }), 'SoapFaultError', 'server'],
    [new ProtocolError('authUser', 'p', 200), 'ProtocolError', 'server'],
  ] as const)('%s has a literal name, a fault side and extends OasError and Error', (error, name, fault) => {
    expect(error).toBeInstanceOf(OasError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.$fault).toBe(fault);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name, message: error.message });
  });
});
