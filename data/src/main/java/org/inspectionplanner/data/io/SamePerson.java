package org.inspectionplanner.data.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which long-list cases belong to one person. Two cases are the same person when they share
 * a CRN, or a PNC, or the same normalised family name, first name and date of birth; the relation
 * is followed through (A shares a PNC with B, B its names with C: all three are one person). Each
 * person's id is the own id of their first case in file order, so ids do not depend on what comes
 * later in the file. Names go into a one-way hash and nowhere else.
 */
final class SamePerson {

    private final Map<String, Integer> firstCaseOfKey = new HashMap<>();
    private final List<Integer> parent = new ArrayList<>();
    private final List<String> ownIds = new ArrayList<>();
    private final MessageDigest sha256;

    SamePerson() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds the next case. {@code pnc} and the names may be blank; names holding {@code *} (redacted)
     * are not compared. Returns false when the case has neither a PNC nor full names and birth date,
     * nor redacted names to fall back on the CRN for: nothing then says who the person is.
     */
    boolean add(String crn, String pnc, String familyName, String firstName, LocalDate dob) {
        int index = parent.size();
        parent.add(index);
        String names = names(familyName, firstName, dob);
        String ownId;
        if (!pnc.isEmpty()) {
            ownId = pnc.toUpperCase(Locale.ROOT);
        } else if (names != null) {
            ownId = hash(names);
        } else if (redacted(familyName) || redacted(firstName)) {
            ownId = hash("crn|" + crn.toUpperCase(Locale.ROOT)); // a restricted case: the CRN is all there is
        } else {
            ownId = "";
        }
        ownIds.add(ownId);
        link(index, "crn|" + crn.toUpperCase(Locale.ROOT));
        if (!pnc.isEmpty()) {
            link(index, "pnc|" + pnc.toUpperCase(Locale.ROOT));
        }
        if (names != null) {
            link(index, "names|" + names);
        }
        return !ownId.isEmpty();
    }

    /** The person id of every case, in the order added. */
    List<String> personIds() {
        List<String> ids = new ArrayList<>(parent.size());
        for (int i = 0; i < parent.size(); i++) {
            ids.add(ownIds.get(root(i)));
        }
        return ids;
    }

    static boolean redacted(String name) {
        return name.indexOf('*') >= 0;
    }

    /**
     * Names compared without case, accents, spaces, hyphens or apostrophes ("O'Brien" is "OBRIEN"),
     * joined with the birth date; null when a name is blank or redacted, or the date is missing.
     */
    static String names(String familyName, String firstName, LocalDate dob) {
        String family = normalise(familyName);
        String first = normalise(firstName);
        if (family.isEmpty() || first.isEmpty() || dob == null || redacted(familyName) || redacted(firstName)) {
            return null;
        }
        return family + "|" + first + "|" + dob;
    }

    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    private String hash(String key) {
        byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        return "H" + HexFormat.of().formatHex(digest, 0, 8);
    }

    private void link(int index, String key) {
        Integer first = firstCaseOfKey.putIfAbsent(key, index);
        if (first != null) {
            int a = root(first);
            int b = root(index);
            if (a != b) {
                // the earlier case stays the root, so a person's id is that of their first case
                parent.set(Math.max(a, b), Math.min(a, b));
            }
        }
    }

    private int root(int i) {
        int r = i;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        while (parent.get(i) != r) { // path compression
            int next = parent.get(i);
            parent.set(i, r);
            i = next;
        }
        return r;
    }
}
