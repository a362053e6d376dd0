using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// The session extensions: <c>x-aiia-session-renewal</c> on the operation that trades a stored login token for new
/// tokens (what it sends, where the tokens and expiries are in its response), and <c>x-aiia-session-start</c> on the
/// operations whose response (the same schema) starts a session. Read after the operations, from the same nodes.
/// </summary>
internal sealed partial class SpecReader
{
    public const string SessionRenewalExtension = "x-aiia-session-renewal";
    public const string SessionStartExtension = "x-aiia-session-start";

    private const string RenewalFix = "Give loginTokenProperty, storedProperties and the response paths accessToken, accessTokenExpires, loginToken, loginTokenExpires and supportsUnattended (optionally providerId, label, subjectId).";

    private SessionRenewalModel? ReadSessionExtensions(SpecMapping paths, string clientName, List<OperationModel> operations)
    {
        // Operations, models and paths as parallel lists: a list of tuples is generic code over a struct, which even the
        // ReadyToRun copy leaves to the JIT at the first generation.
        var renewals = new List<SpecMapping>();
        var renewalModels = new List<OperationModel>();
        var renewalPaths = new List<string>();
        var starts = new List<(SpecMapping Operation, OperationModel Model, string Path)>();
        foreach (var (operation, model, path) in OperationNodes(paths, operations))
        {
            if (GetKey(operation, SessionRenewalExtension) is not null)
            {
                renewals.Add(operation);
                renewalModels.Add(model);
                renewalPaths.Add(path);
            }

            if (GetKey(operation, SessionStartExtension) is not null)
            {
                starts.Add((operation, model, path));
            }
        }

        SessionRenewalModel? renewal = null;
        if (renewals.Count > 0)
        {
            var (operation, model, path) = (renewals[0], renewalModels[0], renewalPaths[0]);
            renewal = ReadSessionRenewal(operation, model, path + "." + SessionRenewalExtension, clientName);
            for (var i = 1; i < renewals.Count; i++)
            {
                var (other, otherPath) = (renewals[i], renewalPaths[i]);
                Report(DiagnosticDescriptors.InvalidSession, GetKey(other, SessionRenewalExtension), "A second session renewal", otherPath + "." + SessionRenewalExtension, "A spec declares one renewal operation; remove this one.");
            }
        }

        var startNames = new List<string>();
        foreach (var (operation, model, path) in starts)
        {
            var key = GetKey(operation, SessionStartExtension)!;
            var startPath = path + "." + SessionStartExtension;
            if (!GetBool(operation, SessionStartExtension, path))
            {
                continue;
            }

            if (renewals.Count == 0)
            {
                Report(DiagnosticDescriptors.InvalidSession, key, "A session start without a session renewal", startPath, $"Declare '{SessionRenewalExtension}' on the operation that renews the session: it says where the tokens are.");
            }
            else if (renewal is not null && (model.Response is not { Kind: TypeKind.Object } response || response.Name != renewal.ResponseType))
            {
                Report(DiagnosticDescriptors.InvalidSession, key, $"The response of '{model.OperationId}' is not {DesiredTypeName(renewal.ResponseType)}, the renewal's response", startPath, "A session starts from a response of the same schema as the renewal's.");
            }
            else
            {
                startNames.Add(Naming.ClientNaming.OperationKey(model)); // named by the naming pass
            }
        }

        return renewal is null
            ? null
            : renewal with { StartOperations = startNames.ToEquatableArray(), OperationPath = renewalModels[0].PathTemplate, OperationMethod = renewalModels[0].HttpMethod };
    }

    /// <summary>Each operation node that became a model, with its model and spec path; nothing is reported here
    /// (the operations were checked when they were read).</summary>
    private static IEnumerable<(SpecMapping Operation, OperationModel Model, string Path)> OperationNodes(SpecMapping paths, List<OperationModel> operations)
    {
        foreach (var pathPair in paths.Children)
        {
            if (pathPair.Key is not SpecScalar { Value: { } template } || pathPair.Value is not SpecMapping pathItem)
            {
                continue;
            }

            foreach (var pair in pathItem.Children)
            {
                if (pair.Key is not SpecScalar { Value: { } method } || pair.Value is not SpecMapping operation)
                {
                    continue;
                }

                var upper = method.ToUpperInvariant();
                var model = operations.FirstOrDefault(o => o.PathTemplate == template && o.HttpMethod == upper);
                if (model is not null)
                {
                    yield return (operation, model, "paths." + template + "." + method);
                }
            }
        }
    }

