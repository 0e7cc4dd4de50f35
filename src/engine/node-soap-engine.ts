import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import soap from 'soap';
import { OasError } from '../errors/oas-error.js';
import { ProtocolError } from '../errors/protocol-error.js';
import { TransportError } from '../errors/transport-error.js';
import { ValidationError } from '../errors/validation-error.js';
import type { OperationDescriptor } from '../operations/operation-descriptor.js';
import type { WireBody, WireElement } from '../request/wire-request.js';
import { looksLikeSoap, readSoapResponse } from '../response/read-soap-response.js';
import type { Engine, EngineCall, EngineReply } from './engine.js';
import { soap11Envelope } from './soap-envelope-text.js';
import { transportErrorFor } from './transport-failure.js';

/** node-soap's default `attributes` key collides with this API's `attributes` element; these never do. */
const NODE_SOAP_KEYS = { attributesKey: '$attributes', valueKey: '$value', xmlKey: '$xml' } as const;
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

interface NodeSoapInput {
  $name: string;
  targetNSAlias: string;
  targetNamespace: string;
  $type?: string;
  $lookupType?: string;
}

interface NodeSoapClient {
  wsdl: {
    services: Record<string, { ports: Record<string, { binding: { methods: Record<string, { input: NodeSoapInput }> } }> }>;
    objectToDocumentXML(name: string, params: unknown, nsPrefix: string, nsURI: string, type: string | undefined, options: object): string;
  };
  httpClient: {
    request(
      url: string,
      data: string,
      callback: (error: unknown, response?: { status: number; data: unknown }, body?: unknown) => void,
      headers: Record<string, string>,
      options: Record<string, unknown>,
    ): unknown;
  };
}

export interface NodeSoapEngineOptions {
  readonly wsdlPath: string;
  readonly endpoint: URL;
  readonly agent: HttpAgent | HttpsAgent;
  readonly userAgent: string;
}

/**
 * The first engine: node-soap writes the body from its parsed WSDL and sends it over its HTTP
 * client with our keep-alive agent; our tolerant reader reads the answer (node-soap's own parser
 * fails on response names this server family uses).
 */
export async function createNodeSoapEngine(options: NodeSoapEngineOptions): Promise<Engine> {
  let client: NodeSoapClient;
  try {
    client = (await soap.createClientAsync(options.wsdlPath, { ...NODE_SOAP_KEYS, disableCache: true })) as unknown as NodeSoapClient;
  } catch {
    throw new ValidationError('AuthenticationClient.create', 'wsdl', `cannot be loaded from ${options.wsdlPath}`);
  }
  return new NodeSoapEngine(client, options);
}

class NodeSoapEngine implements Engine {
  private readonly inputs = new Map<string, NodeSoapInput>();
  private readonly url: string;
  private readonly agentOption: Record<string, HttpAgent | HttpsAgent>;

  constructor(private readonly client: NodeSoapClient, private readonly options: NodeSoapEngineOptions) {
    for (const service of Object.values(client.wsdl.services)) {
      for (const port of Object.values(service.ports)) {
        for (const [name, method] of Object.entries(port.binding.methods)) if (!this.inputs.has(name)) this.inputs.set(name, method.input);
      }
    }
    this.url = options.endpoint.href;
    this.agentOption = options.endpoint.protocol === 'http:' ? { httpAgent: options.agent } : { httpsAgent: options.agent };
  }

  async call(call: EngineCall): Promise<EngineReply> {
    const xml = soap11Envelope(this.writeBody(call.operation, call.body));
    const command = call.operation.name;
    const { status, body } = await this.send(call, xml);
    if (status < 200 || status > 299) {
      if (looksLikeSoap(body)) {
        readSoapResponse(command, status, body, call.redactor);
        throw new ProtocolError(command, `HTTP ${status} with a SOAP body that is not a fault`, status);
      }
      throw new TransportError(`${command}: HTTP ${status} without a SOAP body from ${this.options.endpoint.origin}; the server may have received the request, so it is not retried`, {
        command,
        failure: 'http',
        status,
        mayHaveReachedServer: true,
      });
    }
    return { status, element: readSoapResponse(command, status, body, call.redactor) };
  }

  async close(): Promise<void> {
    this.options.agent.destroy();
  }

  private writeBody(operation: OperationDescriptor, body: WireBody): string {
    const input = this.inputs.get(operation.name);
    if (input === undefined) throw new OasError(`${operation.name}: the loaded WSDL has no such operation`, { fault: 'client', command: operation.name });
    return this.client.wsdl.objectToDocumentXML(input.$name, toNodeSoapArgs(body), input.targetNSAlias, input.targetNamespace, input.$type ?? input.$lookupType, {});
  }

  private send(call: EngineCall, xml: string): Promise<{ status: number; body: string }> {
    const command = call.operation.name;
    const headers = {
      'Content-Type': 'text/xml; charset=utf-8',
      SOAPAction: `"${call.operation.soapAction ?? ''}"`,
      'User-Agent': this.options.userAgent,
    };
    const requestOptions = {
      ...this.agentOption,
      timeout: call.timeoutMs,
      signal: call.signal,
      maxRedirects: 0, // a redirect would send the passwords in the body to another address
      proxy: false,
      maxContentLength: MAX_RESPONSE_BYTES,
      maxBodyLength: MAX_RESPONSE_BYTES,
    };
    return new Promise((resolve, reject) => {
      this.client.httpClient.request(
        this.url,
        xml,
        (error, response, body) => {
          if (error === null || error === undefined) {
            resolve({ status: response?.status ?? 0, body: typeof body === 'string' ? body : String(body ?? '') });
            return;
          }
          const failure = error as { code?: string; message?: string; name?: string; response?: { status: number; data: unknown } };
          if (failure.response !== undefined) {
            resolve({ status: failure.response.status, body: typeof failure.response.data === 'string' ? failure.response.data : '' });
            return;
          }
          reject(
            transportErrorFor(
              command,
              this.options.endpoint.origin,
              { code: failure.code, message: call.redactor.redact(failure.message ?? ''), canceled: failure.name === 'CanceledError' && !call.signal?.aborted },
              call.timeoutMs,
              call.signal?.aborted ?? false,
            ),
          );
        },
        headers,
        requestOptions,
      );
    });
  }
}

/** Our wire body in node-soap's object form, with `$attributes` carrying each value's xsi:type. */
function toNodeSoapArgs(body: WireBody): Record<string, unknown> {
  if (body.shape === 'attributeSet') {
    return {
      credentialAttributeSet: {
        attributes: body.attributes.map((attribute) => ({
          value: { $attributes: { 'xsi:type': `xsd:${attribute.xsdType}` }, $value: attribute.lexical },
          attributeID: attribute.id,
        })),
      },
    };
  }
  const toObject = (elements: readonly WireElement[]): Record<string, unknown> =>
    Object.fromEntries(elements.map((element) => [element.name, typeof element.value === 'string' ? element.value : toObject(element.value)]));
  return toObject(body.elements);
}
