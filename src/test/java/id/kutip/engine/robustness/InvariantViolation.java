package id.kutip.engine.robustness;

/**
 * The engine's output broke a named invariant. The name lets the shrinker keep looking for a smaller
 * input that breaks the same invariant rather than wandering off to a different failure.
 */
final class InvariantViolation extends AssertionError {

    private final String invariant;

    InvariantViolation(String invariant, String detail) {
        super("[" + invariant + "] " + detail);
        this.invariant = invariant;
    }

    String invariant() {
        return invariant;
    }
}
