using System.Collections.Generic;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The client class's part of the naming pass. Two kinds of scope:
/// <list type="bullet">
/// <item>the client's members, claimed in this order: the members every client has (<see cref="ReservedNames.ClientMembers"/>
/// and the class's own name), each operation's method in document order (<c>getPet</c> after <c>GetPet</c> →
/// <c>GetPet2Async</c>), each waiter (<c>WaitFor…Async</c>), each credentials helper (<c>Authorize</c>, one per
/// distinct security, see <see cref="NameCredentials"/>) and each polled operation's request builder
/// (<c>Create…Request</c>); so the spec's
/// operations win over what is derived from them;</item>
/// <item>per method, first the spec's parameters and form fields (<see cref="ParameterNaming"/>: unique, stepping aside
/// from <see cref="ReservedNames.MethodOwnNames"/>), then the names generated code adds beside them: the waiter's
/// <c>options</c> and <c>progress</c> and the lambda parameters <c>pollSeconds</c>, <c>response</c>, <c>state</c>,
/// each numbered when a spec parameter has it. Temporaries start with <see cref="ReservedNames.TemporaryPrefix"/>,
/// which no allocated name does.</item>
/// </list>
/// A public name that changes (a method, a waiter, a parameter, a waiter's parameter) is returned, to be reported as AIIA0014.
/// </summary>
internal static class ClientNaming
{
    private const string AsyncSuffix = "Async";

