using Bosun.Core.Diagnostics;

namespace Bosun.Templating.Diagnostics;

/// <summary>
/// Catalog of template parse and execution problems (BOSUN2xxx). Each message format reproduces the
/// wording of Go's text/template for the same problem (arguments that Go prints with <c>%q</c> arrive
/// quoted), so users can search for it. Parse problems are 2001–2099, execution problems 2100–2199.
/// </summary>
public static class TemplateErrors
{
    // ---- Parse: lexical problems. A trailing argument carries Go's " in action started at NAME:LINE" suffix.

    /// <summary>A syntax error without a more specific entry.</summary>
    public static readonly DiagnosticDescriptor SyntaxError =
        new(2001, Severity.Error, "{0}");

    /// <summary><c>{{/*</c> without <c>*/</c>.</summary>
    public static readonly DiagnosticDescriptor UnclosedComment =
        new(2002, Severity.Error, "unclosed comment{0}");

    /// <summary>A comment's <c>*/</c> is not followed by the right delimiter.</summary>
    public static readonly DiagnosticDescriptor CommentEndsBeforeDelimiter =
        new(2003, Severity.Error, "comment ends before closing delimiter{0}");

    /// <summary>The right delimiter appears inside an open parenthesis.</summary>
    public static readonly DiagnosticDescriptor UnclosedLeftParen =
        new(2004, Severity.Error, "unclosed left paren{0}");

    /// <summary>The input ends inside an action.</summary>
    public static readonly DiagnosticDescriptor UnclosedAction =
        new(2005, Severity.Error, "unclosed action{0}");

    /// <summary>A <c>:</c> not followed by <c>=</c>.</summary>
    public static readonly DiagnosticDescriptor ExpectedDeclare =
        new(2006, Severity.Error, "expected :={0}");

    /// <summary>A <c>)</c> without its <c>(</c>.</summary>
    public static readonly DiagnosticDescriptor UnexpectedRightParen =
        new(2007, Severity.Error, "unexpected right paren{0}");

    /// <summary>A character that cannot appear in an action.</summary>
    public static readonly DiagnosticDescriptor UnrecognizedCharacter =
        new(2008, Severity.Error, "unrecognized character in action: {0}{1}");

    /// <summary>An identifier, field or variable followed by a character that cannot end it.</summary>
    public static readonly DiagnosticDescriptor BadCharacter =
        new(2009, Severity.Error, "bad character {0}{1}");

    /// <summary>A template calls a function that does not exist.</summary>
    public static readonly DiagnosticDescriptor FunctionNotDefined =
        new(2010, Severity.Error, "function \"{0}\" not defined");

    /// <summary>A character constant without its closing quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedCharacter =
        new(2011, Severity.Error, "unterminated character constant{0}");

    /// <summary>A malformed number such as <c>1+2</c> or <c>3x</c>.</summary>
    public static readonly DiagnosticDescriptor BadNumberSyntax =
        new(2012, Severity.Error, "bad number syntax: {0}{1}");

    /// <summary>An interpreted string without its closing quote (or with a newline).</summary>
    public static readonly DiagnosticDescriptor UnterminatedString =
        new(2013, Severity.Error, "unterminated quoted string{0}");

    /// <summary>A raw string without its closing back quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedRawString =
        new(2014, Severity.Error, "unterminated raw quoted string{0}");

    // ---- Parse: grammar.

    /// <summary>A token that does not fit here, e.g. <c>unexpected "}" in operand</c>.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken =
        new(2015, Severity.Error, "unexpected {0} in {1}");

    /// <summary>An <c>{{end}}</c> or <c>{{else}}</c> at top level.</summary>
    public static readonly DiagnosticDescriptor UnexpectedKeyword =
        new(2016, Severity.Error, "unexpected {0}");

    /// <summary>The input ends inside if/range/with/define/block.</summary>
    public static readonly DiagnosticDescriptor UnexpectedEndOfFile =
        new(2017, Severity.Error, "unexpected EOF");

    /// <summary><c>{{break}}</c> not inside a range.</summary>
    public static readonly DiagnosticDescriptor BreakOutsideRange =
        new(2018, Severity.Error, "{{break}} outside {{range}}");

    /// <summary><c>{{continue}}</c> not inside a range.</summary>
    public static readonly DiagnosticDescriptor ContinueOutsideRange =
        new(2019, Severity.Error, "{{continue}} outside {{range}}");

    /// <summary>A range declaration list with something other than variables.</summary>
    public static readonly DiagnosticDescriptor RangeCanOnlyInitializeVariables =
        new(2020, Severity.Error, "range can only initialize variables");

    /// <summary>More variables declared than the construct allows.</summary>
    public static readonly DiagnosticDescriptor TooManyDeclarations =
        new(2021, Severity.Error, "too many declarations in {0}");

