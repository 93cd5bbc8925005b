using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pikar.EntityFrameworkCore;

// Applies migrations, roles, grants and row-level security, then seeds the host admin, editions,
// the OpenID Connect client and (with --demo or Pikar:Seed:DemoData) the four demo tenants.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddSingleton<DatabaseInstaller>();
using var host = builder.Build();

var includeDemoData = args.Contains("--demo") || builder.Configuration.GetValue("Pikar:Seed:DemoData", false);
await host.Services.GetRequiredService<DatabaseInstaller>().InstallAsync(includeDemoData, CancellationToken.None);
