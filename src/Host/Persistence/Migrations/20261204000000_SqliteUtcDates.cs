using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowOffice.Host.Persistence.Migrations;

/// <summary>
/// SQLite only: rewrites the stored dates that carry an offset other than UTC into UTC text, the form
/// <see cref="SqliteUtcTextConverter"/> writes from now on, so that older rows order and compare as time too.
/// PostgreSQL stores <c>timestamptz</c> and needs nothing. No schema change (the columns stay TEXT).
/// </summary>
[DbContext(typeof(WorkflowOfficeDbContext))]
[Migration("20261204000000_SqliteUtcDates")]
public sealed class SqliteUtcDates : Migration
{
    /// <summary>Every <c>DateTimeOffset</c> column of the model when this migration was written.</summary>
    private static readonly (string Table, string[] Columns)[] DateColumns =
    [
        ("AspNetUsers", ["LockoutEnd"]),
        ("Beneficiaries", ["CreatedAt", "UpdatedAt"]),
        ("BeneficiaryDocuments", ["ProvidedAt"]),
        ("Cases", ["CreatedAt"]),
        ("Inquiries", ["ReceivedAt", "AnsweredAt"]),
        ("Communications", ["At"]),
        ("CommitteeVotes", ["CastAt"]),
        ("Registrations", ["RegisteredAt"]),
        ("ServiceDeliveries", ["RecordedAt"]),
        ("SatisfactionSurveys", ["IssuedAt", "ClosesAt", "AnsweredAt"]),
        ("Attestations", ["AttestedAt"]),
        ("NotificationMessages", ["CreatedAt", "NextAttemptAt", "SentAt"]),
        ("NotificationTemplateOverrides", ["UpdatedAt"]),
        ("PolicyEditions", ["CreatedAt", "SubmittedAt", "ApprovedAt", "ReturnedAt", "PublishedAt", "SupersededAt"]),
        ("EditionVotes", ["At"]),
        ("EditionComments", ["At"]),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }

        foreach (var (table, columns) in DateColumns)
        {
            foreach (var column in columns)
            {
                migrationBuilder.Sql(NormalizeToUtc(table, column));
            }
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // UTC text is what EF Core's default SQLite mapping reads as well: nothing to undo.
    }

    /// <summary>
    /// SQLite's <c>strftime</c> applies the offset but keeps only milliseconds, so the seconds come from it and the
    /// original fraction (up to 7 digits) is carried over as written.
    /// </summary>
    internal static string NormalizeToUtc(string table, string column) => $"""
        UPDATE "{table}"
        SET "{column}" = strftime('%Y-%m-%d %H:%M:%S', "{column}")
            || CASE WHEN instr("{column}", '.') > 0
                    THEN substr("{column}", instr("{column}", '.'), length("{column}") - 6 - instr("{column}", '.') + 1)
                    ELSE '' END
            || '+00:00'
        WHERE "{column}" IS NOT NULL AND substr("{column}", -6) <> '+00:00';
        """;
}
