package org.inspectionplanner.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.inspectionplanner.data.io.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 200 characters, not one of the 100,000 most common passwords
 * (the list nbvcxz bundles, matched also reversed and with l33t substitutions), not mostly a repeated
 * character or pattern, not containing the username, and at least {@link #MINIMUM_ENTROPY} bits by
 * nbvcxz's estimate of guesses (dictionary words, keyboard walks, dates and sequences count for little).
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 200;
    public static final double MINIMUM_ENTROPY = 40;

    private final Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MINIMUM_ENTROPY)
            .setMaxLength(MAXIMUM_LENGTH)
            .setLocale(Locale.UK)
            .createConfiguration());

    /** The reasons the password is refused; empty if it is acceptable. */
    public List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MINIMUM_LENGTH) {
            problems.add("must have at least " + MINIMUM_LENGTH + " characters");
            return problems;
        }
        if (password.length() > MAXIMUM_LENGTH) {
            problems.add("must have at most " + MAXIMUM_LENGTH + " characters");
            return problems;
        }
        if (password.codePoints().distinct().count() < 5 || password.matches("(?s)(.{1,6})\\1+.{0,3}")) {
            problems.add("repeats one character or a short pattern");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("contains the username");
        }
        Result result = estimator.estimate(password);
        for (Match match : result.getMatches()) {
            if (match instanceof DictionaryMatch d && "passwords".equals(d.getDictionaryName())
                    && match.getToken().length() >= password.length() - 2) {
                problems.add("is one of the 100,000 most common passwords");
                break;
            }
            if (match instanceof RepeatMatch && match.getToken().length() * 2 >= password.length()
                    && !problems.contains("repeats one character or a short pattern")) {
                problems.add("repeats one character or a short pattern");
                break;
            }
        }
        if (problems.isEmpty() && !result.isMinimumEntropyMet()) {
            String warning = result.getFeedback().getWarning();
            problems.add("is too easy to guess" + (warning == null || warning.isBlank() ? "" : ": " + warning));
        }
        return problems;
    }

    /** Throws a 400 naming the field if the password is not acceptable. */
    public void check(String field, String username, String password) {
        List<String> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(field, "the password " + String.join("; ", problems));
        }
    }
}
