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
/// <param name="SecuritySchemes">The names of the schemes this operation sends.</param>
/// <param name="IsDeprecated">Whether the spec marks it deprecated.</param>
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
    EquatableArray<string> SecuritySchemes,
    bool IsDeprecated);

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
