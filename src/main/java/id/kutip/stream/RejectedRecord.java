package id.kutip.stream;

import id.kutip.api.Problem;

/** Why a record went to the dead-letter topic; its message becomes the {@code dead-letter-reason} header. */
class RejectedRecord extends RuntimeException {

    private final transient Problem problem;

    RejectedRecord(Problem problem) {
        super(problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
