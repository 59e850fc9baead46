using System.Reflection;
using Bosun.Secrets.Sops;

namespace Bosun.Secrets.Tests;

/// <summary>Bosun.Secrets never touches the console: no call in its IL resolves to a System.Console member.</summary>
public class ArchitectureTests
{
    [Fact]
    public void SecretsAssembly_NeverReferencesSystemConsole()
    {
        var assembly = typeof(SopsFile).Assembly;
        var offenders = new List<string>();
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Cast<MethodBase>()
                .Concat(type.GetConstructors(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)))
            {
                byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
                if (il is null)
                {
                    continue;
                }

                for (int i = 0; i + 4 < il.Length; i++)
                {
                    // call, callvirt, newobj, ldftn, ldsfld: each followed by a 4-byte metadata token.
                    if (il[i] is 0x28 or 0x6F or 0x73 or 0x7E)
                    {
                        int token = BitConverter.ToInt32(il, i + 1);
                        try
                        {
                            var member = method.Module.ResolveMember(token, type.IsGenericType ? type.GetGenericArguments() : null, method.IsGenericMethod ? method.GetGenericArguments() : null);
                            if (member?.DeclaringType == typeof(Console))
                            {
                                offenders.Add($"{type.FullName}.{method.Name} uses Console.{member.Name}");
                            }
                        }
                        catch (Exception e) when (e is ArgumentException or BadImageFormatException)
                        {
                            // Not a token at this offset.
                        }
                    }
                }
            }
        }

        Assert.Empty(offenders);
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name == "System.Console");
    }
}
