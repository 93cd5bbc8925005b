using Microsoft.EntityFrameworkCore.Design;
using Pikar.Data;

namespace Pikar.EntityFrameworkCore;

/// <summary>Lets <c>dotnet ef</c> build the model with every module loaded.</summary>
internal sealed class PikarDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PikarDbContext>
{
    public PikarDbContext CreateDbContext(string[] args) => OwnerDbContext.Create("Host=localhost;Database=pikar_design");
}
