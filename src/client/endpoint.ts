import { ValidationError } from '../errors/validation-error.js';

const WHERE = 'AuthenticationClient.create';
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Checks the endpoint: http(s) only, no credentials in it, clear text only to loopback unless allowed. */
export function parseEndpoint(endpoint: string | URL, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(String(endpoint));
  } catch {
    throw new ValidationError(WHERE, 'endpoint', 'is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ValidationError(WHERE, 'endpoint', 'must be an https: (or loopback http:) URL');
  if (url.username !== '' || url.password !== '') throw new ValidationError(WHERE, 'endpoint', 'must not carry credentials');
  if (url.protocol === 'http:' && !allowInsecureHttp && !LOOPBACK.test(url.hostname)) {
    throw new ValidationError(WHERE, 'endpoint', 'uses plain http: to a non-loopback host; passwords would travel in clear text (set allowInsecureHttp to accept)');
  }
  return url;
}
