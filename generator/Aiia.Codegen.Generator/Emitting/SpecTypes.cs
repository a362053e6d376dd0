using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// A spec's records, enums and unions by name, indexed once per model: the emitters look one up per property, default
/// or alternative, and a search of the lists each time grows with the square of the spec (GitHub's has 3,000 records
/// and 3,300 enums). Kept beside the model, not in it: the model is value-equal pipeline data.
/// </summary>
internal sealed class SpecTypes
{
    private static readonly ConditionalWeakTable<ApiSpec, SpecTypes> Indexes = new();

    private readonly Dictionary<string, ObjectModel> _objects;
    private readonly Dictionary<string, EnumModel> _enums;
    private readonly Dictionary<string, UnionModel> _unions;

    private SpecTypes(ApiSpec spec)
    {
        _objects = ByName(spec.Objects, model => model.Name);
        _enums = ByName(spec.Enums, model => model.Name);
        _unions = ByName(spec.Unions, model => model.Name);
    }

    /// <summary>The index of <paramref name="spec"/>, built on first use.</summary>
    public static SpecTypes Of(ApiSpec spec) => Indexes.GetValue(spec, static s => new SpecTypes(s));

    /// <summary>The record named <paramref name="name"/>, or null.</summary>
    public ObjectModel? Object(string? name) => name is not null && _objects.TryGetValue(name, out var model) ? model : null;

    /// <summary>The enum named <paramref name="name"/>, or null.</summary>
    public EnumModel? Enum(string? name) => name is not null && _enums.TryGetValue(name, out var model) ? model : null;

    /// <summary>The union named <paramref name="name"/>, or null.</summary>
    public UnionModel? Union(string? name) => name is not null && _unions.TryGetValue(name, out var model) ? model : null;

    /// <summary>The first of each name, as a search in order would find (a name is one type's after the naming pass).</summary>
    private static Dictionary<string, T> ByName<T>(IReadOnlyList<T> models, Func<T, string> nameOf)
    {
        var index = new Dictionary<string, T>(models.Count, StringComparer.Ordinal);
        foreach (var model in models)
        {
            var name = nameOf(model);
            if (!index.ContainsKey(name))
            {
                index.Add(name, model);
            }
        }

        return index;
    }
}
