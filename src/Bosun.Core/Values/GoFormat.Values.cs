namespace Bosun.Core.Values;

public static partial class GoFormat
{
    private sealed partial class Printer
    {
        // %v of a value as text/template prints an action: pointers to structs are printed through.
        public void PrintActionValue(object? value)
        {
            if (value is IGoObject obj && obj.Type.Kind == GoKind.Ptr)
            {
                _arg = obj;
                if (HandleMethods(obj, 'v'))
                {
                    return;
                }

                PrintStruct(obj, 'v', 1);
                return;
            }

            PrintArg(value, 'v');
        }

        private void PrintArg(object? arg, int verb)
        {
            _arg = arg;
            if (arg is null)
            {
                if (verb is 'T' or 'v')
                {
                    Pad(NilAngle);
                }
                else
                {
                    BadVerb(verb);
                }

                return;
            }

            // %T and %p are special: always done first.
            if (verb == 'T')
            {
                FmtS(TypeName(arg));
                return;
            }

            if (verb == 'p')
            {
                FmtPointer(arg, 'p');
                return;
            }

            switch (arg)
            {
                case bool b:
                    FmtBool(b, verb);
                    break;
                case long l:
                    FmtInteger((ulong)l, isSigned: true, verb);
                    break;
                case GoInt gi:
                    FmtInteger((ulong)gi.Bits, gi.Type.IsSigned, verb);
                    break;
                case double d:
                    FmtFloat(d, 64, verb);
                    break;
                case string s:
                    FmtString(s, verb);
                    break;
                case byte[] bytes:
                    FmtBytes(bytes, verb, "[]byte");
                    break;
                default:
                    if (!HandleMethods(arg, verb))
                    {
                        PrintValue(arg, verb, 0, null);
                    }

                    break;
            }
        }

        // Go's printValue; staticType is the element type of the container holding value (for nils).
        private void PrintValue(object? value, int verb, int depth, GoType? staticType)
        {
            if (depth > 0 && value is IGoObject && HandleMethods(value, verb))
            {
                return;
            }

            _arg = value;
            switch (value)
            {
                case null:
                    PrintNil(verb, staticType);
                    break;
                case bool b:
                    FmtBool(b, verb);
                    break;
                case long l:
                    FmtInteger((ulong)l, isSigned: true, verb);
                    break;
                case GoInt gi:
                    FmtInteger((ulong)gi.Bits, gi.Type.IsSigned, verb);
                    break;
                case double d:
                    FmtFloat(d, 64, verb);
                    break;
                case string s:
                    FmtString(s, verb);
                    break;
                case byte[] bytes:
                    FmtBytes(bytes, verb, "[]uint8");
                    break;
                case GoList list:
                    PrintList(list, verb, depth);
                    break;
                case GoMap map:
                    PrintMap(map, verb, depth);
                    break;
                case IGoObject obj:
                    if (obj.Type.Kind == GoKind.Ptr)
                    {
                        // A pointer to a struct prints as &{...} at the top level only (avoids loops).
                        if (depth == 0)
                        {
                            _buf.Append('&');
                            PrintStruct(obj, verb, depth + 1);
                        }
                        else
                        {
                            FmtPointer(obj, verb);
                        }
                    }
                    else
                    {
                        PrintStruct(obj, verb, depth);
                    }

                    break;
                default:
                    _buf.Append('?').Append(value.GetType().Name).Append('?');
                    break;
            }
        }

        // A nil held by a container or a field: interface nil, nil map, nil slice or nil pointer.
        private void PrintNil(int verb, GoType? staticType)
        {
            var kind = staticType?.Kind ?? GoKind.Interface;
            string typeName = staticType?.Name ?? "interface {}";
            switch (kind)
            {
                case GoKind.Map:
                case GoKind.Slice:
                    if (_sharpV)
                    {
                        _buf.Append(typeName).Append("(nil)");
                    }
                    else
                    {
                        _buf.Append(kind == GoKind.Map ? "map[]" : "[]");
                    }

                    break;
                case GoKind.Ptr:
                    if (verb == 'v')
                    {
                        if (_sharpV)
                        {
                            _buf.Append('(').Append(typeName).Append(")(nil)");
                        }
                        else
                        {
                            Pad(NilAngle);
                        }
                    }
                    else if (verb is 'b' or 'o' or 'd' or 'x' or 'X')
                    {
                        FmtInteger(0, isSigned: false, verb);
                    }
                    else
                    {
                        // %!s(*T=<nil>): the typed nil pointer is reported with its type.
                        _erroring = true;
                        _buf.Append("%!");
                        AppendRune(verb);
                        _buf.Append('(').Append(typeName).Append('=');
                        Pad(NilAngle);
                        _buf.Append(')');
                        _erroring = false;
                    }

                    break;
                default:
                    _buf.Append(_sharpV ? typeName + "(nil)" : NilAngle);
                    break;
            }
        }

        // %!verb(type=value), %!verb(<nil>)
        private void BadVerb(int verb)
        {
            _erroring = true;
            _buf.Append("%!");
            AppendRune(verb);
            _buf.Append('(');
            var arg = _arg;
            if (arg is not null)
            {
                _buf.Append(TypeName(arg)).Append('=');
                PrintArg(arg, 'v');
            }
            else
            {
                _buf.Append(NilAngle);
            }

            _buf.Append(')');
            _erroring = false;
        }

        private static string TypeName(object value) => value switch
        {
            bool => "bool",
            long => "int",
            double => "float64",
            string => "string",
            byte[] => "[]uint8",
            GoInt i => i.Type.Name,
            GoList l => l.Type.Name,
            GoMap m => m.Type.Name,
            IGoObject o => o.Type.Name,
            _ => value.GetType().Name,
        };
    }
}
