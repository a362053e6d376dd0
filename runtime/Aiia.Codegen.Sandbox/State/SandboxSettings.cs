namespace Aiia.Codegen.Sandbox;

/// <summary>The options as they were at start: a copy, so changing an <see cref="AiiaSandboxOptions"/> afterwards
/// cannot change a running sandbox halfway through a test.</summary>
internal sealed class SandboxSettings
{
    private readonly HashSet<string> _providersWithoutUnattended;

    public SandboxSettings(AiiaSandboxOptions options)
    {
        ClientId = options.ClientId;
        ClientSecret = options.ClientSecret;
        TimeProvider = options.TimeProvider;
        AutoCompleteAfter = options.AutoCompleteAfter;
        MaxPollTimeout = options.MaxPollTimeout;
        CodeLifetime = options.CodeLifetime;
        AccessTokenLifetime = options.AccessTokenLifetime;
        LoginTokenLifetime = options.LoginTokenLifetime;
        ProviderId = options.ProviderId;
        ProviderSelector = options.ProviderSelector;
        _providersWithoutUnattended = new HashSet<string>(options.ProvidersWithoutUnattended, StringComparer.Ordinal);
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public TimeProvider TimeProvider { get; }

    public TimeSpan? AutoCompleteAfter { get; }

    public TimeSpan MaxPollTimeout { get; }

    public TimeSpan CodeLifetime { get; }

    public TimeSpan AccessTokenLifetime { get; }

    public TimeSpan LoginTokenLifetime { get; }

    public string ProviderId { get; }

    public Func<string, string>? ProviderSelector { get; }

    public bool SupportsUnattended(string providerId) => !_providersWithoutUnattended.Contains(providerId);

    /// <summary>Never shows the secret.</summary>
    public override string ToString() => $"SandboxSettings {{ ClientId = {ClientId}, ClientSecret = [redacted], ProviderId = {ProviderId} }}";
}
