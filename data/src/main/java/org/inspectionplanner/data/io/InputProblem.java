package org.inspectionplanner.data.io;

/**
 * One thing wrong with an input file, located for the person who has to fix it.
 * Lines count from 1 (the header); columns count from 1; 0 means "the whole line" or "the whole file".
 */
public record InputProblem(String file, long line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