    /// <summary>An empty pipeline, e.g. <c>{{ if }}</c>.</summary>
    public static readonly DiagnosticDescriptor MissingValue =
        new(2022, Severity.Error, "missing value for {0}");

    /// <summary>A constant after <c>|</c>, e.g. <c>{{ .a | "x" }}</c>.</summary>
    public static readonly DiagnosticDescriptor NonExecutableCommand =
        new(2023, Severity.Error, "non executable command in pipeline stage {0}");

    /// <summary>A second <c>{{else}}</c> where <c>{{end}}</c> was expected.</summary>
    public static readonly DiagnosticDescriptor ExpectedEnd =
        new(2024, Severity.Error, "expected end; found {0}");

    /// <summary>A command without operands.</summary>
    public static readonly DiagnosticDescriptor EmptyCommand =
        new(2025, Severity.Error, "empty command");

    /// <summary>A field on a constant, e.g. <c>"x".y</c>.</summary>
    public static readonly DiagnosticDescriptor UnexpectedDotAfterTerm =
        new(2026, Severity.Error, "unexpected . after term {0}");

    /// <summary>A variable used before its declaration.</summary>
    public static readonly DiagnosticDescriptor UndefinedVariable =
        new(2027, Severity.Error, "undefined variable {0}");

    /// <summary>More than 10000 nested parentheses (Go's limit).</summary>
    public static readonly DiagnosticDescriptor ExpressionTooDeep =
        new(2028, Severity.Error, "max expression depth exceeded");

    /// <summary>Two non-empty definitions of one name in one file.</summary>
    public static readonly DiagnosticDescriptor MultipleDefinition =
        new(2029, Severity.Error, "template: multiple definition of template {0}");

    /// <summary>A string or character literal Go cannot unquote (bad escape).</summary>
    public static readonly DiagnosticDescriptor InvalidLiteral =
        new(2030, Severity.Error, "invalid syntax");

    /// <summary>A character constant holding more than one character.</summary>
    public static readonly DiagnosticDescriptor MalformedCharacterConstant =
        new(2031, Severity.Error, "malformed character constant: {0}");

    /// <summary>An integer literal that does not fit 64 bits.</summary>
    public static readonly DiagnosticDescriptor IntegerOverflow =
        new(2032, Severity.Error, "integer overflow: {0}");

    /// <summary>A literal that is not a number Go can read.</summary>
    public static readonly DiagnosticDescriptor IllegalNumberSyntax =
        new(2033, Severity.Error, "illegal number syntax: {0}");

    /// <summary>Control structures nested deeper than Bosun supports (Go has no limit).</summary>
    public static readonly DiagnosticDescriptor ControlNestingTooDeep =
        new(2034, Severity.Error, "control structures nested more than {0} deep");

    // ---- Execution.

    /// <summary>A failure while executing a template without a more specific entry.</summary>
    public static readonly DiagnosticDescriptor ExecutionError =
        new(2100, Severity.Error, "{0}");

    /// <summary>A function call failed: the function returned an error or panicked.</summary>
    public static readonly DiagnosticDescriptor FunctionFailed =
        new(2101, Severity.Error, "error calling {0}: {1}");

    /// <summary>Arguments after a value that is not a function or method.</summary>
    public static readonly DiagnosticDescriptor ArgumentToNonFunction =
        new(2102, Severity.Error, "can't give argument to non-function {0}");

    /// <summary>A command that is just <c>nil</c>.</summary>
    public static readonly DiagnosticDescriptor NilIsNotACommand =
        new(2103, Severity.Error, "nil is not a command");

    /// <summary>A command that cannot be evaluated.</summary>
    public static readonly DiagnosticDescriptor CannotEvaluateCommand =
        new(2104, Severity.Error, "can't evaluate command {0}");

    /// <summary>An integer constant larger than Go's int.</summary>
    public static readonly DiagnosticDescriptor ConstantOverflowsInt =
        new(2105, Severity.Error, "{0} overflows int");

    /// <summary>A field on the <c>nil</c> constant.</summary>
    public static readonly DiagnosticDescriptor IndirectionThroughNil =
        new(2106, Severity.Error, "indirection through explicit nil in {0}");

    /// <summary>A function missing at execution time.</summary>
    public static readonly DiagnosticDescriptor FunctionNotFound =
        new(2107, Severity.Error, "{0} is not a defined function");

    /// <summary>A field of nil data with missingkey=error.</summary>
    public static readonly DiagnosticDescriptor NilDataNoEntry =
        new(2108, Severity.Error, "nil data; no entry for key {0}");

    /// <summary>A field of a nil interface value, e.g. <c>.a.b</c> when <c>a</c> is null.</summary>
    public static readonly DiagnosticDescriptor NilPointerEvaluating =
        new(2109, Severity.Error, "nil pointer evaluating {0}.{1}");

