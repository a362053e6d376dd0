namespace Aiia.Codegen.Model;

/// <summary>
/// Session renewal (<c>x-aiia-session-renewal</c> on the operation that trades a login token for new tokens): what
/// the emitted <c>{Client}SessionRenewer</c> sends and where it finds the tokens in the response.
/// </summary>
/// <param name="RenewerName">The renewer class, <c>{Client}SessionRenewer</c> (decided by the naming pass).</param>
/// <param name="BodyType">The request body's record name.</param>
/// <param name="LoginTokenProperty">The C# name of the body property that carries the login token (its wire name as
/// read; the naming pass gives the C# name).</param>
/// <param name="StoredValues">The other body properties, filled from stored values.</param>
/// <param name="ResponseType">The success response's record name.</param>
/// <param name="AccessToken">Where the access token is in the response.</param>
/// <param name="AccessTokenExpires">Where its expiry is.</param>
/// <param name="LoginToken">Where the (new) login token is.</param>
/// <param name="LoginTokenExpires">Where its expiry is.</param>
/// <param name="SupportsUnattended">Where the flag saying the login can be renewed is.</param>
/// <param name="ProviderId">Where the provider id is, if the spec says.</param>
/// <param name="Label">Where the login's label is, if the spec says.</param>
/// <param name="SubjectId">Where the subject id is, if the spec says.</param>
/// <param name="StartOperations">The C# method names of the operations marked <c>x-aiia-session-start</c> (as read, each
/// one's HTTP method and path, <c>POST /login</c>, which the naming pass replaces).</param>
/// <param name="OperationPath">The path template of the operation the extension is on: the one the renewer calls (another
/// operation may take and answer the same types).</param>
/// <param name="OperationMethod">Its HTTP method, upper case.</param>
public sealed record SessionRenewalModel(
    string RenewerName,
    string BodyType,
    string LoginTokenProperty,
    EquatableArray<StoredValueModel> StoredValues,
    string ResponseType,
    ResponsePathModel AccessToken,
    ResponsePathModel AccessTokenExpires,
    ResponsePathModel LoginToken,
    ResponsePathModel LoginTokenExpires,
    ResponsePathModel SupportsUnattended,
    ResponsePathModel? ProviderId,
    ResponsePathModel? Label,
    ResponsePathModel? SubjectId,
    EquatableArray<string> StartOperations,
    string OperationPath = "",
    string OperationMethod = "");

/// <summary>A request property of the renewal filled from a value stored with the session (for Aiia, <c>userHash</c>).</summary>
/// <param name="PropertyName">The C# property of the request body (given by the naming pass; empty as read).</param>
/// <param name="WireName">Its wire name: the key of the stored value.</param>
/// <param name="ParameterName">The C# parameter that takes it when a session starts (given by the naming pass; empty as read).</param>
/// <param name="GivenName">The name the spec gives the property (<c>x-aiia-name</c>), which the parameter is named from
/// instead of the wire name, as the property is; null when none is given.</param>
public sealed record StoredValueModel(string PropertyName, string WireName, string ParameterName, string? GivenName = null);

/// <summary>A property of the response reached through nested records, e.g. <c>session.accessToken</c>.</summary>
/// <param name="WirePath">The path as the spec writes it.</param>
/// <param name="Access">The C# member access from the response, with <c>?.</c> after nullable steps (<c>Login?.Label</c>),
/// given by the naming pass (empty as read).</param>
/// <param name="IsNullable">Whether the value can be null.</param>
public sealed record ResponsePathModel(string WirePath, string Access, bool IsNullable);
