package id.kutip.api;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness reports overload: down while every analysis slot is busy and the queue is full, so
 * that a load balancer sends new work elsewhere until it drains. Liveness does not (a busy service
 * is alive; restarting it would only lose the work in progress). Runs on the event loop.
 */
@Readiness
@ApplicationScoped
public class EngineCapacity implements AsyncHealthCheck {

    private final EngineSlots slots;

    public EngineCapacity(EngineSlots slots) {
        this.slots = slots;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check);
    }

    HealthCheckResponse check() {
        return HealthCheckResponse.named("engine-capacity").status(!slots.saturated())
                .withData("slots", slots.slots())
                .withData("busy", slots.busy())
                .withData("queue", slots.maxQueue())
                .withData("waiting", slots.waiting())
                .withData("shed", slots.shed())
                .build();
    }
}
