/** Small server-style responses for tests that are about transport, not parsing. */
export function successResponse(command: string, responseElement = `${command}Response`): string {
  const isStatus = ['cancelAuthUser', 'getPreparedSecureChallenge', 'changeBackendPassword'].includes(command);
  const codes =
    '<resultCodes><returnCodeEnum>RET_SUCCESS</returnCodeEnum><statusCodeEnum>STAT_SUCCESS</statusCodeEnum><returnCode>0</returnCode><statusCode>0</statusCode></resultCodes><errorStack/>';
  const inner = isStatus
    ? `<status>${codes}</status>${command === 'getPreparedSecureChallenge' ? '<result><requestMessage>00AB</requestMessage></result>' : ''}`
    : `<results>${codes.replace('<errorStack/>', '<resultAttribute><attributes><value>jane.doe</value><attributeID>CREDFLD_USERID</attributeID></attributes></resultAttribute><errorStack/>')}</results>`;
  return `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><A:${responseElement} xmlns:A="http://www.vasco.com/IdentikeyServer/IdentikeyTypes/Authentication">${inner}</A:${responseElement}></S:Body></S:Envelope>`;
}
