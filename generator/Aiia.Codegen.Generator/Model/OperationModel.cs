namespace Aiia.Codegen.Model;

/// <summary>One client method.</summary>
/// <param name="MethodName">The C# name without the <c>Async</c> suffix.</param>
/// <param name="OperationId">The spec's operationId, or the derived one.</param>
/// <param name="HttpMethod">Upper-case HTTP method.</param>
/// <param name="PathTemplate">The path with <c>{name}</c> placeholders.</param>
/// <param name="Summary">The spec's summary.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="Parameters">Path, query and header parameters in signature order.</param>
/// <param name="Body">The JSON request body, if any.</param>
/// <param name="Response">The success response's body type, or null when it has none.</param>
/// <param name="Security">The alternatives of the operation's security (its own <c>security</c>, else the document's):
/// the first one whose credentials are all configured is sent; empty requirements are left out (none configured
/// sends nothing).</param>
/// <param name="IsDeprecated">Whether the spec marks it deprecated.</param>
/// <param name="Polling">The waiter declared by <c>x-aiia-polling</c>, if any.</param>
/// <param name="CodeExchange">The single-use code declared by <c>x-aiia-code-exchange</c>, if any.</param>
public sealed record OperationModel(
    string MethodName,
    string OperationId,
    string HttpMethod,
    string PathTemplate,
    string? Summary,
    string? Description,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    TypeRef? Response,
    EquatableArray<SecurityRequirementModel> Security,
    bool IsDeprecated,
    PollingModel? Polling = null,
    CodeExchangeModel? CodeExchange = null);

/// <summary>
/// A long-poll waiter (<c>x-aiia-polling</c>): which query parameter is the server's hold time, which response
/// property is the state, and which states end the wait.
/// </summary>
/// <param name="WaiterName">The waiter's name without <c>Async</c>, e.g. <c>WaitForAuthenticationStatus</c>.</param>
/// <param name="TimeoutParameter">The C# name of the long-poll parameter.</param>
/// <param name="StateProperty">The C# name of the state property of the response.</param>
/// <param name="StateType">The state's type (an enum or a string).</param>
/// <param name="TerminalValues">Enum member names, or wire strings when the state is a string.</param>
public sealed record PollingModel(string WaiterName, string TimeoutParameter, string StateProperty, TypeRef StateType, EquatableArray<string> TerminalValues);

/// <summary>
/// A code exchange (<c>x-aiia-code-exchange</c>): the request body property that carries a single-use code, how
/// long a code lives, and the redirect's query parameters.
/// </summary>
public sealed record CodeExchangeModel(string CodeProperty, int LifetimeSeconds, string RedirectCodeParameter, string RedirectErrorParameter);

/// <summary>A path, query or header parameter.</summary>
/// <param name="Name">The C# parameter name (camelCase, escaped).</param>
/// <param name="WireName">The name on the wire.</param>
/// <param name="In">Where it travels.</param>
/// <param name="Type">The C# type.</param>
/// <param name="IsRequired">Required parameters come first and have no default.</param>
/// <param name="Description">The spec's description.</param>
public sealed record ParameterModel(string Name, string WireName, ParameterLocation In, TypeRef Type, bool IsRequired, string? Description);

/// <summary>A JSON request body.</summary>
public sealed record RequestBodyModel(string Name, TypeRef Type, bool IsRequired, string? Description);
