using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits the options class and the <c>Add&lt;Client&gt;</c> extension that registers the client with
/// <c>IHttpClientFactory</c>: <c>&lt;Client&gt;.DependencyInjection.g.cs</c>.
/// </summary>
internal static class DependencyInjectionEmitter
{
    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        var client = CSharp.Qualified(spec.ClientName, spec.Namespace);
        var options = spec.GeneratedNames.Options;
        writer.Line($"/// <summary>The settings of <see cref=\"{client}\"/>, taken by its constructors and by <c>{spec.GeneratedNames.RegistrationMethod}</c> alike. <c>ToString()</c> never shows credentials.</summary>");
        SecurityEmitter.EmitOptionsRemarks(writer, spec);
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"{spec.Accessibility} sealed class {options} : {CSharp.Runtime}.ApiClientOptions");
        // The spec's server and credentials word the messages: another API's host or "the client secret" misleads.
        writer.Line(spec.DocumentedServer is null
            ? "/// <summary>Creates the options.</summary>"
            : $"/// <summary>Creates the options. The spec's server is <c>{CSharp.EscapeXml(spec.DocumentedServer)}</c>: set <c>BaseAddress</c> to it, or to another of the API's.</summary>");
        writer.Open($"public {options}() : base({(spec.DocumentedServer is null ? "null" : CSharp.Literal(spec.DocumentedServer))}, sendsCredentials: {(spec.SecuritySchemes.Count > 0 ? "true" : "false")})");
        writer.Close();
        writer.Line();
        SecurityEmitter.EmitOptionsProperties(writer, spec);

        writer.Line("/// <inheritdoc />");
        writer.Open("public override global::System.Collections.Generic.IEnumerable<string> Validate()");
        writer.Open("foreach (var problem in base.Validate())");
        writer.Line("yield return problem;");
        writer.Close();
        SecurityEmitter.EmitValidation(writer, spec);

        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line($"/// <summary>Registers <see cref=\"{client}\"/> with dependency injection.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"{spec.Accessibility} static class {spec.GeneratedNames.Registration}");
        writer.Line($"/// <summary>Registers <see cref=\"{client}\"/> as a typed client of <c>IHttpClientFactory</c>, with validated options,");
        writer.Line("/// logging through the container's logger factory (never secrets, codes or tokens; the factory's own header logging is");
        writer.Line("/// removed) and a primary handler that never follows redirects. Retries are the client's own, as without DI.</summary>");
        writer.Line("/// <param name=\"services\">The container.</param>");
        writer.Line("/// <param name=\"configure\">Sets the options; they may also be bound from configuration with <c>services.Configure</c>.</param>");
        writer.Line("/// <returns>The HTTP client builder, for more handlers.</returns>");
        writer.Open($"public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder {spec.GeneratedNames.RegistrationMethod}(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<{CSharp.Qualified(options, spec.Namespace)}>? configure = null)");
        writer.Line($"return {CSharp.Runtime}.ApiClientRegistration.AddApiClient<{client}, {CSharp.Qualified(options, spec.Namespace)}>(");
        writer.Indent();
        writer.Line("services,");
        writer.Line("configure,");
        writer.Line($"static (httpClient, options) => new {client}(httpClient, options));");
        writer.Outdent();
        writer.Close();
        writer.Close();
    }
}
