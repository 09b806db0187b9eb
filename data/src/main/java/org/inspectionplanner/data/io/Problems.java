package org.inspectionplanner.data.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, up to {@link #CAP}, then rejects the file whole. */
final class Problems {
    static final int CAP = 100;

    private final String file;
    private final List<InputProblem> list = new ArrayList<>();
    private boolean stoppedEarly;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(long line, int column, String message) {
        if (list.size() < CAP) {
            list.add(new InputProblem(file, line, column, message));
        }
    }

    /** True once the cap is reached: the reader stops, as more problems would not be shown. */
    boolean full() {
        return list.size() >= CAP;
    }

    /** Records that reading stopped at the cap with part of the file still unchecked. */
    void stoppedEarly() {
        stoppedEarly = true;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (list.isEmpty()) {
            return;
        }
        List<InputProblem> all = new ArrayList<>(list);
        if (stoppedEarly) {
            InputProblem last = list.get(list.size() - 1);
            all.add(new InputProblem(file, last.line(), 0,
                    "stopped after " + CAP + " problems; the rest of the file was not checked"));
        }
        throw new InvalidInputException(all);
    }
}