    /// <summary>Arguments given to a struct field.</summary>
    public static readonly DiagnosticDescriptor FieldHasArguments =
        new(2110, Severity.Error, "{0} has arguments but cannot be invoked as function");

    /// <summary>Arguments given to a map key.</summary>
    public static readonly DiagnosticDescriptor NotAMethodButHasArguments =
        new(2111, Severity.Error, "{0} is not a method but has arguments");

    /// <summary>A missing map key with missingkey=error.</summary>
    public static readonly DiagnosticDescriptor MapHasNoEntry =
        new(2112, Severity.Error, "map has no entry for key {0}");

    /// <summary>A field that the value's type does not have.</summary>
    public static readonly DiagnosticDescriptor CannotEvaluateField =
        new(2113, Severity.Error, "can't evaluate field {0} in type {1}");

    /// <summary>A call with the wrong number of arguments.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentCount =
        new(2114, Severity.Error, "wrong number of args for {0}: want {1} got {2}");

    /// <summary>A variadic call with too few arguments.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentCountVariadic =
        new(2115, Severity.Error, "wrong number of args for {0}: want at least {1} got {2}");

    /// <summary>A missing value passed where a non-nil type is needed.</summary>
    public static readonly DiagnosticDescriptor InvalidValue =
        new(2116, Severity.Error, "invalid value; expected {0}");

    /// <summary>An argument of a type the parameter does not accept.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentType =
        new(2117, Severity.Error, "wrong type for value; expected {0}; got {1}");

    /// <summary>The <c>nil</c> constant passed where a non-nil type is needed.</summary>
    public static readonly DiagnosticDescriptor CannotAssignNil =
        new(2118, Severity.Error, "cannot assign nil to {0}");

    /// <summary>A constant passed to a parameter type constants cannot become.</summary>
    public static readonly DiagnosticDescriptor CannotHandleArgument =
        new(2119, Severity.Error, "can't handle {0} for arg of type {1}");

    /// <summary>A constant of the wrong kind, e.g. <c>expected integer; found "x"</c>.</summary>
    public static readonly DiagnosticDescriptor ExpectedConstant =
        new(2120, Severity.Error, "expected {0}; found {1}");

    /// <summary>A range over a value that cannot be iterated.</summary>
    public static readonly DiagnosticDescriptor RangeCannotIterate =
        new(2122, Severity.Error, "range can't iterate over {0}");

    /// <summary>A range over an integer with two variables.</summary>
    public static readonly DiagnosticDescriptor RangeIntegerTwoVariables =
        new(2123, Severity.Error, "can't use {0} to iterate over more than one variable");

    /// <summary>A <c>{{template}}</c> call of an unknown name.</summary>
    public static readonly DiagnosticDescriptor TemplateNotDefined =
        new(2124, Severity.Error, "template {0} not defined");

    /// <summary>Template calls nested more than 100000 deep (Go's limit).</summary>
    public static readonly DiagnosticDescriptor TemplateDepthExceeded =
        new(2125, Severity.Error, "exceeded maximum template depth ({0})");

    /// <summary>An assignment to a variable that was never declared.</summary>
    public static readonly DiagnosticDescriptor UndefinedVariableAtRuntime =
        new(2126, Severity.Error, "undefined variable: {0}");

    /// <summary>Execution of a name the set does not hold.</summary>
    public static readonly DiagnosticDescriptor NoSuchTemplate =
        new(2127, Severity.Error, "template: no template {0} associated with template {1}");

    /// <summary>Output beyond <see cref="TemplateOptions.MaxOutputLength"/>.</summary>
    public static readonly DiagnosticDescriptor OutputTooLarge =
        new(2128, Severity.Error, "output exceeds the limit of {0} characters");

    /// <summary>A complex constant: the value model has no complex numbers.</summary>
    public static readonly DiagnosticDescriptor ComplexNotSupported =
        new(2129, Severity.Error, "complex constant {0} is not supported");

    /// <summary>helm's <c>fail</c> or <c>required</c> stopped the rendering with the chart's message.</summary>
    public static readonly DiagnosticDescriptor ChartFailure =
        new(2130, Severity.Error, "{0}");

    /// <summary>A function failed with an unexpected .NET exception (a Bosun bug).</summary>
    public static readonly DiagnosticDescriptor FunctionInternalError =
        new(2131, Severity.Error, "error calling {0}: internal error: {1}");

    /// <summary>helm's include recursion limit: one name included more than 1000 times nested.</summary>
    public static readonly DiagnosticDescriptor IncludeRecursion =
        new(2132, Severity.Error, "rendering template has a nested reference name: {0}: unable to execute template");

    /// <summary>include/tpl nested deeper than Bosun allows (helm itself would crash).</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep =
        new(2133, Severity.Error, "include/tpl nested more than {0} deep");
}
