using System;
using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Security: <c>components.securitySchemes</c> become what the client can send (options properties for API keys and
/// basic credentials, the options' token source for bearer, OAuth2 and OpenID Connect), and each operation's
/// <c>security</c> (else the document's) its alternatives. What cannot be sent is a warning and is left out; the spec
/// still generates.
/// </summary>
internal sealed partial class SpecReader
{
    private readonly HashSet<string> _ignoredSchemes = new(StringComparer.Ordinal); // defined, but reported and left out
    private EquatableArray<SecurityRequirementModel>? _documentSecurity;
    private readonly Dictionary<string, (SpecNode Node, string Path)> _schemeOrigins = new(StringComparer.Ordinal); // scheme → where

    private void ReadSecuritySchemes()
    {
        var components = GetMapping(_root, "components", "$");
        var schemes = components is null ? null : GetMapping(components, "securitySchemes", "components");
        if (schemes is null)
        {
            return;
        }

        // The options properties of API keys and basic credentials are the naming pass's (Naming/SpecNaming.cs).
        foreach (var (name, keyNode, value) in Entries(schemes, "components.securitySchemes"))
        {
            var path = "components.securitySchemes." + name;
            if (value is not SpecMapping scheme)
            {
                Report(DiagnosticDescriptors.InvalidValue, value, "A security scheme must be a mapping", path, "Give it 'type' and what the type needs ('in' and 'name', 'scheme', 'flows'...).");
                continue;
            }

            _schemeOrigins[name] = (keyNode, path);
            var model = ReadSecurityScheme(name, keyNode, Resolve(scheme), path);
            if (model is null)
            {
                _ignoredSchemes.Add(name);
            }
            else
            {
                _securitySchemes.Add(model);
            }
        }
    }

    /// <summary>A scheme that is a <c>$ref</c> to another entry of <c>components.securitySchemes</c> reads as that entry.</summary>
    private SpecMapping Resolve(SpecMapping scheme)
    {
        return Get(scheme, "$ref") is SpecScalar { Value: { } reference }
            && ComponentEntry(reference, "securitySchemes") is { } target
            && Get(target, "$ref") is null
            ? target
            : scheme;
    }

    /// <summary>One scheme, or null (reported) when the client cannot send it.</summary>
    private SecuritySchemeModel? ReadSecurityScheme(string name, SpecScalar keyNode, SpecMapping scheme, string path)
    {
        var type = GetString(scheme, "type", path);
        NoteGivenNameOfKeyNamed(scheme, path, "a security scheme's options property", "key in components.securitySchemes", "Rename the key to choose the C# name.");
        var typeNode = (SpecNode?)Get(scheme, "type") ?? keyNode;
        var description = GetString(scheme, "description", path);
        switch (type)
        {
            case "apiKey":
                var location = GetString(scheme, "in", path);
                var parameterName = GetString(scheme, "name", path);
                ApiKeyLocation? where = location switch
                {
                    "header" => ApiKeyLocation.Header,
                    "query" => ApiKeyLocation.Query,
                    "cookie" => ApiKeyLocation.Cookie,
                    _ => null,
                };
                if (where is null || string.IsNullOrWhiteSpace(parameterName))
                {
                    Report(DiagnosticDescriptors.UnsupportedSecurityScheme, (SpecNode?)Get(scheme, "in") ?? keyNode, $"An apiKey scheme in '{location}'", path, "Send the key in a header, the query or a cookie, and give its 'name'.");
                    return null;
                }

                if (where != ApiKeyLocation.Query && !IsHttpToken(parameterName!.Trim()))
                {
                    // The transport would refuse the header (and the request builder the cookie) on every call.
                    Report(DiagnosticDescriptors.UnsupportedSecurityScheme, (SpecNode?)Get(scheme, "name") ?? keyNode, $"An apiKey scheme in the {location} '{parameterName}'", path, HttpTokenAdvice(location));
                    return null;
                }

                return new SecuritySchemeModel(name, SecuritySchemeKind.ApiKey, description, In: where.Value, ParameterName: parameterName!.Trim());
            case "http":
                var httpScheme = GetString(scheme, "scheme", path)?.Trim();
                if (string.Equals(httpScheme, "basic", StringComparison.OrdinalIgnoreCase))
                {
                    return new SecuritySchemeModel(name, SecuritySchemeKind.Basic, description);
                }

                if (string.Equals(httpScheme, "bearer", StringComparison.OrdinalIgnoreCase))
                {
                    return new SecuritySchemeModel(name, SecuritySchemeKind.Bearer, description);
                }

                Report(DiagnosticDescriptors.UnsupportedSecurityScheme, (SpecNode?)Get(scheme, "scheme") ?? typeNode, $"The http authentication scheme '{httpScheme}'", path, "Only basic and bearer are generated; send other Authorization schemes with a DelegatingHandler on the HttpClient.");
                return null;
            case "oauth2":
                return new SecuritySchemeModel(name, SecuritySchemeKind.OAuth2, description);
            case "openIdConnect":
                return new SecuritySchemeModel(name, SecuritySchemeKind.OpenIdConnect, description);
            case "mutualTLS":
                Report(DiagnosticDescriptors.MutualTls, typeNode, name, path);
                return null;
            default:
                Report(DiagnosticDescriptors.UnsupportedSecurityScheme, typeNode, type is null ? "A security scheme without 'type'" : $"The security scheme type '{type}'", path, "Use apiKey, http (basic or bearer), oauth2, openIdConnect or mutualTLS.");
                return null;
        }
    }

    /// <summary>The alternatives an operation sends: its own <c>security</c>, else the document's (read once).</summary>
    private EquatableArray<SecurityRequirementModel> ReadSecurity(SpecMapping? operation, string path)
    {
        if (operation is not null && GetSequence(operation, "security", path) is { } own)
        {
            return ReadRequirements(own, path + ".security");
        }

        return _documentSecurity ??= GetSequence(_root, "security", "$") is { } document
            ? ReadRequirements(document, "security")
            : EquatableArray<SecurityRequirementModel>.Empty;
    }

    private EquatableArray<SecurityRequirementModel> ReadRequirements(SpecSequence security, string path)
    {
        var requirements = new List<SecurityRequirementModel>();
        foreach (var item in security.Children)
        {
            if (item is not SpecMapping requirement)
            {
                Report(DiagnosticDescriptors.InvalidValue, item, "A security requirement must be a mapping", path, "Write '- SchemeName: []'.");
                continue;
            }

            // A requirement whose schemes were all ignored is left empty: like '{}', it allows the call without credentials.
            var uses = new List<SecurityUseModel>();
            foreach (var (name, keyNode, value) in Entries(requirement, path))
            {
                if (_securitySchemes.Any(s => s.SchemeName == name))
                {
                    uses.Add(new SecurityUseModel(name, Scopes(value)));
                }
                else if (!_ignoredSchemes.Contains(name))
                {
                    Report(DiagnosticDescriptors.UndefinedSecurityScheme, keyNode, name, path);
                }
            }

            requirements.Add(new SecurityRequirementModel(uses.ToEquatableArray()));
        }

        return requirements.ToEquatableArray();
    }

    /// <summary>The scopes (or roles) a requirement lists for a scheme; anything but a list of text is read as none.</summary>
    private static EquatableArray<string> Scopes(SpecNode value) => value is SpecSequence list
        ? list.Children.OfType<SpecScalar>().Where(s => !string.IsNullOrEmpty(s.Value)).Select(s => s.Value).ToEquatableArray()
        : EquatableArray<string>.Empty;

    /// <summary>
    /// Marks the schemes every call needs (each operation's every alternative names them): the options' validation
    /// requires their credentials. A scheme some call can do without is optional.
    /// </summary>
    private void MarkRequiredSchemes(List<OperationModel> operations)
    {
        for (var i = 0; i < _securitySchemes.Count; i++)
        {
            var name = _securitySchemes[i].SchemeName;
            var required = operations.Count > 0 && operations.All(o => o.Security.Count > 0 && o.Security.All(r => r.Schemes.Any(u => u.SchemeName == name)));
            _securitySchemes[i] = _securitySchemes[i] with { IsRequired = required };
        }
    }
}
