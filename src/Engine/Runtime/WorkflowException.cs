namespace WorkflowOffice.Engine.Runtime;

/// <summary>Base of the errors the runtime reports to its callers (each with a sentence a user can read).</summary>
public class WorkflowException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public WorkflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public WorkflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
