using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// The inline types nothing uses, left out before naming. Reading sometimes reads an inline schema whose type it then
/// does not use: the parts of an <c>allOf</c> are read before they are merged into one record (GitHub's webhook
/// payloads), and a derived schema's redefinition of an inherited property is read before the inherited type is kept
/// (Okta's <c>UserFactor*Provider</c> enums). Such a type would be generated with its converter, and its name would push
/// the used type's to a number (<c>IssueAssignee2</c>).
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>The types of the error bodies, for <c>ApiException.TryGetError</c>: used though no method returns them.</summary>
    private readonly List<TypeRef> _errorBodyTypes = new();

    /// <summary>
    /// <paramref name="read"/> without the inline types that no component schema, operation, error body or session
    /// renewal reaches (through properties, union alternatives, bases, discriminator cases and fallbacks, list items and
    /// map values); a record derived from a used base is used (the base's converter reads it). Every component schema's
    /// type is kept: the spec names it for its users.
    /// </summary>
    /// <param name="read">The model as read: its type names are keys (<see cref="TypeKeys"/>).</param>
    /// <param name="used">Whether each type request's type is kept, by request index.</param>
    private ApiSpec WithoutUnusedTypes(ApiSpec read, out bool[] used)
    {
        var isUsed = new bool[_typeRequests.Count];
        used = isUsed;
        var objects = new Dictionary<string, ObjectModel>(System.StringComparer.Ordinal);
        var derived = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var model in read.Objects)
        {
            objects[model.Name] = model;
            if (model.BaseName is { } baseName)
            {
                if (!derived.TryGetValue(baseName, out var list))
                {
                    derived[baseName] = list = new List<string>();
                }

                list.Add(model.Name);
            }
        }

        var unions = new Dictionary<string, UnionModel>(System.StringComparer.Ordinal);
        foreach (var model in read.Unions)
        {
            unions[model.Name] = model;
        }

        var pending = new Stack<string>();
        void Use(string name)
        {
            var index = TypeKeys.IndexOf(name);
            if (index >= 0 && !isUsed[index])
            {
                isUsed[index] = true;
                pending.Push(name);
            }
        }

        void UseType(TypeRef? type)
        {
            for (; type is not null; type = type.Element)
            {
                if (type.Name is { } name)
                {
                    Use(name);
                }
            }
        }

        for (var i = 0; i < _typeRequests.Count; i++)
        {
            if (_typeRequests[i].Origin is TypeNameOrigin.Component or TypeNameOrigin.NamelessComponent)
            {
                Use(TypeKeys.Key(i));
            }
        }

        foreach (var operation in read.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                UseType(parameter.Type);
            }

            if (operation.Body is { } body)
            {
                UseType(body.Type);
                foreach (var field in body.Fields)
                {
                    UseType(field.Type);
                }
            }

            UseType(operation.Response);
            UseType(operation.Polling?.StateType);
        }

        foreach (var type in _errorBodyTypes)
        {
            UseType(type);
        }

        if (read.SessionRenewal is { } session)
        {
            Use(session.BodyType);
            Use(session.ResponseType);
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (objects.TryGetValue(name, out var model))
            {
                foreach (var property in model.Properties)
                {
                    UseType(property.Type);
                }

                if (model.BaseName is { } baseName)
                {
                    Use(baseName);
                }

                if (model.Discriminator is { } discriminator)
                {
                    Use(discriminator.UnknownName);
                    foreach (var @case in discriminator.Cases)
                    {
                        Use(@case.TypeName);
                    }
                }
            }
            else if (unions.TryGetValue(name, out var union))
            {
                foreach (var alternative in union.Alternatives)
                {
                    UseType(alternative.Type);
                }
            }

            if (derived.TryGetValue(name, out var children))
            {
                foreach (var child in children)
                {
                    Use(child);
                }
            }
        }

        return OnlyUsed(read, isUsed);
    }

    /// <summary><paramref name="spec"/> without the records, enums and unions whose requests <paramref name="used"/> marks unused.</summary>
    private static ApiSpec OnlyUsed(ApiSpec spec, bool[] used)
    {
        bool IsKept(string name) => TypeKeys.IndexOf(name) is var index && (index < 0 || used[index]);
        return spec with
        {
            Objects = spec.Objects.Where(model => IsKept(model.Name)).ToEquatableArray(),
            Enums = spec.Enums.Where(model => IsKept(model.Name)).ToEquatableArray(),
            Unions = spec.Unions.Where(model => IsKept(model.Name)).ToEquatableArray(),
        };
    }
}
