using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>Emits the partial client class: <c>&lt;Client&gt;.Client.g.cs</c>.</summary>
internal static class ClientEmitter
{

    public static void Emit(SourceWriter writer, ApiSpec spec) => EmitClient(writer, spec);

    private static void EmitClient(SourceWriter writer, ApiSpec spec)
    {
        // Only credentials every call needs make the options mandatory; optional ones are set when wanted.
        var requiresCredentials = spec.SecuritySchemes.Any(s => s.IsRequired);
        writer.Doc("summary", spec.Title);
        if (spec.Description is not null)
        {
            writer.Doc("remarks", spec.Description);
        }

        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"{spec.Accessibility} partial class {Identifiers.DeclaredTypeName(spec.ClientName)}");
        var options = CSharp.OptionsClass(spec);
        writer.Line($"private readonly {CSharp.Runtime}.ApiTransport _transport;");
        var readsCredentials = spec.GeneratedNames.Credentials.Count > 0;
        if (readsCredentials)
        {
            // Credentials are read from the options on every request that needs them.
            writer.Line($"private readonly {options} _options;");
        }

        if (spec.DocumentedErrorCodes.Count > 0)
        {
            writer.Line();
            writer.Line("// The error codes the spec documents: only these may appear in messages and logs.");
            writer.Line($"private static readonly string[] DocumentedErrorCodes = new[] {{ {string.Join(", ", spec.DocumentedErrorCodes.Select(CSharp.Literal))} }};");
        }

        writer.Line();
        writer.Line("/// <summary>Creates the client over an <see cref=\"global::System.Net.Http.HttpClient\"/>, e.g. one from <c>IHttpClientFactory</c>.</summary>");
        writer.Line("/// <param name=\"httpClient\">Sends the requests; its <c>BaseAddress</c> (else the options') is the server. It should not follow redirects itself");
        writer.Line($"/// (<c>AllowAutoRedirect = false</c>, e.g. over <see cref=\"{CSharp.Runtime}.ApiHttp.CreateHandler\"/>): a redirect to another origin it followed is refused.</param>");
        writer.Line(requiresCredentials
            ? "/// <param name=\"options\">Credentials, limits, retries, logging and time; validated here.</param>"
            : spec.SecuritySchemes.Count > 0
                ? "/// <param name=\"options\">Optional credentials, limits, retries, logging and time; null for the defaults (no credentials).</param>"
                : "/// <param name=\"options\">Limits, retries, logging and time; null for the defaults.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The options are invalid (each problem is named; no secret is shown).</exception>");
        writer.Open(requiresCredentials
            ? $"public {Identifiers.DeclaredTypeName(spec.ClientName)}(global::System.Net.Http.HttpClient httpClient, {options} options)"
            : $"public {Identifiers.DeclaredTypeName(spec.ClientName)}(global::System.Net.Http.HttpClient httpClient, {options}? options = null)");
        writer.Line(requiresCredentials ? "global::System.ArgumentNullException.ThrowIfNull(options);" : $"options ??= new {options}();");
        writer.Line(spec.DocumentedErrorCodes.Count > 0
            ? $"_transport = new {CSharp.Runtime}.ApiTransport(httpClient, options, DocumentedErrorCodes);"
            : $"_transport = new {CSharp.Runtime}.ApiTransport(httpClient, options);");
        if (readsCredentials)
        {
            writer.Line("_options = options;");
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Creates the client with an <see cref=\"global::System.Net.Http.HttpClient\"/> of its own over a shared handler that never follows redirects.</summary>");
        writer.Line("/// <param name=\"options\">The base address, credentials, limits, retries, logging and time; validated here.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The options are invalid or have no base address.</exception>");
        writer.Open($"public {Identifiers.DeclaredTypeName(spec.ClientName)}({options} options) : this({CSharp.Runtime}.ApiHttp.CreateClient(options), options)");
        writer.Close();
        foreach (var operation in spec.Operations)
        {
            writer.Line();
            EmitOperation(writer, spec, operation);
            if (operation.Polling is not null)
            {
                writer.Line();
                EmitWaiter(writer, spec, operation, operation.Polling);
            }

            if (operation.CodeExchange is not null)
            {
                writer.Line();
                EmitCodeExchange(writer, spec, operation, operation.CodeExchange);
            }
        }

