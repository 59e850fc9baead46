namespace Bosun.Core.Values;

public static partial class GoFormat
{
    private sealed partial class Printer
    {
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
                    catch (Exception failure) when (failure is not OutOfMemoryException)
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
                catch (Exception failure) when (failure is not OutOfMemoryException)
                {
                    // Go recovers any panic of a String method and prints it in place.
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

        private void CatchPanic(int verb, string method, Exception failure)
        {
            if (_panicking)
            {
                // A nested panic: the recursion cannot succeed.
                throw new GoFailure(failure.Message, failure);
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
    }
}
