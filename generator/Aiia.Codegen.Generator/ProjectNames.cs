using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen;

/// <summary>
/// The names each generated namespace already holds in the project, taken from its compilation once per change and
/// kept as plain values (so the specs' steps stay cached while they stay equal): the namespaces under it, from the
/// project's own code, its references and the other specs' namespaces; the accessible non-generic types its
/// references declare in it, and the project's own types that are not <c>partial</c> (a user's <c>partial</c> class
/// extending the generated client shares its name on purpose); the classes named after each spec's client there
/// (<see cref="Naming.SpecNaming.ClientClasses"/>), so another spec's schema steps aside for them as it does for a
/// namespace; and a type the namespace itself would be named like.
/// </summary>
public static class ProjectNames
{
    /// <summary>The names taken in each namespace of <paramref name="clients"/> (see <see cref="ClientsOf"/>), in their order.</summary>
    public static EquatableArray<NamespaceNames> Of(Compilation compilation, EquatableArray<GeneratedClient> clients, CancellationToken cancellationToken)
    {
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var client in clients)
        {
            namespaces.Add(client.Namespace);
        }

        var result = new List<NamespaceNames>(namespaces.Count);
        foreach (var @namespace in namespaces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var taken = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (Find(compilation.GlobalNamespace, @namespace) is { } symbol)
            {
                foreach (var child in symbol.GetNamespaceMembers())
                {
                    taken[child.Name] = $"the namespace '{@namespace}.{child.Name}'";
                }

                foreach (var type in symbol.GetTypeMembers())
                {
                    if (type.Arity != 0 || taken.ContainsKey(type.Name))
                    {
                        continue;
                    }

                    if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
                    {
                        if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                        {
                            taken[type.Name] = $"the type '{@namespace}.{type.Name}' of the referenced assembly '{type.ContainingAssembly.Name}'";
                        }
                    }
                    else if (!IsPartial(type, cancellationToken))
                    {
                        // The project's own partial types may extend generated ones on purpose; any other would clash.
                        taken[type.Name] = $"the type '{@namespace}.{type.Name}' of the project's own code";
                    }
                }
            }

            foreach (var other in namespaces)
            {
                if (other.StartsWith(@namespace + ".", StringComparison.Ordinal))
                {
                    var rest = other.Substring(@namespace.Length + 1);
                    var segment = rest.IndexOf('.') is var dot && dot >= 0 ? rest.Substring(0, dot) : rest;
                    if (!taken.ContainsKey(segment))
                    {
                        taken[segment] = $"the namespace '{@namespace}.{segment}' of another spec's generated code";
                    }
                }
            }

            var names = new List<TakenName>(taken.Count);
            foreach (var pair in taken)
            {
                names.Add(new TakenName(pair.Key, pair.Value));
            }

            // Each spec's, in the project's order; two clients may derive one name (a client 'BClientOptions' and the
            // options of 'BClient'), so each keeps its own entry, and each spec leaves out its own client's (Attach).
            foreach (var client in clients)
            {
                if (client.Namespace != @namespace)
                {
                    continue;
                }

                foreach (var (name, owner) in Naming.SpecNaming.ClientClasses(client.ClientName))
                {
                    if (!taken.ContainsKey(name))
                    {
                        names.Add(new TakenName(name, $"{owner} '{name}' of the spec '{System.IO.Path.GetFileName(client.Path)}'", client.ClientName));
                    }
                }
            }

            result.Add(new NamespaceNames(@namespace, names.ToEquatableArray(), TypeNamed(compilation, @namespace), VarTypeSeen(compilation, @namespace)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>Where each of <paramref name="inputs"/> puts its client, in the project's order: the key of <see cref="Of"/>
    /// (a spec's text does not change it).</summary>
    public static EquatableArray<GeneratedClient> ClientsOf(ImmutableArray<SpecInput> inputs)
    {
        var clients = new GeneratedClient[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            clients[i] = new GeneratedClient(input.Namespace, input.Path, input.ClientName ?? SpecInput.DefaultClientName(input.Path));
        }

        return new EquatableArray<GeneratedClient>(clients);
    }

    /// <summary><paramref name="input"/> with the names taken in its namespace, but for those of its own client.</summary>
    public static SpecInput Attach(SpecInput input, EquatableArray<NamespaceNames> all)
    {
        var client = input.ClientName ?? SpecInput.DefaultClientName(input.Path);
        foreach (var entry in all)
        {
            if (entry.Namespace == input.Namespace)
            {
                var names = entry.Names.Where(name => name.Client != client).ToArray();
                return input with { TakenNames = new EquatableArray<TakenName>(names), NamespaceTakenBy = entry.TakenBy, VarTypeSeen = entry.VarType };
            }
        }

        return input;
    }

    /// <summary>Whether every declaration of the project's own <paramref name="type"/> says <c>partial</c>.</summary>
    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
                || !declaration.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return type.DeclaringSyntaxReferences.Length > 0;
    }

    /// <summary>
    /// What makes <paramref name="namespace"/> (or a namespace it is in) a type's name, as messages show it: a
    /// namespace cannot share its full name with a type (CS0101, CS0435); null when none does.
    /// </summary>
    private static string? TypeNamed(Compilation compilation, string @namespace)
    {
        var current = compilation.GlobalNamespace;
        var prefix = string.Empty;
        foreach (var segment in @namespace.Split('.'))
        {
            var name = segment.TrimStart('@');
            prefix = prefix.Length == 0 ? segment : prefix + "." + segment;
            INamespaceSymbol? next = null;
            foreach (var member in current.GetMembers(name))
            {
                if (member is INamedTypeSymbol { Arity: 0 } type
                    && (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly) || compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)))
                {
                    return SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                        ? $"the type '{prefix}' of the project's own code"
                        : $"the type '{prefix}' of the referenced assembly '{type.ContainingAssembly.Name}'";
                }

                next ??= member as INamespaceSymbol;
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return null;
    }

    /// <summary>
    /// The type named <c>var</c> (not generic) that code in <paramref name="namespace"/> sees, declared in it or in a
    /// namespace it is in (the global one too), the innermost first, as messages show it; null when there is none. C#
    /// reads every <c>var x = …</c> there as declaring one (it is implicit typing only when no such type is in scope).
    /// </summary>
    private static string? VarTypeSeen(Compilation compilation, string @namespace)
    {
        var current = compilation.GlobalNamespace;
        var seen = VarTypeIn(compilation, current, "var");
        var prefix = string.Empty;
        foreach (var segment in @namespace.Split('.'))
        {
            if (Find(current, segment) is not { } next)
            {
                break; // a namespace no code declares yet holds no type
            }

            current = next;
            prefix = prefix.Length == 0 ? segment : prefix + "." + segment;
            seen = VarTypeIn(compilation, current, prefix + ".var") ?? seen;
        }

        return seen;
    }

    /// <summary>The accessible type <c>var</c> of <paramref name="namespace"/>, named <paramref name="fullName"/>, as messages show it; else null.</summary>
    private static string? VarTypeIn(Compilation compilation, INamespaceSymbol @namespace, string fullName)
    {
        foreach (var type in @namespace.GetTypeMembers("var", 0))
        {
            if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                return $"the type '{fullName}' of the project's own code";
            }

            if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return $"the type '{fullName}' of the referenced assembly '{type.ContainingAssembly.Name}'";
            }
        }

        return null;
    }

    private static INamespaceSymbol? Find(INamespaceSymbol global, string @namespace)
    {
        var current = global;
        foreach (var segment in @namespace.Split('.'))
        {
            INamespaceSymbol? next = null;
            foreach (var member in current.GetMembers(segment.TrimStart('@'))) // @class is the namespace 'class'
            {
                if (member is INamespaceSymbol found)
                {
                    next = found;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}

/// <summary>The names taken in one generated namespace.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Names">Its taken names, by name.</param>
/// <param name="TakenBy">The type whose full name the namespace (or one it is in) is, as messages show it; else null.</param>
/// <param name="VarType">The type named <c>var</c> code in the namespace sees (declared there or in a namespace it is
/// in), as messages show it; else null.</param>
public sealed record NamespaceNames(string Namespace, EquatableArray<TakenName> Names, string? TakenBy = null, string? VarType = null);

/// <summary>Where one spec puts its client.</summary>
/// <param name="Namespace">The generated namespace.</param>
/// <param name="Path">The spec's path.</param>
/// <param name="ClientName">The client's name (<c>AiiaClientName</c>, else the default from the file name).</param>
public sealed record GeneratedClient(string Namespace, string Path, string ClientName);
