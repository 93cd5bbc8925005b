using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Data;

internal static class ModelBuilderConventions
{
    /// <summary>
    /// Tenant and soft-delete filters, a leading <c>tenant_id</c> index, and concurrency stamps for
    /// every entity that opts in through the kernel's interfaces.
    /// </summary>
    public static void ApplyPikarConventions(this ModelBuilder modelBuilder, PikarDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.BaseType is null))
        {
            var clrType = entityType.ClrType;
            var builder = modelBuilder.Entity(clrType);

            if (typeof(IMultiTenant).IsAssignableFrom(clrType))
            {
                builder.HasQueryFilter(DataFilters.MultiTenant, TenantFilter(clrType, context));
                if (!entityType.GetIndexes().Any(i => i.Properties[0].Name == nameof(IMultiTenant.TenantId)))
                {
                    builder.HasIndex(nameof(IMultiTenant.TenantId));
                }
            }

            if (typeof(ISoftDelete).IsAssignableFrom(clrType))
            {
                builder.HasQueryFilter(DataFilters.SoftDelete, SoftDeleteFilter(clrType));
            }

            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clrType))
            {
                builder.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).HasMaxLength(40).IsConcurrencyToken();
            }
        }
    }

    private static LambdaExpression TenantFilter(Type entityType, PikarDbContext context)
    {
        var entity = Expression.Parameter(entityType, "e");
        var tenantId = Expression.Property(entity, nameof(IMultiTenant.TenantId));
        var current = Expression.Property(Expression.Constant(context), nameof(PikarDbContext.CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }

    private static LambdaExpression SoftDeleteFilter(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var isDeleted = Expression.Property(entity, nameof(ISoftDelete.IsDeleted));
        return Expression.Lambda(Expression.Not(isDeleted), entity);
    }
}
