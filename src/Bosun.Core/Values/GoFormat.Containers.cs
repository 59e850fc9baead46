using System.Runtime.CompilerServices;

namespace Bosun.Core.Values;

public static partial class GoFormat
{
    private sealed partial class Printer
    {
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
            Array.Sort(keys, CodePointComparer.Comparison);
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
    }
}
