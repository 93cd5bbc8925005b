using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Identity;
using Pikar.Modularity;
using Pikar.Notifications.Inbox;
using Pikar.Seeding;

namespace Pikar.Notifications;

/// <summary>Each user's notifications (the shell's bell): what other modules need them to see, such as a connection about to expire.</summary>
public sealed class NotificationsModule : PikarModule
{
    public const string Schema = "notifications";

    public override IReadOnlyList<Type> DependsOn => [typeof(IdentityModule)];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddScoped<INotificationPublisher, NotificationPublisher>();
        services.AddScoped<NotificationService>();
        services.AddScoped<IDataSeedContributor, NotificationsDataSeedContributor>();
        services.AddSingleton<IValidator<GetNotificationsInput>, GetNotificationsInputValidator>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapNotificationsEndpoints();
}
