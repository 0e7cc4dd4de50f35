"""Calls the simulator with python-zeep, from the WSDL the simulator serves, and prints what came back.

Usage: zeep_call.py <endpoint>
"""
import json
import sys

import zeep
from zeep import xsd

endpoint = sys.argv[1]
client = zeep.Client(endpoint + "?wsdl")
service = client.bind("AuthenticationService", "AuthenticationPort")


def attribute(attribute_id, value, kind):
    return {"value": xsd.AnyObject(kind(), value), "attributeID": attribute_id}


auth = service.authUser(credentialAttributeSet={"attributes": [
    attribute("CREDFLD_USERID", "zeep.user", xsd.String),
    attribute("CREDFLD_PASSWORD", "Zeep-pass1", xsd.String),
    attribute("CREDFLD_PASSWORD_FORMAT", 0, xsd.UnsignedInt),
    attribute("CREDFLD_COMPONENT_TYPE", "SOAP Auth Client", xsd.String),
]})
results = auth.results
cancel = service.cancelAuthUser(componentType="Push Notification Client", serialNumber="VDS0000009-1", challengeKeyMessage="00")
print(json.dumps({
    "authUser": {
        "statusCodeEnum": results.resultCodes.statusCodeEnum,
        "statusCode": results.resultCodes.statusCode,
        "attributes": {a.attributeID: a.value for a in results.resultAttribute.attributes},
    },
    "cancelAuthUser": {"statusCodeEnum": cancel.resultCodes.statusCodeEnum, "statusCode": cancel.resultCodes.statusCode},
}, sort_keys=True))
