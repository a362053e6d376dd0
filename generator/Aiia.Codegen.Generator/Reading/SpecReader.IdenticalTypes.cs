using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// <c>AiiaShareIdenticalSchemas</c>: inline schemas that would generate the same type, documentation included, share
/// one. A spec written without <c>$ref</c>s (Sentry's is fully dereferenced) or repeating a small inline shape
/// (GitHub's 846 <c>enum: [read, write]</c> permissions) otherwise gets one record, enum or union, with its converter,
/// per place. Off by default: the shared type is named after its first place, so a user sees a name from another
/// operation, and a later spec that adds the same shape earlier in the document renames it.
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>
    /// <paramref name="spec"/> with each inline record, enum and union that equals an earlier one in everything but its
    /// name and place (its properties' types compared after the same sharing, so nested shapes share bottom-up) replaced
    /// by that one. A component schema is never replaced (the spec names it for its users), but an inline schema equal
    /// to one is: it becomes the component's type. Discriminated bases and the records derived from them stay as they are
    /// (their converters know each other by name).
    /// </summary>
    /// <param name="spec">The model as read, without unused types: its type names are keys (<see cref="TypeKeys"/>).</param>
    /// <param name="used">Whether each type request's type is generated: a replaced type's is set to false.</param>
    private ApiSpec WithIdenticalTypesShared(ApiSpec spec, bool[] used)
    {
        var shared = Enumerable.Range(0, _typeRequests.Count).ToArray();

        // The records, enums and unions that may share, by request; components first, so an inline schema equal to one
        // shares the component's type; then in reading order.
        var models = new Dictionary<int, object>();
        foreach (var (name, model) in spec.Objects.Where(model => model.BaseName is null && model.Discriminator is null).Select(model => (model.Name, (object)model))
            .Concat(spec.Enums.Select(model => (model.Name, (object)model)))
            .Concat(spec.Unions.Select(model => (model.Name, (object)model))))
        {
            if (TypeKeys.IndexOf(name) is var index and >= 0 && !models.ContainsKey(index))
            {
                models.Add(index, model);
            }
        }

        var order = models.Keys.OrderBy(index => IsComponent(index) ? 0 : 1).ThenBy(index => index).ToList();

        // The unions each type is an alternative of (itself, or as a list's or map's items): two alternatives of one union
        // never share, or the union would hold one type twice (and could not tell which alternative a value is).
        var alternativeOf = new Dictionary<int, HashSet<int>>();
        for (var union = 0; union < spec.Unions.Count; union++)
        {
            foreach (var alternative in spec.Unions[union].Alternatives)
            {
                for (var type = alternative.Type; type is not null; type = type.Element)
                {
                    if (type.Name is { } name && TypeKeys.IndexOf(name) is var index and >= 0)
                    {
                        if (!alternativeOf.TryGetValue(index, out var holders))
                        {
                            alternativeOf[index] = holders = new HashSet<int>();
                        }

                        holders.Add(union);
                    }
                }
            }
        }

        // Each round compares the types with what earlier rounds shared substituted; a round that shares nothing ends it.
        bool changed;
        do
        {
            changed = false;
            var keys = Keys();
            var firsts = new Dictionary<object, int>();
            foreach (var index in order)
            {
                if (shared[index] != index)
                {
                    continue;
                }

                var shape = Shape(models[index], index, keys);
                if (!firsts.TryGetValue(shape, out var first))
                {
                    firsts.Add(shape, index);
                }
                else if (!IsComponent(index) && !AlternativesOfOneUnion(first, index))
                {
                    shared[index] = first;
                    used[index] = false;
                    changed = true;
                }
            }
        }
        while (changed);

        // The replaced types go (judged by their own keys), then every name of one becomes the name of the type it shares.
        var kept = OnlyUsed(spec, used);
        return TypeNaming.Rewrite(kept, Keys());

        // Whether the two types (each the one its shared types are known by) are alternatives of one union; if not, the
        // first now stands for the second in the unions it is an alternative of.
        bool AlternativesOfOneUnion(int first, int second)
        {
            if (!alternativeOf.TryGetValue(second, out var theirs))
            {
                return false;
            }

            if (!alternativeOf.TryGetValue(first, out var ours))
            {
                alternativeOf[first] = new HashSet<int>(theirs);
                return false;
            }

            if (ours.Overlaps(theirs))
            {
                return true;
            }

            ours.UnionWith(theirs);
            return false;
        }

        // The key each request's type is now known by: the key of the type it shares, or its own.
        string[] Keys() => Enumerable.Range(0, shared.Length).Select(index => TypeKeys.Key(Root(index))).ToArray();

        // A type a round shares may itself share an earlier one in a later round (what they hold was shared in between).
        int Root(int index)
        {
            while (shared[index] != index)
            {
                index = shared[index];
            }

            return index;
        }
    }

    private bool IsComponent(int request) => _typeRequests[request].Origin is TypeNameOrigin.Component or TypeNameOrigin.NamelessComponent;

    /// <summary>A record, enum or union as compared: no name or place; the types it holds named by what they share, itself as <c>""</c>.</summary>
    private static object Shape(object model, int index, string[] keys) => model switch
    {
        ObjectModel record => record with
        {
            Name = string.Empty,
            Source = null,
            Properties = record.Properties.Select(property => property with { Type = Shared(property.Type, index, keys) }).ToEquatableArray(),
        },
        EnumModel @enum => @enum with { Name = string.Empty, KindName = string.Empty, Source = null },
        UnionModel union => union with
        {
            Name = string.Empty,
            Source = null,
            Alternatives = union.Alternatives.Select(alternative => alternative with { Type = Shared(alternative.Type, index, keys) }).ToEquatableArray(),
        },
        _ => model,
    };

    /// <summary><paramref name="type"/> with the types it names replaced by the ones they share; the type being compared itself is <c>""</c>.</summary>
    private static TypeRef Shared(TypeRef type, int self, string[] keys)
    {
        if (type.Name is { } name)
        {
            var replaced = TypeKeys.Replace(name, keys);
            return type with { Name = replaced == keys[self] ? string.Empty : replaced };
        }

        return type.Element is { } element ? type with { Element = Shared(element, self, keys) } : type;
    }
}
