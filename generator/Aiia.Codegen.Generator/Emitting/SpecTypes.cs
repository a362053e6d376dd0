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

    private readonly Dictionary<string, ObjectModel> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnionModel> _unions = new(StringComparer.Ordinal);

    private SpecTypes(ApiSpec spec)
    {
        // The first of a name, as a search in order would find (a name is one type's after the naming pass).
        foreach (var model in spec.Objects)
        {
            if (!_objects.ContainsKey(model.Name))
            {
                _objects.Add(model.Name, model);
            }
        }

        foreach (var model in spec.Enums)
        {
            if (!_enums.ContainsKey(model.Name))
            {
                _enums.Add(model.Name, model);
            }
        }

        foreach (var model in spec.Unions)
        {
            if (!_unions.ContainsKey(model.Name))
            {
                _unions.Add(model.Name, model);
            }
        }
    }

    /// <summary>The index of <paramref name="spec"/>, built on first use.</summary>
    public static SpecTypes Of(ApiSpec spec) => Indexes.GetValue(spec, static s => new SpecTypes(s));

    /// <summary>The record named <paramref name="name"/>, or null.</summary>
    public ObjectModel? Object(string? name) => name is not null && _objects.TryGetValue(name, out var model) ? model : null;

    /// <summary>The enum named <paramref name="name"/>, or null.</summary>
    public EnumModel? Enum(string? name) => name is not null && _enums.TryGetValue(name, out var model) ? model : null;

    /// <summary>The union named <paramref name="name"/>, or null.</summary>
    public UnionModel? Union(string? name) => name is not null && _unions.TryGetValue(name, out var model) ? model : null;
}
