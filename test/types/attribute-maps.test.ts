import { describe, expectTypeOf, it } from 'vitest';
import type { AuthUserInput, AuthUserOutput, GetSecureChallengeInput, OperationTypes, raw } from '../../generated/index.js';

// Checked by `tsc --noEmit` (part of `npm test`): a @ts-expect-error that stops being an error fails the build.
describe('generated types', () => {
  it('AuthUserInput requires userId, componentType and passwordFormat', () => {
    // @ts-expect-error userId is mandatory
    const missingUser: AuthUserInput = { componentType: 'SOAP Auth Client', passwordFormat: 0 };
    // @ts-expect-error an attribute the catalogue does not know is refused
    const unknown: AuthUserInput = { userId: 'u', componentType: 'c', passwordFormat: 0, passwort: 'x' };
    // @ts-expect-error passwordFormat is a number, not a string
    const wrongType: AuthUserInput = { userId: 'u', componentType: 'c', passwordFormat: '0' };
    void [missingUser, unknown, wrongType];
    expectTypeOf<AuthUserInput['passwordFormat']>().toEqualTypeOf<number>();
    expectTypeOf<AuthUserInput['password']>().toEqualTypeOf<string | undefined>();
  });

  it('AuthUserOutput always has userId; serialNo only if defined', () => {
    expectTypeOf<AuthUserOutput['userId']>().toEqualTypeOf<string>();
    expectTypeOf<AuthUserOutput['serialNo']>().toEqualTypeOf<string | undefined>();
  });

  it('the operation map gives every shape by command name', () => {
    expectTypeOf<OperationTypes['getSecureChallenge']['input']>().toEqualTypeOf<GetSecureChallengeInput>();
    expectTypeOf<OperationTypes['cancelAuthUser']['input']>().toEqualTypeOf<raw.CancelAuthUser>();
    expectTypeOf<raw.CancelAuthUser['challengeKeyMessage']>().toEqualTypeOf<string>();
    expectTypeOf<raw.ChangeBackendPassword['user']['domain']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OperationTypes['getPreparedSecureChallenge']['output']['requestMessage']>().toEqualTypeOf<string>();
  });
});
