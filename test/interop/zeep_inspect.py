"""Loads a WSDL in python-zeep (an independent SOAP stack) and reports what it sees, as JSON.

Usage: zeep_inspect.py <authentication.wsdl> [<envelope.xml> ...]
Each envelope's Body child is parsed by zeep against the WSDL's schemas; each .xsd beside the
WSDL is compiled by lxml.
"""
import json
import os
import sys

import zeep
from lxml import etree

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"


def operations(client):
    found = {}
    for service in client.wsdl.services.values():
        for port in service.ports.values():
            for name, op in port.binding._operations.items():
                found[name] = {
                    "input": op.input.body.qname.text,
                    "output": op.output.body.qname.text,
                    "address": port.binding_options.get("address"),
                }
    return found


def validate(client, path):
    body = etree.parse(path).getroot().find(f"{{{SOAP_ENV}}}Body")
    element = body[0]
    qname = etree.QName(element)
    xsd_element = client.get_element(f"{{{qname.namespace}}}{qname.localname}")
    try:
        xsd_element.parse(element, client.wsdl.types)
        return {"file": path, "element": qname.localname, "ok": True}
    except Exception as error:  # zeep raises several unrelated classes; report them all alike
        return {"file": path, "element": qname.localname, "ok": False, "error": str(error)}


def schema_files(wsdl_path):
    """Compiles every .xsd beside the WSDL with lxml, which refuses an invalid XML Schema."""
    folder = os.path.dirname(os.path.abspath(wsdl_path))
    checked = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".xsd"):
            try:
                etree.XMLSchema(etree.parse(os.path.join(folder, name)))
                checked[name] = "valid"
            except etree.XMLSchemaParseError as error:
                checked[name] = str(error)
    return checked


def main():
    client = zeep.Client(sys.argv[1])
    report = {
        "schemas": schema_files(sys.argv[1]),
        "operations": operations(client),
        "examples": [validate(client, path) for path in sys.argv[2:]],
    }
    print(json.dumps(report, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
