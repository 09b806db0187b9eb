package org.inspectionplanner.web.support;

/** A requested resource does not exist (404 problem). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