        foreach (var credentials in spec.GeneratedNames.Credentials)
        {
            writer.Line();
            EmitCredentials(writer, spec, credentials);
        }

        writer.Close();
    }

    /// <summary>A private method that adds the credentials of one security, shared by every operation that has it.</summary>
    private static void EmitCredentials(SourceWriter writer, ApiSpec spec, CredentialsName credentials)
    {
        writer.Open($"private {CSharp.Runtime}.ApiRequest {credentials.Name}({CSharp.Runtime}.ApiRequest request)");
        SecurityEmitter.EmitCredentials(writer, spec, credentials.Security);
        writer.Line("return request;");
        writer.Close();
    }

    /// <summary>A <c>WaitFor...Async</c> method that long-polls the operation until a terminal state or the deadline.</summary>
    private static void EmitWaiter(SourceWriter writer, ApiSpec spec, OperationModel operation, PollingModel polling)
    {
        var responseType = CSharp.TypeName(operation.Response!, spec.Namespace);
        var stateType = CSharp.TypeName(polling.StateType, spec.Namespace);
        var names = operation.GeneratedNames;
        var passed = OrderedParameters(operation).Where(p => p.Name != polling.TimeoutParameter).ToList();
        var terminalList = string.Join(", ", polling.TerminalValues);
        writer.Line($"/// <summary>Waits until the {CSharp.EscapeXml(polling.StateProperty)} of <see cref=\"{operation.MethodName}Async\"/> is {CSharp.EscapeXml(terminalList)}, or the deadline passes.</summary>");
        writer.Line($"/// <remarks>Each request asks the server to hold it until the state changes (the <c>{CSharp.EscapeXml(operation.Parameters.First(p => p.Name == polling.TimeoutParameter).WireName)}</c> long poll),");
        writer.Line("/// so no time is spent sleeping on the client, and no request outlives the deadline. Transient failures (408, 429, 500,");
        writer.Line("/// 502, 503, 504, connection failures, broken bodies, timed-out attempts) are retried with <c>Retry-After</c> or");
        writer.Line("/// exponential backoff with jitter until the deadline; other errors are thrown.</remarks>");
        foreach (var parameter in passed)
        {
            ParameterDoc(writer, parameter);
        }

        writer.Line($"/// <param name=\"{names.WaiterOptions}\">The deadline of the whole wait, the long-poll window and the pacing; null for the client options' <c>Polling</c> (five minutes, 30 s by default).</param>");
        writer.Line($"/// <param name=\"{names.WaiterProgress}\">Told of every response whose state is not terminal.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Ends the wait; cancellation surfaces as <see cref=\"global::System.OperationCanceledException\"/>.</param>");
        writer.Line("/// <returns>The terminal response, or the deadline with the last response seen.</returns>");
        writer.Line($"/// <exception cref=\"{CSharp.Runtime}.ApiException\">The API answered with an error that retrying cannot fix (e.g. 400, 401, 404).</exception>");
        var parameters = passed.Select(p => $"{CSharp.TypeName(p.Type, spec.Namespace)} {p.Name}{(p.IsRequired ? string.Empty : " = null")}")
            .Concat(new[]
            {
                $"{CSharp.Runtime}.PollOptions? {names.WaiterOptions} = null",
                $"global::System.IProgress<{responseType}>? {names.WaiterProgress} = null",
                "global::System.Threading.CancellationToken cancellationToken = default",
            });
        writer.Open($"public global::System.Threading.Tasks.Task<{CSharp.Runtime}.PollResult<{responseType}>> {polling.WaiterName}Async({string.Join(", ", parameters)})");
        EmitArgumentChecks(writer, passed);
        var arguments = OrderedParameters(operation).Select(p => p.Name == polling.TimeoutParameter ? names.PollSeconds : p.Name);
        // An enum state is a struct that keeps its wire value: its terminal values are matched on its companion Kind enum.
        var stateEnum = polling.StateType.Kind == TypeKind.Enum ? (SpecTypes.Of(spec).Enum(polling.StateType.Name) ?? throw new System.InvalidOperationException($"No enum {polling.StateType.Name}.")) : null;
        var terminal = stateEnum is not null
            ? string.Join(" or ", polling.TerminalValues.Select(v => $"{CSharp.Qualified(stateEnum.KindName, spec.Namespace)}.{v}"))
            : string.Join(" or ", polling.TerminalValues.Select(CSharp.Literal));
        writer.Line($"return _transport.PollAsync<{responseType}, {stateType}>(");
        writer.Indent();
        writer.Line($"{CSharp.Literal(operation.OperationId)},");
        writer.Line($"{names.PollSeconds} => {names.RequestBuilder}({string.Join(", ", arguments)}),");
        writer.Line($"{CSharp.ConverterInstance(operation.Response!, spec)},");
        writer.Line($"static {names.Response} => {names.Response}.{polling.StateProperty},");
        // A nullable state (deprecated, or nullable in the spec) that is absent is not terminal: `null is "done"` is false.
        var kind = stateEnum is null ? string.Empty : polling.StateType.IsNullable ? "?.Kind" : ".Kind";
        writer.Line($"static {names.State} => {names.State}{kind} is {terminal},");
        writer.Line($"{names.WaiterOptions},");
        writer.Line($"{names.WaiterProgress},");
        writer.Line("cancellationToken);");
        writer.Outdent();
        writer.Close();
    }

    /// <summary>The code's lifetime, redirect parsing, and an overload that redeems a single-use code exactly once.</summary>
    private static void EmitCodeExchange(SourceWriter writer, ApiSpec spec, OperationModel operation, CodeExchangeModel exchange)
    {
        var body = operation.Body!;
        var bodyType = CSharp.TypeName(body.Type.WithNullable(false), spec.Namespace);
        var seconds = exchange.LifetimeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Line($"/// <summary>How long a code for <see cref=\"{operation.MethodName}Async({CSharp.Runtime}.SingleUseCode, global::System.Threading.CancellationToken)\"/> lives after it is issued: {seconds} seconds.</summary>");
        writer.Line($"public static global::System.TimeSpan CodeLifetime {{ get; }} = global::System.TimeSpan.FromSeconds({seconds});");
        writer.Line();
        writer.Line("/// <summary>Wraps a code received now (e.g. from a status response), so that it is exchanged at most once and never after it expired.</summary>");
        writer.Line("/// <param name=\"code\">The code.</param>");
        writer.Line("/// <returns>The code, stamped with the client's clock.</returns>");
        writer.Open($"public {CSharp.Runtime}.SingleUseCode ObtainCode(string code)");
        writer.Line($"return {CSharp.Runtime}.SingleUseCode.Obtained(code, CodeLifetime, _transport.TimeProvider);");
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>Reads the URL the person was redirected to after the login: a code (<c>{CSharp.EscapeXml(exchange.RedirectCodeParameter)}</c>) or an error (<c>{CSharp.EscapeXml(exchange.RedirectErrorParameter)}</c>).</summary>");
        writer.Line("/// <param name=\"redirectUri\">The full redirect URL.</param>");
        writer.Line("/// <returns>The code, stamped with the client's clock, or the error.</returns>");
        writer.Line("/// <exception cref=\"global::System.FormatException\">The URL carries neither.</exception>");
        writer.Open($"public {CSharp.Runtime}.AuthorizationRedirect ParseRedirect(global::System.Uri redirectUri)");
        writer.Line($"return {CSharp.Runtime}.AuthorizationRedirect.Parse(redirectUri, CodeLifetime, _transport.TimeProvider, {CSharp.Literal(exchange.RedirectCodeParameter)}, {CSharp.Literal(exchange.RedirectErrorParameter)});");
        writer.Close();
        writer.Line();
        writer.Doc("summary", operation.Summary ?? $"{operation.HttpMethod} {operation.PathTemplate}");
        writer.Line("/// <remarks>The code is redeemed first: an expired or already used code throws before anything is sent, and the one request is never retried.</remarks>");
        writer.Line("/// <param name=\"code\">The code, from <see cref=\"ObtainCode\"/> or <see cref=\"ParseRedirect\"/>.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        writer.Line(operation.Response is null ? "/// <returns>Completes when the API has answered with success.</returns>" : ReturnsDoc(operation));
        writer.Line($"/// <exception cref=\"{CSharp.Runtime}.SingleUseCodeException\">The code has expired or was already used; nothing was sent.</exception>");
        writer.Line($"/// <exception cref=\"{CSharp.Runtime}.ApiException\">The API answered with a non-success status.</exception>");
        ObsoleteOperation(writer, operation);
        writer.Open($"public {ReturnType(spec, operation)} {operation.MethodName}Async({CSharp.Runtime}.SingleUseCode code, global::System.Threading.CancellationToken cancellationToken = default)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(code);");
        writer.Line($"var body = new {bodyType} {{ {exchange.CodeProperty} = code.Redeem(_transport.TimeProvider) }};");
        // By name: the operation may have optional parameters after the body.
        writer.Line($"return {operation.MethodName}Async(body, cancellationToken: cancellationToken);");
        writer.Close();
    }

    private static void EmitArgumentChecks(SourceWriter writer, IEnumerable<ParameterModel> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Type.Kind == TypeKind.Enum)
            {
                // default(enum) has no wire value: refused here, naming the parameter, rather than by ToWireValue().
                // Its name as a literal, not nameof(...): in a namespace with a segment 'nameof' that binds to the namespace (CS0118).
                writer.Line($"{CSharp.Runtime}.ApiArguments.ThrowIfDefault({parameter.Name}, {CSharp.Literal(parameter.Name.TrimStart('@'))});");
            }
            else if (parameter.IsRequired && !parameter.Type.IsValueType)
            {
                writer.Line(parameter.In == ParameterLocation.Path && parameter.Type.Kind == TypeKind.String
                    ? $"global::System.ArgumentException.ThrowIfNullOrEmpty({parameter.Name});"
                    : $"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
            }
        }
    }

    private static void EmitOperation(SourceWriter writer, ApiSpec spec, OperationModel operation)
    {
        EmitOperationDocs(writer, operation);
        ObsoleteOperation(writer, operation);

        var returnType = ReturnType(spec, operation);
        var parameters = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            parameters.Add($"{CSharp.TypeName(parameter.Type, spec.Namespace)} {parameter.Name}");
        }

        foreach (var (type, name, _) in BodyParameters(spec, operation, required: true))
        {
            parameters.Add(type + " " + name);
        }

        foreach (var parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            parameters.Add($"{CSharp.TypeName(parameter.Type, spec.Namespace)} {parameter.Name} = null");
        }

        foreach (var (type, name, _) in BodyParameters(spec, operation, required: false))
        {
            parameters.Add(type + " " + name + " = null");
        }

        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");
        writer.Open($"public {returnType} {operation.MethodName}Async({string.Join(", ", parameters)})");

        EmitArgumentChecks(writer, operation.Parameters);
        foreach (var (_, name, isValueType) in BodyParameters(spec, operation, required: true))
        {
            if (!isValueType)
            {
                writer.Line($"global::System.ArgumentNullException.ThrowIfNull({name});");
            }
        }

        if (operation.Polling is not null)
        {
            // The waiter builds one request per attempt, each with its own long-poll window: one builder serves both.
            var arguments = string.Join(", ", OrderedParameters(operation).Select(p => p.Name));
            writer.Line($"return _transport.SendAsync({operation.GeneratedNames.RequestBuilder}({arguments}), {CSharp.ConverterInstance(operation.Response!, spec)}, cancellationToken);");
            writer.Close();
            writer.Line();
            EmitRequestBuilder(writer, spec, operation);
            return;
        }

        EmitRequest(writer, spec, operation);
        var request = Authorized(operation);
        writer.Line(operation.ResponseKind switch
        {
            ResponseKind.Text => $"return _transport.SendForTextAsync({request}, cancellationToken);",
            ResponseKind.Binary => $"return _transport.SendForStreamAsync({request}, cancellationToken);",
            _ when operation.Response is null => $"return _transport.SendAsync({request}, cancellationToken);",
            _ when operation.ReturnsNullWhenBodiless =>
                $"return _transport.SendFor{(operation.Response.IsValueType ? "Value" : "Body")}OrNullAsync({request}, {CSharp.ConverterInstance(operation.Response, spec)}, new[] {{ {string.Join(", ", operation.BodilessStatuses)} }}, cancellationToken);",
            _ => $"return _transport.SendAsync({request}, {CSharp.ConverterInstance(operation.Response, spec)}, cancellationToken);",
        });
        writer.Close();
    }

    /// <summary><c>[Obsolete]</c> on a method of an operation the spec deprecates (its own, and the code exchange's overload).</summary>
    private static void ObsoleteOperation(SourceWriter writer, OperationModel operation)
    {
        if (operation.IsDeprecated)
        {
            writer.Line($"[global::System.Obsolete({CSharp.Literal($"The operation {operation.OperationId} is deprecated in the spec.")})]");
        }
    }

    private static string ReturnType(ApiSpec spec, OperationModel operation) => operation.ResponseKind switch
    {
        ResponseKind.Text => "global::System.Threading.Tasks.Task<string>",
        ResponseKind.Binary => $"global::System.Threading.Tasks.Task<{CSharp.Runtime}.ApiBinaryResponse>",
        _ when operation.Response is null => "global::System.Threading.Tasks.Task",
        _ => $"global::System.Threading.Tasks.Task<{CSharp.TypeName(operation.Response.WithNullable(operation.ReturnsNullWhenBodiless), spec.Namespace)}>",
    };

    private static string ReturnsDoc(OperationModel operation) => operation.ReturnsNullWhenBodiless
        ? $"/// <returns>The success response's body, or null when the API answers {string.Join(" or ", operation.BodilessStatuses)}, which the spec documents without a body.</returns>"
        : "/// <returns>The success response's body.</returns>";

    /// <summary>The method parameters a body brings: the body itself, or a form's or multipart's fields.</summary>
    private static IEnumerable<(string Type, string Name, bool IsValueType)> BodyParameters(ApiSpec spec, OperationModel operation, bool required)
    {
        if (operation.Body is not { } body)
        {
            yield break;
        }

        var nullable = required ? string.Empty : "?";
        switch (body.Kind)
        {
            case BodyKind.Form or BodyKind.Multipart:
                foreach (var field in body.Fields.Where(f => f.IsRequired == required))
                {
                    yield return field.File switch
                    {
                        1 => ($"{CSharp.Runtime}.ApiFile{nullable}", field.Name, false),
                        2 => ($"global::System.Collections.Generic.IReadOnlyList<{CSharp.Runtime}.ApiFile>{nullable}", field.Name, false),
                        _ => (CSharp.TypeName(field.Type, spec.Namespace), field.Name, field.Type.IsValueType),
                    };
                }

                break;
            case BodyKind.Binary when body.IsRequired == required:
                yield return ("global::System.IO.Stream" + nullable, body.Name, false);
                break;
            case BodyKind.Text when body.IsRequired == required:
                yield return ("string" + nullable, body.Name, false);
                break;
            case BodyKind.Json when body.IsRequired == required:
                yield return (CSharp.TypeName(body.Type, spec.Namespace), body.Name, body.Type.IsValueType);
                break;
        }
    }

    private static IEnumerable<ParameterModel> OrderedParameters(OperationModel operation) =>
        operation.Parameters.Where(p => p.IsRequired).Concat(operation.Parameters.Where(p => !p.IsRequired));

    /// <summary>The request with the operation's credentials added (by the client's helper for its security), last,
    /// after its own parameters.</summary>
    private static string Authorized(OperationModel operation) => operation.GeneratedNames.Credentials is { } credentials
        ? $"{credentials}({operation.GeneratedNames.Request})"
        : operation.GeneratedNames.Request;

    /// <summary>The request of a polled operation, built afresh per attempt and marked with its long-poll window.</summary>
    private static void EmitRequestBuilder(SourceWriter writer, ApiSpec spec, OperationModel operation)
    {
        var parameters = OrderedParameters(operation).Select(p => $"{CSharp.TypeName(p.Type, spec.Namespace)} {p.Name}");
        writer.Open($"private {CSharp.Runtime}.ApiRequest {operation.GeneratedNames.RequestBuilder}({string.Join(", ", parameters)})");
        EmitRequest(writer, spec, operation);
        writer.Line($"request.SetLongPoll({operation.Polling!.TimeoutParameter});");
        writer.Line($"return {Authorized(operation)};");
        writer.Close();
    }

    /// <summary>Declares <c>request</c> and adds the parameters, credentials and body.</summary>
    private static void EmitRequest(SourceWriter writer, ApiSpec spec, OperationModel operation)
    {
        // The runtime's factory of the method, when it has one; the template only when the path holds values.
        var method = HttpMethodProperty(operation.HttpMethod);
        var path = PathExpression(spec, operation);
        var template = CSharp.Literal(operation.PathTemplate);
        writer.Line(method is "Get" or "Put" or "Post" or "Delete" or "Patch"
            ? $"var request = {CSharp.Runtime}.ApiRequest.{method}({path}, {CSharp.Literal(operation.OperationId)}{(path == template ? string.Empty : ", " + template)});"
            : $"var request = new {CSharp.Runtime}.ApiRequest(global::System.Net.Http.HttpMethod.{method}, {path}, {CSharp.Literal(operation.OperationId)}, {template});");
        if (operation.Accept is not null)
        {
            // Servers negotiate on it: without it some answer another media type (XML, HTML, a signed form) or 406.
            writer.Line($"request.AddHeader(\"Accept\", {CSharp.Literal(operation.Accept)});");
        }

        foreach (var pair in PathTemplate.LiteralQuery(operation.PathTemplate))
        {
            // A query written in the path key comes first, then the parameters': one query, not a second '?'.
            writer.Line($"{PairsEmitter.AddQuery}({CSharp.Literal(pair.Key)}, {CSharp.Literal(pair.Value)});");
        }

        var pairs = new PairsEmitter(writer, spec);
        foreach (var parameter in operation.Parameters.Where(p => p.In != ParameterLocation.Path))
        {
            var add = parameter.In switch
            {
                ParameterLocation.Query => PairsEmitter.AddQuery,
                ParameterLocation.Cookie => "request.AddCookie",
                _ => "request.AddHeader",
            };
            pairs.Emit(add, parameter.Type, parameter.Name, parameter.WireName, parameter.Style, parameter.Explode);
        }

        if (operation.RedirectIsAnswer)
        {
            writer.Line("request.SetRedirectIsAnswer();");
        }

        if (operation.Body is { } body)
        {
            BodyEmitter.Emit(writer, spec, body, pairs);
        }
    }

    private static void EmitOperationDocs(SourceWriter writer, OperationModel operation)
    {
        writer.Doc("summary", operation.Summary ?? $"{operation.HttpMethod} {operation.PathTemplate}");
        if (operation.Description is not null)
        {
            writer.Doc("remarks", operation.Description);
        }

        foreach (var parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            ParameterDoc(writer, parameter);
        }

        BodyEmitter.EmitDocs(writer, operation, required: true);
        foreach (var parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            ParameterDoc(writer, parameter);
        }

        BodyEmitter.EmitDocs(writer, operation, required: false);

        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        writer.Line(operation.ResponseKind switch
        {
            ResponseKind.Binary => "/// <returns>The open response: read its <c>Content</c>, then dispose it.</returns>",
            ResponseKind.Text => "/// <returns>The success response's text.</returns>",
            _ when operation.Response is null => operation.RedirectIsAnswer
                ? "/// <returns>Completes when the API has answered with success or a redirect (not followed).</returns>"
                : "/// <returns>Completes when the API has answered with success.</returns>",
            _ => ReturnsDoc(operation),
        });
        writer.Line($"/// <exception cref=\"{CSharp.Runtime}.ApiException\">The API answered with a non-success status.</exception>");
        if (operation.Response is not null)
        {
            writer.Line($"/// <exception cref=\"{CSharp.Runtime}.ApiResponseFormatException\">The success body does not match the spec.</exception>");
        }
    }

    private static void ParameterDoc(SourceWriter writer, ParameterModel parameter)
    {
        var where = parameter.In switch
        {
            ParameterLocation.Path => "path",
            ParameterLocation.Query => "query",
            ParameterLocation.Cookie => "cookie",
            _ => "header",
        };
        var name = parameter.Name.TrimStart('@');
        if (parameter.Description is null)
        {
            writer.Line($"/// <param name=\"{name}\">The <c>{CSharp.EscapeXml(parameter.WireName)}</c> {where} parameter.</param>");
        }
        else
        {
            writer.Doc("param", parameter.Description, $" name=\"{name}\"");
        }
    }

    private static string HttpMethodProperty(string method) => method switch
    {
        "GET" => "Get",
        "PUT" => "Put",
        "POST" => "Post",
        "DELETE" => "Delete",
        "OPTIONS" => "Options",
        "HEAD" => "Head",
        "PATCH" => "Patch",
        _ => "Trace",
    };

    /// <summary>
    /// One path parameter's text: each value escaped on its own (a list's separators stay separators), after the
    /// style's prefix: <c>simple</c> <c>a,b</c>; <c>label</c> <c>.a,b</c> (exploded <c>.a.b</c>); <c>matrix</c>
    /// <c>;name=a,b</c> (exploded <c>;name=a;name=b</c>).
    /// </summary>
    private static string PathValue(ApiSpec spec, ParameterModel parameter)
    {
        // The caller's parameter is named when a value cannot be one segment ('', '.', '..').
        var named = ", " + CSharp.Literal(parameter.Name.TrimStart('@')) + ")";
        var escape = $"{CSharp.Runtime}.ApiRequest.EscapePath(";
        if (parameter.Style == ValueStyle.Json)
        {
            return $"{escape}({PairsEmitter.ContentJsonText(parameter.Type, parameter.Name, spec)})!{named}"; // 'content' of a JSON media type
        }

        var assign = ";" + System.Uri.EscapeDataString(parameter.WireName) + "=";
        var (prefix, separator) = parameter.Style switch
        {
            ValueStyle.Matrix => (assign, parameter.Explode ? assign : ","),
            ValueStyle.Label => (".", parameter.Explode ? "." : ","),
            _ => (string.Empty, ","),
        };
        const string item = Naming.ReservedNames.TemporaryPrefix + "x";
        // A list, or a union that may hold one: the items and each one's text, escaped one by one.
        var (items, itemText) = parameter.Type.Kind == TypeKind.Array
            ? (parameter.Name, PairsEmitter.ScalarText(parameter.Type.Element!, item, spec) + "!")
            : ScalarUnions.MayHoldList(parameter.Type, spec.Unions)
                ? ($"{CSharp.Runtime}.ApiFormat.FormatUnionValues({parameter.Name}, {CSharp.ConverterInstance(parameter.Type.WithNullable(false), spec)})!", item)
                : (null, null);
        var value = items is not null
            ? $"string.Join({CSharp.Literal(separator)}, global::System.Linq.Enumerable.Select({items}, static {item} => {escape}{itemText}{named}))"
            : escape + (parameter.Type.Kind == TypeKind.String ? parameter.Name : PairsEmitter.ScalarText(parameter.Type, parameter.Name, spec) + "!") + named;
        return prefix.Length == 0 ? value : CSharp.Literal(prefix) + " + " + value;
    }

    /// <summary>
    /// The request path as a concatenation of literals and escaped parameter values: the path key without a query or
    /// fragment written in it (<see cref="PathTemplate.RequestPath"/>; the query's pairs are added as parameters).
    /// </summary>
    private static string PathExpression(ApiSpec spec, OperationModel operation)
    {
        var parts = new List<string>();
        var last = 0;
        var template = PathTemplate.RequestPath(operation.PathTemplate);
        foreach (var match in PathTemplate.Placeholders(template))
        {
            if (match.Index > last)
            {
                parts.Add(CSharp.Literal(template.Substring(last, match.Index - last)));
            }

            var parameter = operation.Parameters.First(p => p.In == ParameterLocation.Path && p.WireName == match.Name);
            parts.Add(PathValue(spec, parameter));
            last = match.Index + match.Length;
        }

        if (last < template.Length)
        {
            parts.Add(CSharp.Literal(template.Substring(last)));
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }
}
