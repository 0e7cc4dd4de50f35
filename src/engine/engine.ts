import type { Redactor } from '../logging/redactor.js';
import type { OperationDescriptor } from '../operations/operation-descriptor.js';
import type { WireBody } from '../request/wire-request.js';
import type { XmlNode } from '../response/xml-node.js';

/** One call, validated and ready: what an engine writes, sends and reads. */
export interface EngineCall {
  readonly operation: OperationDescriptor;
  readonly body: WireBody;
  /** Milliseconds until the call is abandoned; 0 for none. */
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** Applied to every text an engine puts in an error. */
  readonly redactor: Redactor;
}

/** The response element (the SOAP Body's first child) and the HTTP status it came with. */
export interface EngineReply {
  readonly status: number;
  readonly element: XmlNode;
}

/**
 * The one seam between the generic facade and the wire. An engine throws only this package's
 * errors (TransportError, SoapFaultError, ProtocolError) and never retries.
 */
export interface Engine {
  call(call: EngineCall): Promise<EngineReply>;
  close(): Promise<void>;
}
