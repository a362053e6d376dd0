namespace Aiia.Codegen.Sandbox;

/// <summary>The outcome of a code exchange.</summary>
internal enum ExchangeResult
{
    Success,
    UnknownCode,
    Expired,
}
