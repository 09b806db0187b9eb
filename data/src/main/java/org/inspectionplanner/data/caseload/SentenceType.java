package org.inspectionplanner.data.caseload;

/** The sentence or licence a case supervises. */
public enum SentenceType {
    COMMUNITY_ORDER,
    SUSPENDED_SENTENCE_ORDER,
    LICENCE,
    POST_SENTENCE_SUPERVISION;

    /** Community orders and suspended sentence orders carry requirements and are served in the community. */
    public boolean isCommunity() {
        return this == COMMUNITY_ORDER || this == SUSPENDED_SENTENCE_ORDER;
    }

    /** Licences and post-sentence supervision follow release from custody. */
    public boolean isPostCustody() {
        return !isCommunity();
    }
}
