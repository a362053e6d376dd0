using System;
using System.Collections.Generic;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The one list of names generated code already uses, by scope. A spec name that lands on one of them steps aside
/// (members get <c>Value</c> appended, the long-standing rule); C# keywords are escaped by
/// <see cref="Identifiers.EscapeKeyword"/> where a camel-case name could be one.
/// </summary>
internal static class ReservedNames
{
    /// <summary>
    /// The namespaces generated code names with <c>global::</c> (kept complete by a test over generated code), and the
    /// ones every project using the runtime references beside them (its dependencies': a type
    /// <c>Microsoft.Extensions.Options</c> would conflict with that namespace, CS0437). A generated type whose full name
    /// is a prefix of one (the type <c>Runtime</c> in the namespace <c>Aiia.Codegen</c>) would hide it from every such
    /// name, so the pass claims those names first; the generated namespace itself may not be one of them.
    /// </summary>
    public static readonly string[] ReferencedNamespaces =
    {
        "Aiia.Codegen.Runtime", "Microsoft.Extensions.DependencyInjection", "System", "System.CodeDom.Compiler",
        "System.Collections.Generic", "System.Diagnostics.CodeAnalysis", "System.IO", "System.Linq", "System.Net.Http",
        "System.Runtime.Versioning", "System.Text", "System.Text.Json", "System.Text.Json.Serialization", "System.Threading",
        "System.Threading.Tasks",
        "Microsoft.Extensions.Http", "Microsoft.Extensions.Logging", "Microsoft.Extensions.Options",
        "Microsoft.Extensions.Primitives", "Microsoft.Extensions.Diagnostics", "Microsoft.Win32", "Microsoft.CSharp",
        "Microsoft.VisualBasic", "Polly",
    };

