namespace WorkflowOffice.Host.Startup;

/// <summary>
/// A configuration or environment problem the operator must fix. Its message is one plain sentence; the host
/// prints it to stderr and exits non-zero instead of showing a stack trace.
/// </summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException()
    {
    }

    public StartupConfigurationException(string message)
        : base(message)
    {
    }

    public StartupConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
