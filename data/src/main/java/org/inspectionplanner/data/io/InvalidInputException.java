package org.inspectionplanner.data.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file (or a set of parameters) was rejected as a whole; {@link #problems()} says every
 * reason found, up to the reader's cap. The CLI maps it to exit code 2, the web API to a 400 problem.
 */
public class InvalidInputException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String file, String message) {
        this(List.of(new InputProblem(file, 0, 0, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
