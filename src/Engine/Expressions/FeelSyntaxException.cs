namespace WorkflowOffice.Engine.Expressions;

/// <summary>A FEEL expression could not be parsed; the message says where and why.</summary>
public sealed class FeelSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FeelSyntaxException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FeelSyntaxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public FeelSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
