using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> builder)
    {
        builder.ToTable("ServiceDeliveries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ServiceName).HasMaxLength(200);
        builder.Property(s => s.Quantity).HasPrecision(18, 2);
        builder.Property(s => s.Amount).HasPrecision(18, 2);
        builder.HasIndex(s => s.AssociationId);
        builder.HasIndex(s => s.CaseId);
    }
}
