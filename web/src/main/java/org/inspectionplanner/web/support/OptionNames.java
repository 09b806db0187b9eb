package org.inspectionplanner.web.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sampler's and the planners' parameter checks are shared with the command line, so their
 * messages name options ({@code --target-size}); an API client sent the JSON field
 * ({@code targetSize}). This rewrites the one into the other for a problem answered over HTTP.
 */
public final class OptionNames {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--([a-z]+(?:-[a-z]+)*)");

    private OptionNames() {
    }

    public static String asFields(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = OPTION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] words = m.group(1).split("-");
            StringBuilder field = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(field.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
