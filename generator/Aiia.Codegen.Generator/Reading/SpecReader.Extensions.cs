using System;
using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Reading;

/// <summary>
/// The vendor extensions that carry API semantics into generated code: <c>x-aiia-polling</c> (a long-poll
/// waiter), <c>x-aiia-code-exchange</c> (a single-use, expiring code) and, on a schema,
/// <c>x-aiia-undocumented-properties</c> (what reading does with a property the schema does not list).
/// </summary>
internal sealed partial class SpecReader
{
    public const string PollingExtension = "x-aiia-polling";
    public const string CodeExchangeExtension = "x-aiia-code-exchange";
    public const string ErrorCodesExtension = "x-aiia-error-codes";
    public const string UndocumentedPropertiesExtension = "x-aiia-undocumented-properties";

    /// <summary>The root's <c>x-aiia-error-codes</c>: the error codes the spec documents, in document order, each once.
    /// Any other code the server sends is redacted in messages and logs (it could be an echoed secret).</summary>
    private EquatableArray<string> ReadDocumentedErrorCodes()
    {
        if (Get(_root, ErrorCodesExtension) is not { } node)
        {
            return default;
        }

        if (node is not SpecSequence sequence)
        {
            Report(DiagnosticDescriptors.InvalidErrorCodes, node, $"'{ErrorCodesExtension}' must be a list of strings", ErrorCodesExtension, "List the error codes the API documents, e.g. [InvalidInput].");
            return default;
        }

        var codes = new List<string>();
        foreach (var item in sequence.Children)
        {
            if ((item as SpecScalar)?.Value is not { Length: > 0 } code)
            {
                Report(DiagnosticDescriptors.InvalidErrorCodes, item, $"An entry of '{ErrorCodesExtension}' is not a non-empty string", ErrorCodesExtension, "List each documented error code as a string.");
                continue;
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes.ToEquatableArray();
    }

    /// <summary><c>keep</c>, <c>ignore</c> or <c>error</c> (any case, trimmed); null for anything else.</summary>
    internal static UndocumentedPropertyHandling? ParseUndocumentedHandling(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "keep" => UndocumentedPropertyHandling.Keep,
        "ignore" => UndocumentedPropertyHandling.Ignore,
        "error" => UndocumentedPropertyHandling.Error,
        _ => null,
    };

    private bool _hasCodeExchange;

    private PollingModel? ReadPolling(SpecMapping operation, OperationModel model, string method, string path)
    {
        if (Get(operation, PollingExtension) is not { } node)
        {
            return null;
        }

        path += "." + PollingExtension;
        if (node is not SpecMapping polling)
        {
            Report(DiagnosticDescriptors.InvalidPolling, node, $"'{PollingExtension}' must be a mapping", path, "Give it timeoutParameter, stateProperty and terminalStates.");
            return null;
        }

        var anchor = GetKey(operation, PollingExtension)!;
        if (method != "get" || model.Body is not null)
        {
            Report(DiagnosticDescriptors.InvalidPolling, anchor, "Only a GET operation without a body can be polled", path, "Polling repeats the request, so it must be idempotent.");
            return null;
        }

        var timeoutName = GetString(polling, "timeoutParameter", path);
        var timeout = model.Parameters.FirstOrDefault(p => p.WireName == timeoutName && p.In == ParameterLocation.Query);
        if (timeout is null || timeout.Type.Kind is not (TypeKind.Int32 or TypeKind.Int64))
        {
            Report(DiagnosticDescriptors.InvalidPolling, (SpecNode?)Get(polling, "timeoutParameter") ?? anchor, $"timeoutParameter '{timeoutName}' is not an integer query parameter of the operation", path, "Name the query parameter that holds the long-poll time in seconds.");
            return null;
        }

        // A parameter named like the waiter's own 'options' or 'progress' keeps its name; the naming pass numbers the
        // waiter's (Naming/ClientNaming.cs).
        var response = model.Response is { Kind: TypeKind.Object } responseType ? _objects.FirstOrDefault(o => o.Name == responseType.Name) : null;
        var stateName = GetString(polling, "stateProperty", path);
        var state = response?.Properties.FirstOrDefault(p => p.WireName == stateName);
        // What the spec lists, not the C# member: a deprecated state is nullable in C# but still sent, and the
        // waiter treats a missing one like a state it does not know (not terminal).
        if (state is null || !state.IsListedRequired || state.Type.Kind is not (TypeKind.Enum or TypeKind.String))
        {
            Report(DiagnosticDescriptors.InvalidPolling, (SpecNode?)Get(polling, "stateProperty") ?? anchor, $"stateProperty '{stateName}' is not a required string or enum property of the success response", path, "Name the response property that holds the state, and list it under required.");
            return null;
        }

        var terminals = GetSequence(polling, "terminalStates", path);
        if (terminals is null || terminals.Children.Length == 0)
        {
            Report(DiagnosticDescriptors.InvalidPolling, (SpecNode?)Get(polling, "terminalStates") ?? anchor, "terminalStates is missing or empty", path, "List the states that end the wait, e.g. [Succeeded, Failed].");
            return null;
        }

        var stateEnum = state.Type.Kind == TypeKind.Enum ? _enums.FirstOrDefault(e => e.Name == state.Type.Name) : null;
        var values = new List<string>();
        foreach (var item in terminals.Children)
        {
            var wire = (item as SpecScalar)?.Value;
            if (wire is null)
            {
                Report(DiagnosticDescriptors.InvalidPolling, item, "A terminal state must be a text value", path + ".terminalStates", "List plain values.");
                return null;
            }

            if (stateEnum is null)
            {
                values.Add(wire);
                continue;
            }

            var member = stateEnum.Members.FirstOrDefault(m => m.WireValue == wire);
            if (member is null)
            {
                Report(DiagnosticDescriptors.InvalidPolling, item, $"'{wire}' is not a value of {DesiredTypeName(stateEnum.Name)}", path + ".terminalStates", "List values of the state's enum: " + string.Join(", ", stateEnum.Members.Select(m => m.WireValue)) + ".");
                return null;
            }

            values.Add(wire); // the member's name is the naming pass's (Naming/MemberNaming.cs)
        }

        // The waiter's name is the naming pass's (Naming/ClientNaming.cs).
        return new PollingModel(string.Empty, timeout.WireName, state.WireName, state.Type, values.ToEquatableArray());
    }

    /// <summary>The record an operation's JSON body is, or null.</summary>
    private ObjectModel? BodyRecord(OperationModel model) =>
        model.Body is { Type.Kind: TypeKind.Object } body ? _objects.FirstOrDefault(o => o.Name == body.Type.Name) : null;

    /// <summary>
    /// Why a body that generated code creates (the code exchange's overload, the session renewer) cannot be
    /// <paramref name="body"/>: a discriminated base is an abstract record (<c>new Grant { ... }</c> is CS0144).
    /// </summary>
    private static string AbstractBody(string whose, ObjectModel body) =>
        $"{whose} request body{(body.Source is { } source ? " at " + source.SpecPath : string.Empty)} is a discriminated base (an abstract record the generated code cannot create)";

    private CodeExchangeModel? ReadCodeExchange(SpecMapping operation, OperationModel model, string path)
    {
        if (Get(operation, CodeExchangeExtension) is not { } node)
        {
            return null;
        }

        path += "." + CodeExchangeExtension;
        var anchor = GetKey(operation, CodeExchangeExtension)!;
        if (node is not SpecMapping exchange)
        {
            Report(DiagnosticDescriptors.InvalidCodeExchange, node, $"'{CodeExchangeExtension}' must be a mapping", path, "Give it codeProperty and lifetimeSeconds.");
            return null;
        }

        if (_hasCodeExchange)
        {
            Report(DiagnosticDescriptors.InvalidCodeExchange, anchor, "A second code exchange", path, "A spec declares one code exchange; remove this one.");
            return null;
        }

        if (model.Body is { Kind: not BodyKind.Json } other)
        {
            // The overload builds the body as a record with the code in it: a form's fields are method parameters.
            Report(DiagnosticDescriptors.InvalidCodeExchange, anchor, $"The code exchange's request body is {other.MediaType}", path, "The code exchange needs a JSON object body with the code as a required string property.");
            return null;
        }

        var body = BodyRecord(model);
        if (body is { IsAbstract: true })
        {
            // The overload creates the body with the code in it.
            Report(DiagnosticDescriptors.InvalidCodeExchange, anchor, AbstractBody("The code exchange's", body), path, "Point the request body at the derived schema that carries the code.");
            return null;
        }

        var codeName = GetString(exchange, "codeProperty", path);
        var code = body?.Properties.FirstOrDefault(p => p.WireName == codeName);
        if (code is null || code.Type.Kind != TypeKind.String || !code.IsListedRequired)
        {
            Report(DiagnosticDescriptors.InvalidCodeExchange, (SpecNode?)Get(exchange, "codeProperty") ?? anchor, $"codeProperty '{codeName}' is not a required string property of the request body", path, "Name the body property that carries the code.");
            return null;
        }

        if (body!.Properties.Any(p => p != code && p.IsRequired) || model.Parameters.Any(p => p.IsRequired))
        {
            Report(DiagnosticDescriptors.InvalidCodeExchange, anchor, "The code exchange needs more than the code", path, "The code must be the only required input of the operation.");
            return null;
        }

        var lifetimeText = GetString(exchange, "lifetimeSeconds", path);
        if (!int.TryParse(lifetimeText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var lifetime) || lifetime <= 0)
        {
            Report(DiagnosticDescriptors.InvalidCodeExchange, (SpecNode?)Get(exchange, "lifetimeSeconds") ?? anchor, $"lifetimeSeconds '{lifetimeText}' is not a positive whole number", path, "Give the code's lifetime in seconds, e.g. 60.");
            return null;
        }

        _hasCodeExchange = true;
        return new CodeExchangeModel(
            code.WireName, // its C# name is the naming pass's
            lifetime,
            GetString(exchange, "redirectCodeParameter", path) ?? "code",
            GetString(exchange, "redirectErrorParameter", path) ?? "error");
    }
}
