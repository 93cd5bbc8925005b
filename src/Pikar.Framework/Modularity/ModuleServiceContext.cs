using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pikar.Modularity;

public sealed record ModuleServiceContext(IServiceCollection Services, IConfiguration Configuration, ModuleCatalog Modules);
