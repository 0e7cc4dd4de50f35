import { randomUUID } from 'node:crypto';
import { attributeSetCommand, catalogueCommand } from '../catalogue/catalogue-index.js';
import { createAgent } from '../engine/http-agent.js';
import type { Engine } from '../engine/engine.js';
import { createNodeSoapEngine } from '../engine/node-soap-engine.js';
import { OasError } from '../errors/oas-error.js';
import { ProtocolError } from '../errors/protocol-error.js';
import { TransportError } from '../errors/transport-error.js';
import { ValidationError } from '../errors/validation-error.js';
import type { ClientLogEvent, ClientLogger } from '../logging/log-event.js';
import { Redactor } from '../logging/redactor.js';
import { loggableValues } from '../logging/request-values.js';
import type { OperationDescriptor } from '../operations/operation-descriptor.js';
import { requireOperation, type CommandName, type InputOf, type OutputOf } from '../operations/operation-lookup.js';
import type { ExtraAttribute } from '../request/extra-attribute.js';
import { validateAttributeInput } from '../request/validate-attribute-input.js';
import { validateElementInput } from '../request/validate-element-input.js';
import { secretValuesOf, type WireBody } from '../request/wire-request.js';
import { readCommandResult, type ReadResult } from '../response/read-command-result.js';
import type { AttributeSetResult, AuthUserAttributeResult, PreparedSecureChallengeResult, ResultCodes, ReturnedAttribute, StatusResult } from '../results/command-result.js';
import { bundledWsdlPath } from './bundled-wsdl.js';
import { DEFAULT_TIMEOUT_MS, type AuthenticationClientOptions, type CallOptions } from './client-options.js';
import { parseEndpoint } from './endpoint.js';

/** The input of an attribute-set command: catalogue names, plus attributes the catalogue does not know yet. */
export type AttributeInput<Name extends CommandName> = InputOf<Name> & {
  readonly extraAttributes?: readonly ExtraAttribute[];
};

export type AuthUserRequest = AttributeInput<'authUser'>;
export type GetChallengeRequest = AttributeInput<'getChallenge'>;
export type GetSecureChallengeRequest = AttributeInput<'getSecureChallenge'>;
export type UpdatePasswordRequest = AttributeInput<'updatePassword'>;
export type ChangeEncStatPwdRequest = AttributeInput<'changeEncStatPwd'>;
export type CancelAuthUserRequest = InputOf<'cancelAuthUser'>;
export type GetPreparedSecureChallengeRequest = InputOf<'getPreparedSecureChallenge'>;

/** changeBackendPassword, flattened: the wire nests user and credential. */
export interface ChangeBackendPasswordRequest {
  readonly componentType: string;
  readonly userId: string;
  readonly domain?: string;
  readonly staticPassword: string;
  readonly newStaticPassword: string;
}

export type AuthUserResult = AuthUserAttributeResult<OutputOf<'authUser'>>;
export type GetChallengeResult = AttributeSetResult<OutputOf<'getChallenge'>>;
export type GetSecureChallengeResult = AttributeSetResult<OutputOf<'getSecureChallenge'>>;
export type UpdatePasswordResult = AttributeSetResult<OutputOf<'updatePassword'>>;
export type ChangeEncStatPwdResult = AttributeSetResult<OutputOf<'changeEncStatPwd'>>;

const USER_AGENT = 'onespan-auth-soap';
const BACKEND_PASSWORD_NAMES = { 'user.userID': 'userId', 'user.domain': 'domain', 'credential.staticPassword': 'staticPassword' };

/**
 * A client of the OAS SOAP Authentication API. One parsed WSDL and one keep-alive agent per client;
 * calls are never retried. An unsuccessful authentication is a result with `ok: false`, not an error.
 */
export class AuthenticationClient {
  private closed = false;

  private constructor(
    private readonly engine: Engine,
    private readonly endpoint: URL,
    private readonly defaultTimeoutMs: number,
    private readonly logger: ClientLogger | undefined,
  ) {}

