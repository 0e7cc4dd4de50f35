import { operations, type OperationTypes } from '../../generated/operations.js';
import { OasError } from '../errors/oas-error.js';
import type { OperationDescriptor } from './operation-descriptor.js';

/** The commands the facade has a method for. */
export type CommandName =
  | 'authUser'
  | 'cancelAuthUser'
  | 'getChallenge'
  | 'getSecureChallenge'
  | 'getPreparedSecureChallenge'
  | 'updatePassword'
  | 'changeEncStatPwd'
  | 'changeBackendPassword';

/** A command's input type from the generated map; `never` when bindings regenerated from a WSDL without it. */
export type InputOf<Name extends string> = Name extends keyof OperationTypes ? OperationTypes[Name]['input'] : never;
/** A command's output attributes from the generated map; `never` when the WSDL lacks it. */
export type OutputOf<Name extends string> = Name extends keyof OperationTypes ? OperationTypes[Name]['output'] : never;

const byName: Readonly<Record<string, OperationDescriptor>> = operations;

/** The generated descriptor of a command, or an error saying the bindings lack it. */
export function requireOperation(name: CommandName): OperationDescriptor {
  const operation = byName[name];
  if (operation === undefined) {
    throw new OasError(`${name}: the generated bindings have no such operation (the WSDL they came from does not declare it)`, { fault: 'client', command: name });
  }
  return operation;
}