    /// <summary>Names the client's members and each method's own names.</summary>
    /// <param name="spec">The model as read (method and waiter names are the ones their patterns give).</param>
    /// <param name="changes">Receives each public name that differs from its pattern.</param>
    /// <param name="credentials">Receives the credentials helpers, one per distinct security that sends any.</param>
    /// <returns>The model with every operation named, and the session's operations renamed with them.</returns>
    public static ApiSpec Run(ApiSpec spec, List<NameChange> changes, List<CredentialsName> credentials)
    {
        var members = new NameAllocator();
        members.Claim(spec.ClientName, "the client class");
        foreach (var member in ReservedNames.ClientMembers)
        {
            members.Claim(member, "a member of every client");
        }

        string ClaimStem(string stem, string suffix, string owner, int operation, NameOrigin origin)
        {
            var claim = members.ClaimStem(stem, suffix, owner);
            if (claim.Changed)
            {
                changes.Add(new NameChange(owner, null, operation, claim.Desired, claim.Name, claim.TakenBy!, origin, AtOperationId: true));
            }

            return claim.Name.Substring(0, claim.Name.Length - suffix.Length);
        }

        var operations = new List<OperationModel>(spec.Operations.Count);
        var renamed = new Dictionary<string, string>(System.StringComparer.Ordinal); // operation key → its method
        for (var i = 0; i < spec.Operations.Count; i++)
        {
            var operation = ParameterNaming.Run(spec.Operations[i], i, changes);
            var name = ClaimStem(Stem(operation.MethodName), AsyncSuffix, $"the operation '{operation.OperationId}'", i, NameOrigin.Operation);
            renamed[OperationKey(operation)] = name;
            operations.Add(operation with { MethodName = name });
        }

        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Polling is { } polling)
            {
                var waiter = ClaimStem(WaiterStem(Stem(spec.Operations[i].MethodName)), AsyncSuffix, $"the waiter of the operation '{operations[i].OperationId}'", i, NameOrigin.Derived);
                operations[i] = operations[i] with { Polling = polling with { WaiterName = waiter } };
            }
        }

        NameCredentials(operations, members, credentials);
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            var builder = operation.Polling is null
                ? string.Empty
                : members.Claim("Create" + operation.MethodName + "Request", $"the request builder of the operation '{operation.OperationId}'").Name;
            operations[i] = operation with { Names = MethodNames(operation, builder, CredentialsOf(operation, credentials), changes, i) };
        }

        var session = spec.SessionRenewal is { } renewal
            ? renewal with { StartOperations = Renamed(renewal.StartOperations, renamed) }
            : null;
        return spec with { Operations = operations.ToEquatableArray(), SessionRenewal = session };
    }

    /// <summary>
    /// What tells an operation apart before its method is named: its HTTP method and path (two operations may read the
    /// same method name, <c>startSession</c> and <c>StartSession</c>, and only one of them start a session).
    /// </summary>
    public static string OperationKey(OperationModel operation) => operation.HttpMethod + " " + operation.PathTemplate;

    /// <summary>
    /// A method's name as read, fitted like a name from the spec (<see cref="Identifiers.MaxIdentifierBytes"/>): an
    /// <c>operationId</c> is fitted by <see cref="Identifiers.ToPascalCase"/>, but a name derived from a path
    /// (<c>GetPetsByPetIdPhotos</c>) joins its segments, each fitted alone, so a path of long segments spelled one longer
    /// than the 1,023 UTF-8 bytes metadata allows a name (CS7013), with the waiter's and request builder's after it.
    /// </summary>
    private static string Stem(string methodName) => TypeNaming.Fitting(methodName, Identifiers.MaxIdentifierBytes);

    /// <summary>The waiter of an operation: <c>WaitFor</c> and the method's name without a leading <c>Get</c>
    /// (<c>GetAuthenticationStatus</c> → <c>WaitForAuthenticationStatus</c>).</summary>
    private static string WaiterStem(string methodName) =>
        "WaitFor" + (methodName.StartsWith("Get", System.StringComparison.Ordinal) && methodName.Length > 3 ? methodName.Substring(3) : methodName);

    /// <summary>
    /// The helpers that add credentials, one per distinct security that sends any, in operation order: <c>Authorize</c>
    /// when there is one, else named after their schemes (<c>AuthorizeKeyAndSecretOrBasic</c>: alternatives joined by
    /// <c>Or</c>, a requirement's schemes by <c>And</c>; one longer than <see cref="Identifiers.MaxIdentifierBytes"/> keeps
    /// its longest prefix that fits, with a hash of the whole after it).
    /// </summary>
    private static void NameCredentials(IEnumerable<OperationModel> operations, NameAllocator members, List<CredentialsName> credentials)
    {
        var securities = new List<EquatableArray<SecurityRequirementModel>>();
        foreach (var operation in operations)
        {
            if (Sends(operation.Security) && !securities.Contains(operation.Security))
            {
                securities.Add(operation.Security);
            }
        }

        foreach (var security in securities)
        {
            // Fitted like a name from the spec: two long scheme names would spell more than metadata's 1,023 bytes.
            var desired = securities.Count == 1 ? CredentialsPrefix : TypeNaming.Fitting(CredentialsPrefix + SchemesName(security), Identifiers.MaxIdentifierBytes);
            credentials.Add(new CredentialsName(security, members.Claim(desired, "a credentials helper").Name));
        }
    }

    private const string CredentialsPrefix = "Authorize";

    private static bool Sends(EquatableArray<SecurityRequirementModel> security)
    {
        foreach (var requirement in security)
        {
            if (requirement.Schemes.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string SchemesName(EquatableArray<SecurityRequirementModel> security)
    {
        var alternatives = new List<string>();
        foreach (var requirement in security)
        {
            var schemes = new List<string>();
            foreach (var use in requirement.Schemes)
            {
                var name = Identifiers.ToPascalCase(use.SchemeName);
                schemes.Add(name.Length == 0 ? ReservedNames.NamelessScheme : name);
            }

            if (schemes.Count > 0)
            {
                alternatives.Add(string.Join("And", schemes));
            }
        }

        return string.Join("Or", alternatives);
    }

    /// <summary>The helper that adds the operation's credentials, or null when it sends none.</summary>
    private static string? CredentialsOf(OperationModel operation, List<CredentialsName> credentials)
    {
        foreach (var helper in credentials)
        {
            if (helper.Security.Equals(operation.Security))
            {
                return helper.Name;
            }
        }

        return null;
    }

    /// <summary>The method's own names, unique against its spec parameters (claimed first).</summary>
    private static OperationNames MethodNames(OperationModel operation, string builder, string? credentials, List<NameChange> changes, int index)
    {
        var locals = new NameAllocator();
        foreach (var parameter in operation.Parameters)
        {
            locals.Claim(parameter.Name, $"the parameter '{parameter.WireName}'");
        }

        if (operation.Body is { } body)
        {
            locals.Claim(body.Name, "the body");
            foreach (var field in body.Fields)
            {
                locals.Claim(field.Name, $"the field '{field.WireName}'");
            }
        }

        foreach (var own in ReservedNames.MethodOwnNames)
        {
            locals.Claim(own, "generated code");
        }

        string Public(string desired, string owner)
        {
            var claim = locals.Claim(desired, owner);
            if (claim.Changed && operation.Polling is not null)
            {
                changes.Add(new NameChange(owner, null, index, claim.Desired, claim.Name, claim.TakenBy!, NameOrigin.Derived, AtOperationId: true));
            }

            return claim.Name;
        }

        var options = Public("options", $"the options parameter of the waiter of '{operation.OperationId}'");
        var progress = Public("progress", $"the progress parameter of the waiter of '{operation.OperationId}'");
        return new OperationNames(
            builder,
            credentials,
            "request",
            options,
            progress,
            locals.Claim("pollSeconds", "a lambda parameter").Name,
            locals.Claim("response", "a lambda parameter").Name,
            locals.Claim("state", "a lambda parameter").Name);
    }

    private static EquatableArray<string> Renamed(EquatableArray<string> names, Dictionary<string, string> renamed)
    {
        var result = new List<string>(names.Count);
        foreach (var name in names)
        {
            result.Add(renamed.TryGetValue(name, out var given) ? given : name);
        }

        return result.ToEquatableArray();
    }
}
