using System.Runtime.CompilerServices;

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

        // Stringer (IGoObject.GoString) for the string verbs, GoStringer (a GoString method) for %#v.
        private bool HandleMethods(object arg, int verb)
        {
            if (_erroring || arg is not IGoObject obj)
            {
                return false;
            }

            if (verb == 'w')
            {
                // %w is only valid in Errorf with an error operand.
                BadVerb(verb);
                return true;
            }

            if (_sharpV)
            {
                if (obj.TryGetMethod("GoString", out var method) && method is not null && method.Signature.Parameters.Count == 0)
                {
                    object? result;
                    try
                    {
                        result = method.Invoke([]);
                    }
                    catch (GoFailure failure)
                    {
                        CatchPanic(verb, "GoString", failure);
                        return true;
                    }

                    if (result is string text)
                    {
                        FmtS(text);
                        return true;
                    }
                }

                return false;
            }

            if (verb is 'v' or 's' or 'x' or 'X' or 'q')
            {
                string? text;
                try
                {
                    text = obj.GoString();
                }
                catch (GoFailure failure)
                {
                    CatchPanic(verb, "String", failure);
                    return true;
                }

                if (text is not null)
                {
                    FmtString(text, verb);
                    return true;
                }
            }

            return false;
        }

        private void CatchPanic(int verb, string method, GoFailure failure)
        {
            if (_panicking)
            {
                throw failure;
            }

            bool widPresent = _widPresent, precPresent = _precPresent, minus = _minus, plus = _plus, sharp = _sharp;
            bool space = _space, zero = _zero, plusV = _plusV, sharpV = _sharpV;
            int wid = _wid, prec = _prec;
            ClearFlags();
            _buf.Append("%!");
            AppendRune(verb);
            _buf.Append("(PANIC=").Append(method).Append(" method: ");
            _panicking = true;
            PrintArg(failure.Message, 'v');
            _panicking = false;
            _buf.Append(')');
            (_widPresent, _precPresent, _minus, _plus, _sharp) = (widPresent, precPresent, minus, plus, sharp);
            (_space, _zero, _plusV, _sharpV, _wid, _prec) = (space, zero, plusV, sharpV, wid, prec);
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
                        BadVerb(verb);
                    }

                    break;
                default:
                    _buf.Append(_sharpV ? typeName + "(nil)" : NilAngle);
                    break;
            }
        }

        private void PrintList(GoList list, int verb, int depth)
        {
            var elem = list.Type.Elem;
            if (verb is 's' or 'q' or 'x' or 'X' && elem?.Kind == GoKind.Uint8)
            {
                var bytes = new byte[list.Count];
                for (int i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = list[i] is GoInt b ? (byte)b.Bits : (byte)0;
                }

                FmtBytes(bytes, verb, list.Type.Name);
                return;
            }

            if (_sharpV)
            {
                _buf.Append(list.Type.Name);
                if (list.IsNil)
                {
                    _buf.Append("(nil)");
                    return;
                }

                _buf.Append('{');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        _buf.Append(", ");
                    }

                    PrintValue(list[i], verb, depth + 1, elem);
                }

                _buf.Append('}');
                return;
            }

            _buf.Append('[');
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    _buf.Append(' ');
                }

                PrintValue(list[i], verb, depth + 1, elem);
            }

            _buf.Append(']');
        }

        private void PrintMap(GoMap map, int verb, int depth)
        {
            if (_sharpV)
            {
                _buf.Append(map.Type.Name).Append('{');
            }
            else
            {
                _buf.Append("map[");
            }

            var keys = new string[map.Count];
            map.Entries.Keys.CopyTo(keys, 0);
            Array.Sort(keys, CodePointComparer.Instance);
            var elem = map.Type.Elem;
            for (int i = 0; i < keys.Length; i++)
            {
                if (i > 0)
                {
                    if (_sharpV)
                    {
                        _buf.Append(", ");
                    }
                    else
                    {
                        _buf.Append(' ');
                    }
                }

                PrintValue(keys[i], verb, depth + 1, GoType.String);
                _buf.Append(':');
                PrintValue(map.Entries[keys[i]], verb, depth + 1, elem);
            }

            _buf.Append(_sharpV ? '}' : ']');
        }

        private void PrintStruct(IGoObject obj, int verb, int depth)
        {
            if (_sharpV)
            {
                _buf.Append(StructTypeName(obj));
            }

            _buf.Append('{');
            var fields = obj.FieldNames;
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    if (_sharpV)
                    {
                        _buf.Append(", ");
                    }
                    else
                    {
                        _buf.Append(' ');
                    }
                }

                if (_plusV || _sharpV)
                {
                    _buf.Append(fields[i]).Append(':');
                }

                obj.TryGetField(fields[i], out var fieldValue);
                PrintValue(fieldValue, verb, depth + 1, null);
            }

            _buf.Append('}');
        }

        private static string StructTypeName(IGoObject obj)
        {
            var type = obj.Type;
            if (type.Kind != GoKind.Ptr)
            {
                return type.Name;
            }

            return type.Elem?.Name ?? (type.Name.StartsWith('*') ? type.Name[1..] : type.Name);
        }

        // %p and pointers nested in containers: Go prints the address; ours is stable but fake.
        private void FmtPointer(object value, int verb)
        {
            bool isPointer = value is GoMap or GoList or byte[] || (value is IGoObject o && o.Type.Kind == GoKind.Ptr);
            if (!isPointer)
            {
                BadVerb(verb);
                return;
            }

            ulong u = FakeAddress(value);
            switch (verb)
            {
                case 'v':
                    if (_sharpV)
                    {
                        _buf.Append('(').Append(TypeName(value)).Append(")(");
                        Fmt0x64(u, leading0x: true);
                        _buf.Append(')');
                    }
                    else
                    {
                        Fmt0x64(u, !_sharp);
                    }

                    break;
                case 'p':
                    Fmt0x64(u, !_sharp);
                    break;
                case 'b' or 'o' or 'd' or 'x' or 'X':
                    FmtInteger(u, isSigned: false, verb);
                    break;
                default:
                    BadVerb(verb);
                    break;
            }
        }

        private static ulong FakeAddress(object value) =>
            0xc000000000UL + ((ulong)(uint)(RuntimeHelpers.GetHashCode(value) & 0x00FFFFFF) << 4);

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

        /// <summary>Go's string order (UTF-8 bytes, i.e. code points), which differs from UTF-16 ordinal above U+D7FF.</summary>
        private sealed class CodePointComparer : IComparer<string>
        {
            public static readonly CodePointComparer Instance = new();

            public int Compare(string? x, string? y)
            {
                if (x is null || y is null)
                {
                    return x is null ? (y is null ? 0 : -1) : 1;
                }

                int n = Math.Min(x.Length, y.Length);
                for (int i = 0; i < n; i++)
                {
                    char a = x[i];
                    char b = y[i];
                    if (a != b)
                    {
                        // Surrogates (supplementary code points) sort after U+E000..U+FFFF in UTF-8.
                        if (a >= 0xD800 && b >= 0xD800)
                        {
                            return Fix(a) - Fix(b);
                        }

                        return a - b;
                    }
                }

                return x.Length - y.Length;
            }

            private static int Fix(char c) => c switch
            {
                >= (char)0xE000 => c - 0x800,
                _ => c + 0x2000,
            };
        }
    }
}
