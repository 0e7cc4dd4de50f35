/** `authUser` → `AuthUser`: the stem of a command's generated type names. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The TypeScript type a value of this XSD type is written and read as. */
export function tsTypeOfXsd(xsdType: string): string {
  switch (xsdType) {
    case 'int':
    case 'unsignedInt':
    case 'long':
    case 'unsignedLong':
    case 'short':
    case 'unsignedShort':
    case 'byte':
    case 'unsignedByte':
    case 'integer':
    case 'decimal':
    case 'double':
    case 'float':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'dateTime':
      return 'Date';
    default:
      return 'string';
  }
}
