package org.inspectionplanner.web.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that is safe to put anywhere in an HTML page: inside strings, {@code < > & ' "} and the
 * line separators U+2028/U+2029 are written as {@code \\uXXXX} escapes, so no value (an office
 * named {@code </script><img onerror=...>}) can close an element, open a tag or break a script.
 * Pages still put such JSON in escaped {@code data-} attributes, not in script elements: this is
 * the second line of defence.
 */
public final class HtmlSafeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlEscapes());
    }

    private HtmlSafeJson() {
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class HtmlEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlEscapes() {
            for (char c : new char[] {'<', '>', '&', '\'', '"'}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