    /// <summary>
    /// The names a type in <paramref name="generatedNamespace"/> may not have because they begin a referenced namespace
    /// (<c>Aiia.Codegen</c>: <c>Runtime</c>), each with the first such namespace, in a fixed order.
    /// </summary>
    public static IEnumerable<(string Name, string Namespace)> NamespaceSegmentsUnder(string generatedNamespace)
    {
        var prefix = generatedNamespace + ".";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var referenced in ReferencedNamespaces)
        {
            if (referenced.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = referenced.Substring(prefix.Length);
                var dot = rest.IndexOf('.');
                var name = dot < 0 ? rest : rest.Substring(0, dot);
                if (seen.Add(name))
                {
                    yield return (name, referenced);
                }
            }
        }
    }

    /// <summary>Members every class and struct inherits from <see cref="object"/>.</summary>
    private static readonly string[] ObjectMembers =
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    /// <summary>
    /// Members of every generated record: a property of such a name would clash with or hide it (and C# forbids a
    /// member named <c>Clone</c> in any record, CS8859).
    /// </summary>
    public static readonly HashSet<string> RecordMembers = With(ObjectMembers, "EqualityContract", "PrintMembers", "Deconstruct", "Clone");

    /// <summary>
    /// Members of every generated enum struct (a record struct: the compiler adds <c>PrintMembers</c>, and forbids a
    /// member named <c>Clone</c> there too, CS8859): a documented value of such a name (or of the struct's or its
    /// companion enum's name) gets <c>Value</c> appended.
    /// </summary>
    public static readonly HashSet<string> EnumStructMembers = With(ObjectMembers, "Kind", "ToWireValue", "PrintMembers", "Clone");

    /// <summary>
    /// Members of every generated union class: an alternative's accessor of such a name gets <c>Value</c> appended.
    /// </summary>
    public static readonly HashSet<string> UnionMembers = With(ObjectMembers, "Match", "Switch", "Index");

    /// <summary>
    /// Members the client options (an <c>ApiClientOptions</c> of the runtime) already have: a security scheme's property
    /// of such a name would clash with or hide them.
    /// </summary>
    public static readonly HashSet<string> ClientOptionsMembers = With(
        ObjectMembers,
        "BaseAddress", "AllowInsecureHttp", "LoggerFactory", "TimeProvider", "Polling", "MaxRetries", "RetryDelay",
        "MaxRetryDelay", "AttemptTimeout", "MaxResponseBytes", "MaxErrorResponseBytes", "MaxRedirects", "Validate",
        "ThrowIfInvalid", "TokenSource");

    /// <summary>
    /// Parameters and locals every generated client method has (its body, its cancellation token, the request it builds,
    /// the loop variable and the present value of an optional body), and <c>nameof</c>, which the method body once used
    /// (<c>ThrowIfDefault(status, nameof(status))</c>, now the name as a literal, which a namespace segment <c>nameof</c>
    /// cannot take over either) and a parameter of that name took over (CS0149), kept so such parameters keep their
    /// names: a spec parameter of such a name gets <see cref="ParameterSuffix"/> appended, a form field <c>Field</c>.
    /// </summary>
    public static readonly string[] MethodOwnNames = { "body", "cancellationToken", "request", "item", "present", "nameof" };

    /// <summary>What a spec parameter named like one of <see cref="MethodOwnNames"/> gets appended.</summary>
    public const string ParameterSuffix = "Parameter";

    /// <summary>What a form field named like one of <see cref="MethodOwnNames"/> or like a parameter gets appended.</summary>
    public const string FieldSuffix = "Field";

    /// <summary>
    /// The prefix of the temporaries generated code declares inside a method (<c>__a1</c>, the lambda parameter
    /// <c>__x</c>; see <c>Emitting/PairsEmitter.cs</c>). No allocated name starts with it: every parameter, field and
    /// local is a camel-case name (<see cref="Identifiers.ToCamelCase"/>), which starts with a letter, <c>@</c> or one
    /// underscore before a digit (<c>_2fa</c>), or a name of this list; so temporaries need no claim of their own.
    /// </summary>
    public const string TemporaryPrefix = "__";

    /// <summary>
    /// Members every generated client has, besides its operations' methods: claimed first in the client's scope, so a
    /// method, waiter or helper never takes one.
    /// </summary>
    public static readonly HashSet<string> ClientMembers = With(
        ObjectMembers, "_transport", "_options", "DocumentedErrorCodes", "CodeLifetime", "ObtainCode", "ParseRedirect");

    /// <summary>Whether every generated type of <paramref name="kind"/> has a member <paramref name="name"/>, so no such type may have that name.</summary>
    public static bool IsMemberOf(Aiia.Codegen.Model.TypeKind kind, string name, bool isUnion = false) =>
        kind == Aiia.Codegen.Model.TypeKind.Enum ? EnumStructMembers.Contains(name) : RecordMembers.Contains(name) || (isUnion && UnionMembers.Contains(name));

    /// <summary>What a record or enum named like one of its own members gets appended (<c>ToString</c> → <c>ToStringModel</c>).</summary>
    public const string TypeSuffix = "Model";

    /// <summary>What a member that lands on a reserved name, or on its type's name, gets appended.</summary>
    public const string MemberSuffix = "Value";

    /// <summary>The C# name of a property whose wire name has no letter or digit (e.g. the empty name).</summary>
    public const string NamelessProperty = "Property";

    /// <summary>The C# name of an operation parameter whose name has no letter or digit.</summary>
    public const string NamelessParameter = "parameter";

    /// <summary>The C# name of a path placeholder without a parameter whose name has no letter or digit.</summary>
    public const string NamelessPlaceholder = "pathParameter";

    /// <summary>What stands for a security scheme's name that has no letter or digit (its options property, its credentials helper).</summary>
    public const string NamelessScheme = "Credential";

    /// <summary>The C# name of a component schema whose name has no letter or digit.</summary>
    public const string NamelessSchema = "Schema";

    private static HashSet<string> With(string[] common, params string[] more)
    {
        var set = new HashSet<string>(common, StringComparer.Ordinal);
        set.UnionWith(more);
        return set;
    }
}
