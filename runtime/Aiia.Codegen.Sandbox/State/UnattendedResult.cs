namespace Aiia.Codegen.Sandbox;

/// <summary>The outcome of an unattended login.</summary>
internal enum UnattendedResult
{
    Success,
    UnknownToken,
    NotSupported,
    Expired,
}
