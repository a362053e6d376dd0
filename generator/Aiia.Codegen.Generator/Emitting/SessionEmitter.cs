using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits the session glue of <c>x-aiia-session-renewal</c>: <c>{Client}SessionRenewer</c>, the runtime's
/// <c>ISessionRenewer</c> over the renewal operation, with <c>ToSessionGrant</c> turning a response of the renewal or of
/// a session start (<c>x-aiia-session-start</c>) into the tokens a session store keeps: <c>{Client}.Sessions.g.cs</c>.
/// </summary>
internal static class SessionEmitter
{
    private const string Grant = CSharp.Runtime + ".SessionGrant";
    private const string Values = "global::System.Collections.Generic.IReadOnlyDictionary<string, string>";

    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        var session = spec.SessionRenewal!;
        // The operation the extension is on: another one may take and answer the same types (a login before the renewal).
        var renewal = spec.Operations.First(o => o.PathTemplate == session.OperationPath && o.HttpMethod == session.OperationMethod);
        var client = CSharp.Qualified(spec.ClientName, spec.Namespace);
        var response = CSharp.Qualified(session.ResponseType, spec.Namespace);
        var starts = string.Concat(session.StartOperations.Select(name => $"<c>{name}Async</c> or "));

        writer.Line($"/// <summary>Renews sessions of <see cref=\"{client}\"/> with <c>{renewal.MethodName}Async</c>, for a session keeper: sends the stored");
        writer.Line("/// login token once (never retried) and returns the new tokens, whose login token replaces the stored one.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"{spec.Accessibility} sealed class {session.RenewerName} : {CSharp.Runtime}.ISessionRenewer");
        writer.Line($"private readonly {client} _client;");
        writer.Line();
        writer.Doc("summary", "Creates a renewer sending through the client.");
        writer.Doc("param", "The client; its retries, limits and logging apply.", " name=\"client\"");
        writer.Open($"public {session.RenewerName}({client} client)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(client);");
        writer.Line("_client = client;");
        writer.Close();
        writer.Line();

        writer.Line("/// <inheritdoc />");
        writer.Open($"public async global::System.Threading.Tasks.ValueTask<{Grant}> RenewAsync(string loginToken, {Values} renewalValues, global::System.Threading.CancellationToken cancellationToken)");
        writer.Line("global::System.ArgumentException.ThrowIfNullOrEmpty(loginToken);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(renewalValues);");
        writer.Line($"var body = new {CSharp.Qualified(session.BodyType, spec.Namespace)}");
        writer.Line("{");
        writer.Indent();
        foreach (var stored in session.StoredValues)
        {
            writer.Line($"{stored.PropertyName} = {CSharp.Runtime}.SessionRenewal.Require(renewalValues, {CSharp.Literal(stored.WireName)}),");
        }

        writer.Line($"{session.LoginTokenProperty} = loginToken,");
        writer.Outdent();
        writer.Line("};");
        // By name: the operation may have optional parameters after the body.
        writer.Line($"var response = await _client.{renewal.MethodName}Async(body, cancellationToken: cancellationToken).ConfigureAwait(false);");
        if (renewal.ReturnsNullWhenBodiless)
        {
            // A bodiless answer the spec documents carries no tokens: the session cannot go on.
            writer.Open("if (response is null)");
            writer.Line($"throw new global::System.InvalidOperationException({CSharp.Literal($"The session renewal answered without a body ({string.Join(" or ", renewal.BodilessStatuses)}): it carries no tokens.")});");
            writer.Close();
        }

        writer.Line("return CreateGrant(response, renewalValues);");
        writer.Close();
        writer.Line();

        writer.Line($"/// <summary>Turns a response of {starts}<c>{renewal.MethodName}Async</c> into the tokens a session store keeps.</summary>");
        writer.Doc("param", "The response.", " name=\"response\"");
        foreach (var stored in session.StoredValues)
        {
            writer.Line($"/// <param name=\"{stored.ParameterName.TrimStart('@')}\">The <c>{CSharp.EscapeXml(stored.WireName)}</c> the renewal sends, stored with the session in plain text (it must not be a secret).</param>");
        }

        writer.Doc("returns", "The grant.");
        var parameters = string.Concat(session.StoredValues.Select(s => ", string " + s.ParameterName));
        writer.Open($"public static {Grant} ToSessionGrant({response} response{parameters})");
        var pairs = string.Join(", ", session.StoredValues.Select(s => CSharp.Literal(s.WireName) + ", " + s.ParameterName));
        writer.Line($"return CreateGrant(response, {CSharp.Runtime}.SessionRenewal.Values({pairs}));");
        writer.Close();
        writer.Line();

        writer.Open($"private static {Grant} CreateGrant({response} response, {Values} renewalValues)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(response);");
        writer.Line($"return new {Grant}");
        writer.Line("{");
        writer.Indent();
        Assign(writer, "AccessToken", session.AccessToken);
        Assign(writer, "AccessTokenExpires", session.AccessTokenExpires);
        Assign(writer, "LoginToken", session.LoginToken);
        Assign(writer, "LoginTokenExpires", session.LoginTokenExpires);
        Assign(writer, "SupportsUnattended", session.SupportsUnattended);
        Assign(writer, "ProviderId", session.ProviderId);
        Assign(writer, "Label", session.Label);
        Assign(writer, "SubjectId", session.SubjectId);
        writer.Line("RenewalValues = renewalValues,");
        writer.Outdent();
        writer.Line("};");
        writer.Close();
        writer.Close();
    }

    private static void Assign(SourceWriter writer, string member, ResponsePathModel? path)
    {
        if (path is not null)
        {
            writer.Line($"{member} = response.{path.Access}, // {path.WirePath}");
        }
    }
}
