import { describe, expectTypeOf, it } from 'vitest';
import type { AuthenticationClient, AuthUserResult, OasError, PreparedSecureChallengeResult, StatusResult } from '../../src/index.js';

// Checked by `tsc --noEmit` (part of `npm test`).
describe('facade types', () => {
  it('inputs: mandatory attributes required, unknown ones refused, values typed', () => {
    type AuthUser = Parameters<AuthenticationClient['authUser']>[0];
    // @ts-expect-error userId is mandatory
    const noUser: AuthUser = { componentType: 'c', passwordFormat: 0 };
    // @ts-expect-error unknown attribute
    const unknown: AuthUser = { userId: 'u', componentType: 'c', passwordFormat: 0, pasword: 'x' };
    const extra: AuthUser = { userId: 'u', componentType: 'c', passwordFormat: 0, extraAttributes: [{ id: 'CREDFLD_NEW', value: 1, type: 'unsignedInt' }] };
    type Cancel = Parameters<AuthenticationClient['cancelAuthUser']>[0];
    // @ts-expect-error challengeKeyMessage is required
    const noKey: Cancel = { componentType: 'c', serialNumber: 's' };
    type Backend = Parameters<AuthenticationClient['changeBackendPassword']>[0];
    const backend: Backend = { componentType: 'c', userId: 'u', staticPassword: 'p', newStaticPassword: 'n' };
    void [noUser, unknown, extra, noKey, backend];
  });

  it('results: ok narrows; success types always-returned attributes as present', () => {
    expectTypeOf<Awaited<ReturnType<AuthenticationClient['authUser']>>>().toEqualTypeOf<AuthUserResult>();
    const narrow = (result: AuthUserResult) => {
      if (result.ok) expectTypeOf(result.attributes.userId).toEqualTypeOf<string>();
      else expectTypeOf(result.attributes.userId).toEqualTypeOf<string | undefined>();
      expectTypeOf(result.attributes.serialNo).toEqualTypeOf<string | undefined>();
      expectTypeOf(result.codes.statusCode).toEqualTypeOf<number>();
      expectTypeOf(result.codes.statusCodeEnum).toExtend<string>();
      expectTypeOf<'STAT_SUCCESS'>().toExtend<typeof result.codes.statusCodeEnum>();
    };
    const prepared = (result: PreparedSecureChallengeResult) => {
      if (result.ok) expectTypeOf(result.requestMessage).toEqualTypeOf<string>();
    };
    void [narrow, prepared];
    expectTypeOf<Awaited<ReturnType<AuthenticationClient['cancelAuthUser']>>>().toEqualTypeOf<StatusResult>();
  });

  it('errors: switch on the literal name narrows', () => {
    const handle = (error: OasError) => error.name;
    expectTypeOf<ReturnType<typeof handle>>().toEqualTypeOf<'OasError' | 'ValidationError' | 'TransportError' | 'SoapFaultError' | 'ProtocolError'>();
  });
});
