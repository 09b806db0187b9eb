package org.inspectionplanner.data.io;

import java.nio.charset.CharacterCodingException;

/**
 * Raised on the first read of a file that is UTF-16 rather than UTF-8 (spreadsheet programs save
 * "Unicode text" that way): read as UTF-8 its text would be interleaved with NUL characters.
 */
final class Utf16 extends CharacterCodingException {

    static final String MESSAGE = "the file is UTF-16; save it as UTF-8";

    /**
     * True when the first bytes are a UTF-16 byte-order mark, or the pattern of UTF-16 ASCII text:
     * a zero byte in every other position (either byte order), which UTF-8 text never has.
     */
    static boolean looksLike(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        if (head.length < 4) {
            return false;
        }
        boolean littleEndian = true;
        boolean bigEndian = true;
        for (int i = 0; i + 1 < head.length; i += 2) {
            littleEndian &= head[i] != 0 && head[i + 1] == 0;
            bigEndian &= head[i] == 0 && head[i + 1] != 0;
        }
        return littleEndian || bigEndian;
    }

    @Override
    public String getMessage() {
        return MESSAGE;
    }
}
