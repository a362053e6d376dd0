namespace Aiia.Codegen.Model;

/// <summary>One client method.</summary>
/// <param name="MethodName">The C# name without the <c>Async</c> suffix. As read, only a suggestion (the operationId in
/// PascalCase, else derived from the method and path; inline types of the operation are named after it); the naming
/// pass (<see cref="Naming.ClientNaming"/>) makes it unique in the client.</param>
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
/// <param name="ResponseKind">How the success body is read: JSON into <see cref="Response"/>, text, or a stream.</param>
/// <param name="RedirectIsAnswer">Whether the operation documents only 3xx answers: one is returned, never followed.</param>
/// <param name="Names">The names the naming pass gives the code generated for it (see <see cref="Naming.ClientNaming"/>).</param>
/// <param name="BodilessStatuses">The 2xx statuses the spec documents without a body beside the JSON success
/// (Spotify's <c>204</c> "nothing playing" beside <c>200</c>): the method returns null for them.</param>
/// <param name="Accept">The request's <c>Accept</c>: the media types of the documented responses the client can read,
/// comma-separated, or null when they declare none.</param>
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
    CodeExchangeModel? CodeExchange = null,
    ResponseKind ResponseKind = ResponseKind.Json,
    bool RedirectIsAnswer = false,
    OperationNames? Names = null,
    EquatableArray<int> BodilessStatuses = default,
    string? Accept = null)
{
    /// <summary>Whether the method returns null for a <see cref="BodilessStatuses"/> answer. A polled operation keeps
    /// its non-null result: the waiter reads a state from every answer.</summary>
    public bool ReturnsNullWhenBodiless => Polling is null && Response is not null && ResponseKind == ResponseKind.Json && BodilessStatuses.Count > 0;

    /// <summary>The names the naming pass decided; emitters read them here.</summary>
    public OperationNames GeneratedNames => Names ?? throw new System.InvalidOperationException("The naming pass did not run on this operation.");
}

/// <summary>
/// What the naming pass names beside an operation's method: client members (unique in the client class) and the
/// parameters, locals and lambda parameters generated code adds to its methods (unique against the spec's parameters).
/// </summary>
/// <param name="RequestBuilder">The private method that builds a polled operation's request, normally <c>Create{Method}Request</c>.</param>
/// <param name="Credentials">The private method that adds the operation's credentials (one per distinct security), or null when it sends none.</param>
/// <param name="Request">The local holding the request.</param>
/// <param name="WaiterOptions">The waiter's poll-options parameter, normally <c>options</c>.</param>
/// <param name="WaiterProgress">The waiter's progress parameter, normally <c>progress</c>.</param>
/// <param name="PollSeconds">The lambda parameter of the long-poll window.</param>
/// <param name="Response">The lambda parameter of a polled response.</param>
/// <param name="State">The lambda parameter of a polled state.</param>
public sealed record OperationNames(
    string RequestBuilder,
    string? Credentials,
    string Request,
    string WaiterOptions,
    string WaiterProgress,
    string PollSeconds,
    string Response,
    string State);

/// <summary>How a success body is read.</summary>
public enum ResponseKind
{
    /// <summary>JSON into <see cref="OperationModel.Response"/>, or nothing when it is null.</summary>
    Json,
    /// <summary>A string (<c>text/*</c>, <c>application/jwt</c>).</summary>
    Text,
    /// <summary>An open stream (<c>ApiBinaryResponse</c>): any other media type.</summary>
    Binary,
}

/// <summary>
/// A long-poll waiter (<c>x-aiia-polling</c>): which query parameter is the server's hold time, which response
/// property is the state, and which states end the wait.
/// </summary>
/// <param name="WaiterName">The waiter's name without <c>Async</c>, e.g. <c>WaitForAuthenticationStatus</c>, given by
/// the naming pass (empty as read).</param>
/// <param name="TimeoutParameter">The C# name of the long-poll parameter (as read, its wire name; the naming pass gives the C# one).</param>
/// <param name="StateProperty">The C# name of the state property of the response (as read, its wire name; the naming
/// pass gives the C# one).</param>
/// <param name="StateType">The state's type (an enum or a string); nullable when the property is (deprecated, or
/// nullable in the spec), and then a missing state is not terminal.</param>
/// <param name="TerminalValues">Enum member names, or wire strings when the state is a string (as read, wire strings;
/// the naming pass gives an enum's member names).</param>
public sealed record PollingModel(string WaiterName, string TimeoutParameter, string StateProperty, TypeRef StateType, EquatableArray<string> TerminalValues);

/// <summary>
/// A code exchange (<c>x-aiia-code-exchange</c>): the request body property that carries a single-use code, how
/// long a code lives, and the redirect's query parameters. <c>CodeProperty</c> is the C# name of that property (as
/// read, its wire name; the naming pass gives the C# one).
/// </summary>
public sealed record CodeExchangeModel(string CodeProperty, int LifetimeSeconds, string RedirectCodeParameter, string RedirectErrorParameter);