  /**
   * Loads the WSDL and prepares the connection pool.
   * @throws {ValidationError} the endpoint, timeout or WSDL is unusable.
   */
  static async create(options: AuthenticationClientOptions): Promise<AuthenticationClient> {
    const endpoint = parseEndpoint(options.endpoint, options.allowInsecureHttp ?? false);
    const timeoutMs = checkTimeout('AuthenticationClient.create', options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const agent = createAgent(endpoint, options.tls);
    const engine = await createNodeSoapEngine({ wsdlPath: options.wsdl ?? bundledWsdlPath(), endpoint, agent, userAgent: USER_AGENT });
    return new AuthenticationClient(engine, endpoint, timeoutMs, options.logger);
  }

  /**
   * Authenticates a user: OTP, challenge/response, Secure Channel, push and login. A push login is
   * suspended on the server until the user answers: give it a long `timeoutMs` or a signal.
   * `ok` is true only for RET_SUCCESS with STAT_SUCCESS and no CREDFLD_STATUS_MESSAGE.
   * @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError}
   */
  async authUser(input: AuthUserRequest, options?: CallOptions): Promise<AuthUserResult> {
    const read = await this.callAttributeSet('authUser', input, options);
    const result = shapeAttributeResult(read);
    const ok = result.ok && !('statusMessage' in result.attributes);
    return { ...result, ok, userAttributes: read.userAttributes } as AuthUserResult;
  }

  /**
   * Rejects a pending push login (the user said no on the phone): the suspended authUser ends
   * unsuccessfully; the user's error and lock counts do not change.
   * @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError}
   */
  async cancelAuthUser(input: CancelAuthUserRequest, options?: CallOptions): Promise<StatusResult> {
    return shapeStatusResult(await this.callElements('cancelAuthUser', input, options));
  }

  /** Asks for a 1-step challenge (general, or user-specific with userId). @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError} */
  async getChallenge(input: GetChallengeRequest, options?: CallOptions): Promise<GetChallengeResult> {
    return shapeAttributeResult(await this.callAttributeSet('getChallenge', input, options)) as GetChallengeResult;
  }

  /**
   * Asks for a Secure Channel request message and its challenge key. Exactly one of requestBody or
   * challengeMessage; transactionTitle only with challengeMessage.
   * @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError}
   */
  async getSecureChallenge(input: GetSecureChallengeRequest, options?: CallOptions): Promise<GetSecureChallengeResult> {
    return shapeAttributeResult(await this.callAttributeSet('getSecureChallenge', input, options)) as GetSecureChallengeResult;
  }

  /**
   * Fetches the challenge of a push login for the phone; single use (a second fetch: STAT_NOT_FOUND).
   * @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError}
   */
  async getPreparedSecureChallenge(input: GetPreparedSecureChallengeRequest, options?: CallOptions): Promise<PreparedSecureChallengeResult> {
    const read = await this.callElements('getPreparedSecureChallenge', input, options);
    const status = shapeStatusResult(read);
    const requestMessage = read.result?.requestMessage ?? read.result?.RequestMessage;
    if (status.ok && requestMessage === undefined) throw new ProtocolError('getPreparedSecureChallenge', 'success without result/requestMessage', 200);
    return { ...status, requestMessage } as PreparedSecureChallengeResult;
  }

  /** Changes the user's static password. @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError} */
  async updatePassword(input: UpdatePasswordRequest, options?: CallOptions): Promise<UpdatePasswordResult> {
    return shapeAttributeResult(await this.callAttributeSet('updatePassword', input, options)) as UpdatePasswordResult;
  }

  /**
   * Changes PIN and static password of a Digipass 110.
   * @deprecated The vendor says: "Deprecated. Do not use anymore." Kept callable for old deployments.
   * @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError}
   */
  async changeEncStatPwd(input: ChangeEncStatPwdRequest, options?: CallOptions): Promise<ChangeEncStatPwdResult> {
    return shapeAttributeResult(await this.callAttributeSet('changeEncStatPwd', input, options)) as ChangeEncStatPwdResult;
  }

  /**
   * Changes the user's back-end (Active Directory) password; the user must authenticate locally.
   * @throws {ValidationError} {TransportError} {SoapFaultError} {ProtocolError}
   */
  async changeBackendPassword(input: ChangeBackendPasswordRequest, options?: CallOptions): Promise<StatusResult> {
    const wire = isObject(input)
      ? {
          componentType: input.componentType,
          user: { userID: input.userId, domain: input.domain },
          credential: { staticPassword: input.staticPassword },
          newStaticPassword: input.newStaticPassword,
          ...Object.fromEntries(Object.entries(input).filter(([key]) => !['componentType', 'userId', 'domain', 'staticPassword', 'newStaticPassword'].includes(key))),
        }
      : input;
    return shapeStatusResult(await this.callElements('changeBackendPassword', wire, options, BACKEND_PASSWORD_NAMES));
  }

  /** Closes pooled connections. Calls after this fail with a TransportError (`failure: 'closed'`). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.engine.close();
  }

  private async callAttributeSet(name: CommandName, input: unknown, options: CallOptions | undefined): Promise<ReadResult> {
    const operation = requireOperation(name);
    const command = attributeSetCommand(name);
    if (command === undefined) throw new OasError(`${name}: the catalogue has no attribute-set entry for it`, { fault: 'client', command: name });
    return this.invoke(operation, () => ({ shape: 'attributeSet', attributes: validateAttributeInput(name, command, input) }), options);
  }

  private async callElements(name: CommandName, input: unknown, options: CallOptions | undefined, displayNames?: Record<string, string>): Promise<ReadResult> {
    const entry = catalogueCommand(name);
    const secrets = entry?.shape === 'plainElement' ? entry.secretElements : [];
    const operation = requireOperation(name);
    return this.invoke(operation, () => ({ shape: 'plainElement', elements: validateElementInput(name, operation.requestFields, input, secrets, displayNames) }), options);
  }

  /** Validate, send once, read: the one path every command takes. */
  private async invoke(operation: OperationDescriptor, buildBody: () => WireBody, options: CallOptions | undefined): Promise<ReadResult> {
    const command = operation.name;
    const timeoutMs = checkTimeout(command, options?.timeoutMs ?? this.defaultTimeoutMs);
    const body = buildBody();
    if (this.closed) throw new TransportError(`${command}: the client is closed`, { command, failure: 'closed', mayHaveReachedServer: false });
    if (options?.signal?.aborted) throw new TransportError(`${command}: aborted before sending`, { command, failure: 'aborted', mayHaveReachedServer: false });

    const callId = randomUUID();
    const started = performance.now();
    const redactor = new Redactor(secretValuesOf(body));
    this.log(() => ({ type: 'request', command, callId, endpoint: this.endpoint.origin, values: loggableValues(body) }));
    try {
      const reply = await this.engine.call({ operation, body, timeoutMs, signal: options?.signal, redactor });
      const read = readCommandResult(operation, reply.element, reply.status);
      this.log(() => ({
        type: 'response',
        command,
        callId,
        durationMs: Math.round(performance.now() - started),
        ok: isSuccess(read.codes),
        codes: read.codes,
        returnedAttributes: read.attributes.map((attribute) => attribute.id),
      }));
      return read;
    } catch (error) {
      const safe = error instanceof OasError ? error : new OasError(`${command}: internal error (${error instanceof Error ? error.name : typeof error})`, { fault: 'client', command });
      this.log(() => ({ type: 'failure', command, callId, durationMs: Math.round(performance.now() - started), error: { name: safe.name, message: safe.message } }));
      throw safe;
    }
  }

  /** Builds the event only when there is a logger to receive it. */
  private log(event: () => ClientLogEvent): void {
    if (this.logger === undefined) return;
    try {
      this.logger(event());
    } catch {
      // A failing logger must not turn a completed call into a failure.
    }
  }
}

function checkTimeout(where: string, timeoutMs: number): number {
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 0) {
    throw new ValidationError(where, 'timeoutMs', 'must be a finite number of milliseconds, 0 for none');
  }
  return Math.floor(timeoutMs);
}

function isSuccess(codes: ResultCodes): boolean {
  return codes.returnCodeEnum === 'RET_SUCCESS' && codes.statusCodeEnum === 'STAT_SUCCESS' && codes.returnCode === 0 && codes.statusCode === 0;
}

function shapeStatusResult(read: ReadResult): StatusResult {
  return { ok: isSuccess(read.codes), codes: read.codes, errors: read.errors };
}

function shapeAttributeResult(read: ReadResult): AttributeSetResult<Record<string, string | number | boolean>> {
  const attributes: Record<string, string | number | boolean> = {};
  const masked: string[] = [];
  const unknownAttributes: ReturnedAttribute[] = [];
  for (const attribute of read.attributes) {
    if (attribute.name === undefined) {
      unknownAttributes.push(attribute);
      continue;
    }
    attributes[attribute.name] = attribute.value;
    if (attribute.masked) masked.push(attribute.name);
  }
  return { ok: isSuccess(read.codes), codes: read.codes, errors: read.errors, attributes, masked, unknownAttributes };
}

function isObject(value: unknown): value is Record<string, unknown> & ChangeBackendPasswordRequest {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
