import type { StatusCodeEnum, ReturnCodeEnum } from '../../generated/enumerations.js';

/** The four result codes, as on the wire. Names the package does not know come through as they are. */
export interface ResultCodes {
  readonly returnCodeEnum: ReturnCodeEnum | (string & {});
  readonly returnCode: number;
  readonly statusCodeEnum: StatusCodeEnum | (string & {});
  readonly statusCode: number;
}

/** One entry of the server's error stack. */
export interface ServerError {
  readonly code: number;
  readonly description: string;
}

/** An attribute as returned, for attributes the catalogue does not know and for user attributes. */
export interface ReturnedAttribute {
  /** The wire name, e.g. `CREDFLD_DOMAIN`. */
  readonly id: string;
  /** The catalogue's TypeScript name, when the catalogue knows the attribute. */
  readonly name: string | undefined;
  readonly value: string | number | boolean;
  /** The server masked this value (attributeOptions/masked): it is not the real value. */
  readonly masked: boolean;
}

interface ResultBase {
  readonly codes: ResultCodes;
  readonly errors: readonly ServerError[];
}

/** cancelAuthUser, changeBackendPassword: `ok` is true only for RET_SUCCESS with STAT_SUCCESS. */
export type StatusResult = ResultBase & { readonly ok: boolean };

interface AttributeFields<Output> {
  /** Names of returned attributes whose value the server masked. */
  readonly masked: readonly (keyof Output & string)[];
  /** Returned attributes the catalogue does not know (a newer server), by wire name. */
  readonly unknownAttributes: readonly ReturnedAttribute[];
}

/**
 * The outcome of an attribute-set command. On success the always-returned attributes are typed as
 * present; on failure every attribute is optional (a 2-step challenge comes back on a failure status).
 */
export type AttributeSetResult<Output> = AttributeFields<Output> &
  (
    | (ResultBase & { readonly ok: true; readonly attributes: Output })
    | (ResultBase & { readonly ok: false; readonly attributes: Partial<Output> })
  );

/** authUser also returns the optional user attribute list. `ok` also needs no CREDFLD_STATUS_MESSAGE. */
export type AuthUserAttributeResult<Output> = AttributeSetResult<Output> & {
  readonly userAttributes: readonly ReturnedAttribute[];
};

/** getPreparedSecureChallenge: the challenge as a Secure Channel message (hex), present on success. */
export type PreparedSecureChallengeResult =
  | (ResultBase & { readonly ok: true; readonly requestMessage: string })
  | (ResultBase & { readonly ok: false; readonly requestMessage: string | undefined });
