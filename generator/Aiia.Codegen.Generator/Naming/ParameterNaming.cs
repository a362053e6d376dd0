using System;
using System.Collections.Generic;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The C# names of one operation's parameters and form fields, part of the client's naming pass
/// (<see cref="ClientNaming"/>). The reader keeps only their wire facts; the rule, in document order (path-level
/// parameters, then the operation's, then placeholders no parameter describes, then the body's fields):
/// <list type="number">
/// <item>the wire name (or the name the spec gives, <c>x-aiia-name</c>) in camel case, a C# keyword escaped (<c>page-size</c> → <c>pageSize</c>, <c>class</c> →
/// <c>@class</c>); a name without letters or digits is <see cref="ReservedNames.NamelessParameter"/> (reported), a
/// placeholder's <see cref="ReservedNames.NamelessPlaceholder"/>;</item>
/// <item>a parameter named like what every generated method has (<see cref="ReservedNames.MethodOwnNames"/>) gets
/// <see cref="ReservedNames.ParameterSuffix"/> appended (<c>body</c> → <c>bodyParameter</c>); a field named like one
/// of those or like a parameter gets <see cref="ReservedNames.FieldSuffix"/> (<c>class</c> → <c>classField</c>: names
/// are compared as C# reads them, see <see cref="NameAllocator.Suffixed"/>); both reported as AIIA0014;</item>
/// <item>a name an earlier one took gets the lowest free number (<c>x_id</c>, then <c>X-Id</c> → <c>xId2</c>; after
/// an underscore when it ends in a digit: <c>v1_2</c>; an escaped keyword without its <c>@</c>: <c>event2</c>),
/// reported as AIIA0014 (a placeholder's name is in its own AIIA0043 instead).</item>
/// </list>
/// Then the parameters are put in signature order: the required ones first, each group in document order.
/// </summary>
internal static class ParameterNaming
{
    private const string OwnName = "generated code";

    /// <summary>Who holds <see cref="ReservedNames.MethodOwnNames"/>, as a rename report says it.</summary>
    private const string MethodOwnNamesHolder = "a parameter or local of every generated method";

    /// <summary>Names <paramref name="operation"/>'s parameters and fields and orders its parameters.</summary>
    /// <param name="operation">The operation as read (names empty; the waiter's timeout parameter by its wire name).</param>
    /// <param name="index">Its index, for locating the reports.</param>
    /// <param name="changes">Receives each name that differs from its pattern.</param>
    public static OperationModel Run(OperationModel operation, int index, List<NameChange> changes)
    {
        if (operation.Parameters.Count == 0 && operation.Body is not { Fields.Count: > 0 })
        {
            return operation; // nothing to name (a polled operation has its timeout parameter)
        }

        var taken = new Dictionary<string, string>(StringComparer.Ordinal); // name → who has it
        string Claim(string name, string owner, string key, bool report, string? given)
        {
            if (taken.TryGetValue(name, out var holder))
            {
                var free = NameAllocator.Numbered(name, taken.ContainsKey);
                if (report)
                {
                    changes.Add(new NameChange(owner, null, index, name, free, holder, RenameAdvice.OfMember(given), Parameter: key));
                }

                name = free;
            }

            taken.Add(name, owner);
            return name;
        }

        var named = new List<ParameterModel>(operation.Parameters.Count);
        foreach (var parameter in operation.Parameters)
        {
            var owner = $"the parameter '{parameter.WireName}'";
            var name = Identifiers.ToCamelCase(parameter.GivenName ?? parameter.WireName);
            if (name.Length == 0)
            {
                name = parameter.IsPlaceholder ? ReservedNames.NamelessPlaceholder : ReservedNames.NamelessParameter;
                if (!parameter.IsPlaceholder)
                {
                    changes.Add(new NameChange(owner, null, index, parameter.WireName, name, string.Empty, NameOrigin.WireName, Parameter: parameter.Key, Nameless: true));
                }
            }

            // A step aside and a number after it are one rename, reported once with the final name.
            var desired = name;
            var steppedAside = Array.IndexOf(ReservedNames.MethodOwnNames, name) >= 0;
            if (steppedAside)
            {
                name = NameAllocator.Suffixed(name, ReservedNames.ParameterSuffix);
            }

            var final = Claim(name, owner, parameter.Key, report: !parameter.IsPlaceholder && !steppedAside, parameter.GivenName);
            if (steppedAside && !parameter.IsPlaceholder)
            {
                changes.Add(new NameChange(owner, null, index, desired, final, MethodOwnNamesHolder, RenameAdvice.OfMember(parameter.GivenName), Parameter: parameter.Key));
            }

            named.Add(parameter with { Name = final });
        }

        var body = operation.Body;
        if (body is { Fields.Count: > 0 })
        {
            foreach (var own in ReservedNames.MethodOwnNames)
            {
                taken[own] = OwnName;
            }

            var fields = new List<BodyFieldModel>(body.Fields.Count);
            foreach (var field in body.Fields)
            {
                var name = Identifiers.ToCamelCase(field.GivenName ?? field.WireName);
                var owner = $"the field '{field.WireName}'";
                var desired = name;
                string? steppedFrom = null; // who had the name, when the field stepped aside
                if (taken.TryGetValue(name, out var holder))
                {
                    steppedFrom = holder == OwnName ? MethodOwnNamesHolder : holder;
                    name = NameAllocator.Suffixed(name, ReservedNames.FieldSuffix);
                }

                var final = Claim(name, owner, field.Key, report: steppedFrom is null, field.GivenName);
                if (steppedFrom is not null)
                {
                    changes.Add(new NameChange(owner, null, index, desired, final, steppedFrom, RenameAdvice.OfMember(field.GivenName), Parameter: field.Key));
                }

                fields.Add(field with { Name = final });
            }

            body = body with { Fields = fields.ToEquatableArray() };
        }

        var ordered = new List<ParameterModel>(named.Count);
        foreach (var required in new[] { true, false })
        {
            foreach (var parameter in named)
            {
                if (parameter.IsRequired == required)
                {
                    ordered.Add(parameter);
                }
            }
        }

        var polling = operation.Polling is { } read
            ? read with { TimeoutParameter = named.Find(p => p.In == ParameterLocation.Query && p.WireName == read.TimeoutParameter)!.Name }
            : null;
        return operation with { Parameters = ordered.ToEquatableArray(), Body = body, Polling = polling };
    }
}
