namespace Aiia.Codegen;

/// <summary>
/// A file a spec can refer to with an external <c>$ref</c> (<c>common.yaml#/components/schemas/Money</c>), as plain
/// values: the generator takes it from the project's AdditionalFiles, the CLI from the disk.
/// </summary>
/// <param name="Path">The file's path (a <c>$ref</c> is resolved against the referring file's folder).</param>
/// <param name="Text">The file's text.</param>
public sealed record ReferencedFile(string Path, string Text);
