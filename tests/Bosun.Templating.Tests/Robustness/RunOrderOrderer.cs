using Xunit.Abstractions;
using Xunit.Sdk;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>Orders a class's tests by <see cref="RunOrderAttribute"/>, then by name.</summary>
public sealed class RunOrderOrderer : ITestCaseOrderer
{
    /// <summary>The assembly-qualified name xunit's <c>[TestCaseOrderer]</c> needs.</summary>
    public const string TypeName = "Bosun.Templating.Tests.Robustness.RunOrderOrderer";

    public const string AssemblyName = "Bosun.Templating.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases
            .OrderBy(t => Order(t))
            .ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);

    private static int Order(ITestCase testCase) =>
        testCase.TestMethod.Method.GetCustomAttributes(typeof(RunOrderAttribute).AssemblyQualifiedName)
            .Select(a => a.GetConstructorArguments().FirstOrDefault() is int order ? order : 0)
            .DefaultIfEmpty(0)
            .First();
}
