using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits what the security schemes add: the credential properties and checks of the client options, and each
/// operation's credentials. The rule for alternatives: the first one whose credentials are all configured is sent;
/// when none is, nothing is (the server answers 401).
/// </summary>
internal static class SecurityEmitter
{
    private const string TokenSource = "TokenSource";

    /// <summary>Where the options' bearer tokens come from, when the spec has token schemes.</summary>
    public static void EmitOptionsRemarks(SourceWriter writer, ApiSpec spec)
    {
        var names = spec.SecuritySchemes.Where(s => s.UsesTokenSource).Select(s => s.SchemeName).ToList();
        if (names.Count > 0)
        {
            writer.Doc("remarks", $"The bearer tokens of {string.Join(", ", names)} come from {TokenSource}, asked on every request; under dependency injection, from the container's IApiTokenSource when it is not set.");
        }
    }

    /// <summary>The options properties of the API keys and basic credentials.</summary>
    public static void EmitOptionsProperties(SourceWriter writer, ApiSpec spec)
    {
        foreach (var scheme in spec.SecuritySchemes)
        {
            var need = scheme.IsRequired ? "required" : "optional: when it is not set, an operation sends another alternative of its security that is configured, or none";
            switch (scheme.Kind)
            {
                case SecuritySchemeKind.ApiKey:
                    writer.Doc("summary", (scheme.Description ?? $"The {scheme.SchemeName} credential.") + $" Sent as {Where(scheme)}; {need}.");
                    writer.Line($"public string? {scheme.PropertyName} {{ get; set; }}");
                    writer.Line();
                    break;
                case SecuritySchemeKind.Basic:
                    writer.Doc("summary", (scheme.Description ?? $"The {scheme.SchemeName} credential.") + $" The user name of HTTP basic authentication; {need}.");
                    writer.Line($"public string? {scheme.PropertyName} {{ get; set; }}");
                    writer.Line();
                    writer.Doc("summary", $"The password of {scheme.SchemeName} (HTTP basic authentication), sent with {scheme.PropertyName}.");
                    writer.Line($"public string? {scheme.PasswordPropertyName} {{ get; set; }}");
                    writer.Line();
                    break;
            }
        }
    }

    /// <summary>The options' checks of the credentials every call needs.</summary>
    public static void EmitValidation(SourceWriter writer, ApiSpec spec)
    {
        foreach (var scheme in spec.SecuritySchemes.Where(s => s.IsRequired))
        {
            switch (scheme.Kind)
            {
                case SecuritySchemeKind.ApiKey:
                    writer.Line();
                    writer.Open($"if (string.IsNullOrWhiteSpace({scheme.PropertyName}))");
                    writer.Line($"yield return {CSharp.Literal($"{scheme.PropertyName} is required (it is sent as {scheme.ParameterName}). Set it from a secret store or the environment, never from source code.")};");
                    writer.Close();
                    break;
                case SecuritySchemeKind.Basic:
                    writer.Line();
                    writer.Open($"if (string.IsNullOrEmpty({scheme.PropertyName}) || {scheme.PasswordPropertyName} is null)");
                    writer.Line($"yield return {CSharp.Literal($"{scheme.PropertyName} and {scheme.PasswordPropertyName} are required (HTTP basic authentication of {scheme.SchemeName}). Set them from a secret store or the environment, never from source code.")};");
                    writer.Close();
                    break;
            }
        }

        if (spec.SecuritySchemes.FirstOrDefault(s => s.IsRequired && s.UsesTokenSource) is { } token)
        {
            writer.Line();
            writer.Open($"if ({TokenSource} is null)");
            writer.Line($"yield return {CSharp.Literal($"{TokenSource} is required (it supplies the bearer token of {token.SchemeName}). Set it, or register an IApiTokenSource with dependency injection.")};");
            writer.Close();
        }
    }

    /// <summary>The credentials of a security: an <c>if</c> per alternative that needs any, in the spec's order (the first configured one is sent).</summary>
    public static void EmitCredentials(SourceWriter writer, ApiSpec spec, EquatableArray<SecurityRequirementModel> security)
    {
        var first = true;
        foreach (var requirement in security.Where(r => r.Schemes.Count > 0))
        {
            // Parallel lists, not a list of tuples: framework generics over a struct are JIT-compiled at the first
            // generation even in the ReadyToRun copy.
            var uses = new List<SecurityUseModel>();
            var schemes = new List<SecuritySchemeModel>();
            var validated = true;
            var conditions = new List<string>();
            foreach (var use in requirement.Schemes)
            {
                var scheme = spec.SecuritySchemes.First(s => s.SchemeName == use.SchemeName);
                uses.Add(use);
                schemes.Add(scheme);
                // Credentials every call needs are checked by the options' validation: such an alternative is always
                // configured, so it is sent without a test and no later one is reached.
                validated &= scheme.IsRequired;
                var condition = Configured(scheme);
                if (!conditions.Contains(condition))
                {
                    conditions.Add(condition);
                }
            }

            if (!validated)
            {
                writer.Open($"{(first ? "if" : "else if")} ({string.Join(" && ", conditions)})");
            }
            else if (!first)
            {
                writer.Open("else");
            }

            for (var i = 0; i < schemes.Count; i++)
            {
                writer.Line(Send(schemes[i], uses[i]));
            }

            if (!validated || !first)
            {
                writer.Close();
            }

            if (validated)
            {
                return;
            }

            first = false;
        }
    }

    private static string Configured(SecuritySchemeModel scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKey => $"!string.IsNullOrEmpty(_options.{scheme.PropertyName})",
        SecuritySchemeKind.Basic => $"!string.IsNullOrEmpty(_options.{scheme.PropertyName}) && _options.{scheme.PasswordPropertyName} is not null",
        _ => $"_options.{TokenSource} is not null",
    };

    private static string Send(SecuritySchemeModel scheme, SecurityUseModel use) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKey => scheme.In switch
        {
            ApiKeyLocation.Header => $"request.AddHeader({CSharp.Literal(scheme.ParameterName)}, _options.{scheme.PropertyName}, sensitive: true);",
            ApiKeyLocation.Query => $"request.AddQuery({CSharp.Literal(scheme.ParameterName)}, _options.{scheme.PropertyName});",
            _ => $"request.AddCookie({CSharp.Literal(scheme.ParameterName)}, _options.{scheme.PropertyName});",
        },
        SecuritySchemeKind.Basic => $"request.AddBasicAuthorization(_options.{scheme.PropertyName}, _options.{scheme.PasswordPropertyName});",
        _ => $"request.AddBearerToken({string.Join(", ", new[] { $"_options.{TokenSource}", CSharp.Literal(scheme.SchemeName) }.Concat(use.Scopes.Select(CSharp.Literal)))});",
    };

    private static string Where(SecuritySchemeModel scheme) => scheme.In switch
    {
        ApiKeyLocation.Header => scheme.ParameterName,
        ApiKeyLocation.Query => $"the query parameter {scheme.ParameterName}",
        _ => $"the cookie {scheme.ParameterName}",
    };
}