    private SessionRenewalModel? ReadSessionRenewal(SpecMapping operation, OperationModel model, string path, string clientName)
    {
        var anchor = GetKey(operation, SessionRenewalExtension)!;
        if (Get(operation, SessionRenewalExtension) is not SpecMapping extension)
        {
            Report(DiagnosticDescriptors.InvalidSession, anchor, $"'{SessionRenewalExtension}' must be a mapping", path, RenewalFix);
            return null;
        }

        var body = BodyRecord(model);
        var response = model.Response is { Kind: TypeKind.Object } responseType ? _objects.FirstOrDefault(o => o.Name == responseType.Name) : null;
        if (body is null || response is null || model.Parameters.Any(p => p.IsRequired))
        {
            Report(DiagnosticDescriptors.InvalidSession, anchor, "The renewal must take a JSON object body and answer with a JSON object, and need no required parameter", path, "Put it on the operation that trades a login token for new tokens.");
            return null;
        }

        if (body.IsAbstract)
        {
            // The renewer creates the body with the login token in it.
            Report(DiagnosticDescriptors.InvalidSession, anchor, AbstractBody("The renewal's", body), path, "Point the request body at the derived schema that carries the login token.");
            return null;
        }

        var tokenName = GetString(extension, "loginTokenProperty", path);
        var token = body.Properties.FirstOrDefault(p => p.WireName == tokenName);
        if (token is null || token.Type.Kind != TypeKind.String || !token.IsListedRequired)
        {
            Report(DiagnosticDescriptors.InvalidSession, (SpecNode?)Get(extension, "loginTokenProperty") ?? anchor, $"loginTokenProperty '{tokenName}' is not a required string property of the request body", path, "Name the body property that carries the login token.");
            return null;
        }

        var stored = new List<StoredValueModel>();
        if (Get(extension, "storedProperties") is { } storedNode && !IsNull(storedNode))
        {
            if (storedNode is not SpecSequence sequence)
            {
                Report(DiagnosticDescriptors.InvalidSession, storedNode, "storedProperties must be a list", path, "List the body properties filled from stored values, e.g. [userHash].");
                return null;
            }

            foreach (var item in sequence.Children)
            {
                var wire = (item as SpecScalar)?.Value;
                var property = body.Properties.FirstOrDefault(p => p.WireName == wire);
                if (property is null || property.Type.Kind != TypeKind.String || property == token || stored.Any(s => s.WireName == wire))
                {
                    Report(DiagnosticDescriptors.InvalidSession, item, $"'{wire}' is not another string property of the request body", path + ".storedProperties", "List each body property filled from a stored value once.");
                    return null;
                }

                stored.Add(new StoredValueModel(string.Empty, property.WireName, string.Empty, property.GivenName)); // its property and parameter named by the naming pass
            }
        }

        var missing = body.Properties.FirstOrDefault(p => p.IsRequired && p != token && !stored.Any(s => s.WireName == p.WireName));
        if (missing is not null)
        {
            Report(DiagnosticDescriptors.InvalidSession, anchor, $"The required body property '{missing.WireName}' is neither the login token nor stored", path, $"Add '{missing.WireName}' to storedProperties.");
            return null;
        }

        var accessToken = ReadResponsePath(extension, "accessToken", response, TypeKind.String, required: true, path);
        var accessExpires = ReadResponsePath(extension, "accessTokenExpires", response, TypeKind.DateTimeOffset, required: true, path);
        var loginToken = ReadResponsePath(extension, "loginToken", response, TypeKind.String, required: true, path);
        var loginExpires = ReadResponsePath(extension, "loginTokenExpires", response, TypeKind.DateTimeOffset, required: true, path);
        var unattended = ReadResponsePath(extension, "supportsUnattended", response, TypeKind.Boolean, required: true, path);
        var providerId = ReadResponsePath(extension, "providerId", response, TypeKind.String, required: false, path);
        var label = ReadResponsePath(extension, "label", response, TypeKind.String, required: false, path);
        var subjectId = ReadResponsePath(extension, "subjectId", response, TypeKind.String, required: false, path);
        if (!(accessToken.Ok && accessExpires.Ok && loginToken.Ok && loginExpires.Ok && unattended.Ok && providerId.Ok && label.Ok && subjectId.Ok))
        {
            return null;
        }

        return new SessionRenewalModel(
            string.Empty, // named by the naming pass (Naming/SpecNaming.cs)
            body.Name,
            token.WireName, // the naming pass gives the C# names of the body's properties and the response's paths
            stored.ToEquatableArray(),
            response.Name,
            accessToken.Path!,
            accessExpires.Path!,
            loginToken.Path!,
            loginExpires.Path!,
            unattended.Path!,
            providerId.Path,
            label.Path,
            subjectId.Path,
            EquatableArray<string>.Empty);
    }

    /// <summary>The outcome of reading one response path: <c>Ok</c> false after a reported problem.</summary>
    private sealed record PathResult(bool Ok, ResponsePathModel? Path);

    /// <summary>Resolves a dotted wire path (<c>session.accessToken</c>) through the response's records. A required
    /// slot must be present, of its type, and reached only through required, non-nullable properties.</summary>
    private PathResult ReadResponsePath(SpecMapping extension, string key, ObjectModel response, TypeKind kind, bool required, string path)
    {
        var node = Get(extension, key);
        var text = GetString(extension, key, path);
        if (text is null)
        {
            if (required)
            {
                Report(DiagnosticDescriptors.InvalidSession, (SpecNode?)node ?? GetKey(extension, key) ?? extension, $"The response path '{key}' is missing", path, RenewalFix);
            }

            return new PathResult(!required && node is null, null);
        }

        var property = MemberNaming.Walk(text, response, name => _objects.FirstOrDefault(o => o.Name == name), access: null, out var nullable);

        var kindName = kind switch { TypeKind.DateTimeOffset => "date-time string", TypeKind.Boolean => "boolean", _ => "string" };
        if (property is null || property.Type.Kind != kind || (required && nullable))
        {
            var need = required ? $"a required, non-nullable {kindName} property" : $"a {kindName} property";
            Report(DiagnosticDescriptors.InvalidSession, node, $"The response path {key}: '{text}' is not {need} of the response", path, "Write the dotted wire path of the property, e.g. session.accessToken, and list every step under required.");
            return new PathResult(false, null);
        }

        return new PathResult(true, new ResponsePathModel(text, string.Empty, nullable)); // its access is the naming pass's
    }
}
