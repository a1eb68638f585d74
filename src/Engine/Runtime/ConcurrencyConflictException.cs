namespace WorkflowOffice.Engine.Runtime;

/// <summary>Thrown by <see cref="IWorkflowStore.CommitAsync"/> when another step committed first.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyConflictException()
        : base("The workflow instance was changed by another step.")
    {
    }

    /// <summary>Creates the exception for an instance and the version the step expected.</summary>
    public ConcurrencyConflictException(Guid instanceId, long expectedVersion)
        : base($"Workflow instance {instanceId} is no longer at version {expectedVersion}.")
    {
        InstanceId = instanceId;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause (e.g. the database's exception).</summary>
    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The instance.</summary>
    public Guid InstanceId { get; }

    /// <summary>The version the step started from.</summary>
    public long ExpectedVersion { get; }
}
