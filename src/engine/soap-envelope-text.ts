/** The SOAP 1.1 envelope around a body, declaring the `xsi` and `xsd` prefixes that attribute values use. */
export function soap11Envelope(bodyXml: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">' +
    `<soap:Body>${bodyXml}</soap:Body></soap:Envelope>`
  );
}
