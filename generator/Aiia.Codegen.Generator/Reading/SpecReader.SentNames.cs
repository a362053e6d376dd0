using System;
using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Names a request carries twice: two query parameters, or two fields of a form body, that send one name (AIIA0063).
/// </summary>
internal sealed partial class SpecReader
{
    private const string QueryParameter = "query parameter";
    private const string FormField = "form field";

    /// <summary>A value the request sends as name/value pairs (a query parameter, a form field), and where it is.</summary>
    private readonly record struct PairSource(string What, string WireName, TypeRef Type, ValueStyle Style, bool Explode, SpecNode Node, string Path);

    /// <summary>
    /// Query parameters that send one query name: an exploded (<c>form</c>) object's property beside a parameter of
    /// that name or another exploded object's, a <c>deepObject</c>'s <c>name[property]</c> beside a parameter literally
    /// named so, or either beside the query API key of a scheme the operation uses.
    /// </summary>
    private void WarnNamesSentTwice(List<ParameterModel> parameters, Dictionary<ParameterModel, SpecNode> nodes, Dictionary<ParameterModel, string> paths, EquatableArray<SecurityRequirementModel> security)
    {
        var senders = new Dictionary<string, (string Sender, string? Exploded)>(StringComparer.Ordinal);
        foreach (var scheme in _securitySchemes)
        {
            if (scheme is { Kind: SecuritySchemeKind.ApiKey, In: ApiKeyLocation.Query } && security.Any(requirement => requirement.Schemes.Any(use => use.SchemeName == scheme.SchemeName)))
            {
                senders[scheme.ParameterName] = ($"the API key of the security scheme '{scheme.SchemeName}'", null);
            }
        }

        WarnNamesSentTwice(
            parameters.Where(p => p.In == ParameterLocation.Query).Select(p => new PairSource(QueryParameter, p.WireName, p.Type, p.Style, p.Explode, nodes[p], paths[p])),
            senders);
    }

    /// <summary>The fields of a form body that send one name, as <see cref="WarnNamesSentTwice(List{ParameterModel}, Dictionary{ParameterModel, SpecNode}, Dictionary{ParameterModel, string}, EquatableArray{SecurityRequirementModel})"/> says of parameters.</summary>
    private void WarnNamesSentTwice(IEnumerable<PairSource> fields) =>
        WarnNamesSentTwice(fields, new Dictionary<string, (string Sender, string? Exploded)>(StringComparer.Ordinal));

    /// <summary>
    /// Both are sent and the server sees the name twice: the spec's ambiguity, so a warning at the later one, once, and
    /// the spec generates. The pairs of a nested object (<c>property[key]</c>), of a map (the caller's keys) and of a union
    /// are not told apart.
    /// </summary>
    /// <param name="sources">In the order the request sends them.</param>
    /// <param name="senders">Query name → what sends it, as messages show it, and the exploded object that does (which could stop).</param>
    private void WarnNamesSentTwice(IEnumerable<PairSource> sources, Dictionary<string, (string Sender, string? Exploded)> senders)
    {
        foreach (var source in sources)
        {
            var deep = source.Style == ValueStyle.DeepObject;
            var properties = deep || (source.Style == ValueStyle.Form && source.Explode) ? SentProperties(source.Type) : null;
            var exploded = properties is not null && !deep ? source.WireName : null;
            var sent = properties is null
                ? new[] { (Name: source.WireName, Sender: $"the {source.What} '{source.WireName}'", Own: string.Empty) }
                : properties.Select(property => (
                    Name: deep ? source.WireName + "[" + property + "]" : property,
                    Sender: $"the property '{property}' of the {source.What} '{source.WireName}' ({(deep ? "deepObject" : "form, exploded")})",
                    Own: $" (its property '{property}')")).ToArray();
            var reported = false;
            foreach (var (name, sender, own) in sent)
            {
                if (!senders.TryGetValue(name, out var earlier))
                {
                    senders[name] = (sender, exploded);
                }
                else if (!reported)
                {
                    reported = true;
                    var either = exploded ?? earlier.Exploded;
                    var how = source.What == FormField ? " an encoding of" : string.Empty;
                    Report(DiagnosticDescriptors.NameSentTwice, source.Node, $"The {source.What} '{source.WireName}'", source.Path, name, own, earlier.Sender,
                        either is null ? "Rename one of them" : $"Rename one of them, or give '{either}'{how} 'explode: false' or 'style: deepObject'");
                }
            }
        }
    }

    /// <summary>The properties of a record sent as names of their own (not a nested object's or map's), by wire name;
    /// null when <paramref name="type"/> is no record (a union, a map, a scalar), which sends no fixed names.</summary>
    private List<string>? SentProperties(TypeRef type)
    {
        if (type.Kind != TypeKind.Object || ScalarUnions.IsUnion(type, _unions) || _objects.FirstOrDefault(o => o.Name == type.Name) is not { } record)
        {
            return null;
        }

        return record.Properties
            .Where(property => property.Type.Kind is not (TypeKind.Object or TypeKind.Map) || ScalarUnions.IsUnion(property.Type, _unions))
            .Select(property => property.WireName)
            .ToList();
    }
}