/// <summary>A path, query or header parameter.</summary>
/// <param name="Name">The C# parameter name (camelCase, escaped), given by the naming pass (<see cref="Naming.ClientNaming"/>);
/// empty as read.</param>
/// <param name="WireName">The name on the wire.</param>
/// <param name="In">Where it travels.</param>
/// <param name="Type">The C# type.</param>
/// <param name="IsRequired">Required parameters come first and have no default.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="Style">How a list or object value is spelled (OpenAPI <c>style</c>).</param>
/// <param name="Explode">Whether list items and object properties become pairs of their own (OpenAPI <c>explode</c>).</param>
/// <param name="IsPlaceholder">Whether no parameter describes it: a path placeholder taken as a required string.</param>
/// <param name="GivenName">The name the spec gives it (<c>x-aiia-name</c>), which the naming pass derives its C# name
/// from instead of the wire name; null when none is given.</param>
public sealed record ParameterModel(string Name, string WireName, ParameterLocation In, TypeRef Type, bool IsRequired, string? Description, ValueStyle Style = ValueStyle.Form, bool Explode = true, bool IsPlaceholder = false, string? GivenName = null)
{
    /// <summary>What tells it apart among its operation's parameters: the location and the wire name, without case for a
    /// header (HTTP header names are case-insensitive: an operation's <c>x-request-id</c> overrides its path's
    /// <c>X-Request-ID</c> instead of sending the header twice).</summary>
    public string Key => In == ParameterLocation.Header ? In + ":" + WireName.ToLowerInvariant() : In + ":" + WireName;
}

/// <summary>How a list or an object becomes name/value pairs in a query or a form (OpenAPI <c>style</c>).</summary>
public enum ValueStyle
{
    /// <summary><c>form</c>: exploded, each item or property is a pair of its own; else <c>name=a,b</c> or <c>name=k,v,k,v</c>.</summary>
    Form,
    /// <summary><c>deepObject</c>: <c>name[property]=value</c>.</summary>
    DeepObject,
    /// <summary><c>spaceDelimited</c>: a list as <c>name=a%20b</c> when not exploded.</summary>
    SpaceDelimited,
    /// <summary><c>pipeDelimited</c>: a list as <c>name=a|b</c> when not exploded.</summary>
    PipeDelimited,
    /// <summary><c>matrix</c> (path): <c>;name=a,b</c>, exploded <c>;name=a;name=b</c>.</summary>
    Matrix,
    /// <summary><c>label</c> (path): <c>.a,b</c>, exploded <c>.a.b</c>.</summary>
    Label,
    /// <summary>Described by <c>content</c> of a JSON media type rather than a style: the value's JSON text.</summary>
    Json,
}

/// <summary>What a request body is sent as.</summary>
public enum BodyKind
{
    /// <summary>JSON written by the type's converter.</summary>
    Json,
    /// <summary><c>application/x-www-form-urlencoded</c> of <see cref="RequestBodyModel.Fields"/>.</summary>
    Form,
    /// <summary><c>multipart/form-data</c> of <see cref="RequestBodyModel.Fields"/>.</summary>
    Multipart,
    /// <summary>A <c>Stream</c> sent as is.</summary>
    Binary,
    /// <summary>A string sent as UTF-8 text.</summary>
    Text,
}

/// <summary>A request body.</summary>
/// <param name="Name">The C# parameter name of a JSON, binary or text body.</param>
/// <param name="Type">The C# type of a JSON body (<c>string</c> for text; unused for the others).</param>
/// <param name="IsRequired">Whether the spec requires it.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="Kind">What it is sent as.</param>
/// <param name="MediaType">The media type sent (a concrete one; a wildcard becomes <c>application/octet-stream</c>).</param>
/// <param name="Fields">The fields of a form or multipart body, which are method parameters of their own.</param>
public sealed record RequestBodyModel(string Name, TypeRef Type, bool IsRequired, string? Description, BodyKind Kind = BodyKind.Json, string MediaType = "application/json", EquatableArray<BodyFieldModel> Fields = default);

/// <summary>A field of a form or multipart body: a method parameter of its own.</summary>
/// <param name="Name">The C# parameter name, given by the naming pass (<see cref="Naming.ClientNaming"/>); empty as read.</param>
/// <param name="WireName">The field name on the wire.</param>
/// <param name="Type">The C# type (ignored for a file).</param>
/// <param name="IsRequired">Whether the body schema lists it under <c>required</c>.</param>
/// <param name="File">0: not a file; 1: one file (<c>ApiFile</c>); 2: a list of files.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="Style">The encoding's <c>style</c>.</param>
/// <param name="Explode">The encoding's <c>explode</c>.</param>
/// <param name="GivenName">The name the spec gives its property (<c>x-aiia-name</c>), which the naming pass derives its
/// C# name from instead of the wire name; null when none is given.</param>
public sealed record BodyFieldModel(string Name, string WireName, TypeRef Type, bool IsRequired, int File, string? Description, ValueStyle Style = ValueStyle.Form, bool Explode = true, string? GivenName = null)
{
    /// <summary>What tells it apart among its operation's parameters and fields: <c>field:</c> and the wire name.</summary>
    public string Key => "field:" + WireName;

    /// <summary>Whether a multipart body sends it as one <c>application/json</c> part: an object, a map, free-form
    /// JSON, or a list of anything but primitives and enums (those are a part per item).</summary>
    public bool IsJsonPart => File == 0 && (Type.Kind is TypeKind.Object or TypeKind.Map or TypeKind.Any
        || (Type.Kind == TypeKind.Array && (Type.Element!.IsCollection || Type.Element.Kind is TypeKind.Object or TypeKind.Any)));
}
