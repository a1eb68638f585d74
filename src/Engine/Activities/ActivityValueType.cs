namespace WorkflowOffice.Engine.Activities;

/// <summary>Declared type of an activity input or output.</summary>
public enum ActivityValueType
{
    /// <summary>Any JSON-compatible value.</summary>
    Any = 0,

    /// <summary>Text.</summary>
    String = 1,

    /// <summary>A number (decimal).</summary>
    Number = 2,

    /// <summary>true or false.</summary>
    Boolean = 3,

    /// <summary>A calendar date (ISO 8601 <c>yyyy-MM-dd</c>).</summary>
    Date = 4,

    /// <summary>A date and time with offset (ISO 8601).</summary>
    DateTime = 5,

    /// <summary>An ISO 8601 duration such as <c>P14D</c>.</summary>
    Duration = 6,

    /// <summary>A list of values.</summary>
    List = 7,

    /// <summary>A map of names to values.</summary>
    Object = 8,
}
