namespace WorkflowOffice.Host.Persistence;

/// <summary>A signed-in user's request tried to write a row of another association (answered 404, as a read would be).</summary>
public sealed class CrossAssociationWriteException(Type entityType)
    : Exception($"A {entityType.Name} of another association cannot be written by this user.");
