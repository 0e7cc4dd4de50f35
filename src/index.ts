export { AuthenticationClient } from './client/authentication-client.js';
export type {
  AttributeInput,
  AuthUserRequest,
  AuthUserResult,
  CancelAuthUserRequest,
  ChangeBackendPasswordRequest,
  ChangeEncStatPwdRequest,
  ChangeEncStatPwdResult,
  GetChallengeRequest,
  GetChallengeResult,
  GetPreparedSecureChallengeRequest,
  GetSecureChallengeRequest,
  GetSecureChallengeResult,
  UpdatePasswordRequest,
  UpdatePasswordResult,
} from './client/authentication-client.js';
export type { AuthenticationClientOptions, CallOptions } from './client/client-options.js';
export type { TlsOptions } from './engine/http-agent.js';
export { OasError, type OasErrorName, type OasFault } from './errors/oas-error.js';
export { ValidationError } from './errors/validation-error.js';
export { TransportError, type TransportFailure } from './errors/transport-error.js';
export { SoapFaultError } from './errors/soap-fault-error.js';
export { ProtocolError } from './errors/protocol-error.js';
export type { ClientLogEvent, ClientLogger, FailureLogEvent, RequestLogEvent, ResponseLogEvent } from './logging/log-event.js';
export { REDACTED } from './logging/redactor.js';
export type { ExtraAttribute } from './request/extra-attribute.js';
export type {
  AttributeSetResult,
  AuthUserAttributeResult,
  PreparedSecureChallengeResult,
  ResultCodes,
  ReturnedAttribute,
  ServerError,
  StatusResult,
} from './results/command-result.js';
export type { AttributeXsdType, Catalogue, CatalogueAttribute, CatalogueCommand, CatalogueRule } from './catalogue/catalogue-types.js';
export type { FieldDescriptor, OperationDescriptor } from './operations/operation-descriptor.js';
export { catalogue, operations, returnCodeEnumValues, statusCodeEnumValues } from '../generated/index.js';
export type {
  AuthUserInput,
  AuthUserOutput,
  ChangeEncStatPwdInput,
  ChangeEncStatPwdOutput,
  CredentialAttributeId,
  CredentialAttributeName,
  CredentialAttributeValues,
  GetChallengeInput,
  GetChallengeOutput,
  GetSecureChallengeInput,
  GetSecureChallengeOutput,
  OperationName,
  OperationTypes,
  ReturnCodeEnum,
  StatusCodeEnum,
  UpdatePasswordInput,
  UpdatePasswordOutput,
} from '../generated/index.js';
