using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen;

/// <summary>
/// The names each generated namespace already holds in the project, taken from its compilation once per change and
/// kept as plain values (so the specs' steps stay cached while they stay equal): the namespaces under it, from the
/// project's own code, its references and the other specs' namespaces; and the accessible non-generic types its
/// references declare in it. The project's own types are left out: a user's <c>partial</c> class extending the
/// generated client shares its name on purpose.
/// </summary>
public static class ProjectNames
{
    /// <summary>The names taken in each of <paramref name="namespaces"/> (sorted, distinct), in their order.</summary>
    public static EquatableArray<NamespaceNames> Of(Compilation compilation, EquatableArray<string> namespaces, CancellationToken cancellationToken)
    {
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
                    if (type.Arity == 0
                        && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                        && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)
                        && !taken.ContainsKey(type.Name))
                    {
                        taken[type.Name] = $"the type '{@namespace}.{type.Name}' of the referenced assembly '{type.ContainingAssembly.Name}'";
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

            result.Add(new NamespaceNames(@namespace, names.ToEquatableArray()));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The distinct namespaces of <paramref name="inputs"/>, sorted: the key of <see cref="Of"/>.</summary>
    public static EquatableArray<string> NamespacesOf(ImmutableArray<SpecInput> inputs)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            set.Add(input.Namespace);
        }

        return new EquatableArray<string>(new List<string>(set).ToArray());
    }

    /// <summary><paramref name="input"/> with the names taken in its namespace.</summary>
    public static SpecInput Attach(SpecInput input, EquatableArray<NamespaceNames> all)
    {
        foreach (var entry in all)
        {
            if (entry.Namespace == input.Namespace)
            {
                return input with { TakenNames = entry.Names };
            }
        }

        return input;
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
public sealed record NamespaceNames(string Namespace, EquatableArray<TakenName> Names);
