using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pikar.Modularity;

public sealed record ModuleServiceContext(
    IServiceCollection Services,
    IConfiguration Configuration,
    IHostEnvironment Environment,
    ModuleCatalog Modules);
