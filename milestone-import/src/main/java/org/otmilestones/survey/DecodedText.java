package org.otmilestones.survey;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An export's bytes turned into text: a byte order mark decides, else UTF-8, else Windows-1252 with a
 * warning; a given charset wins over both. Refuses files that are not text at all.
 *
 * <p>A file with any valid multi-byte UTF-8 letter is UTF-8, even when a few bytes in it are not (as after a
 * spreadsheet saved one cell in another encoding): those bytes become U+FFFD and the text is
 * {@link #damaged()}, so the rows that hold them fail alone instead of every accented name being garbled.
 * Windows-1252 is chosen only when the file has no UTF-8 letter at all.
 *
 * @param damaged true when bytes that are not valid UTF-8 were replaced by U+FFFD
 */
record DecodedText(String text, Charset charset, List<String> warnings, boolean damaged) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** Share of control characters above which a file is taken for binary data rather than text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int SNIFF_CHARS = 65_536;

    DecodedText {
        warnings = List.copyOf(warnings);
    }

    static DecodedText decode(byte[] bytes, Optional<Charset> given, String file) throws ImportException {
        if (bytes.length == 0) {
            throw empty(file);
        }
        refuseKnownBinary(bytes, file);
        List<String> warnings = new ArrayList<>();
        boolean damaged = false;
        Bom bom = Bom.of(bytes);
        String text;
        Charset charset;
        if (given.isPresent()) {
            charset = given.get();
            int skip = bom != null && bom.charset.equals(charset) ? bom.length : 0;
            text = strict(bytes, skip, charset, file, "is not valid " + charset.name(),
                    "check the encoding you gave, or leave it out to detect it");
        } else if (bom != null) {
            charset = bom.charset;
            text = strict(bytes, bom.length, charset, file, "starts with a " + charset.name()
                    + " byte order mark but is not valid " + charset.name(), "save the file again as CSV UTF-8");
        } else if (utf16WithoutBom(bytes) != null) {
            charset = utf16WithoutBom(bytes);
            text = strict(bytes, 0, charset, file, "looks like " + charset.name() + " but is not valid " + charset.name(),
                    "save the file again as CSV UTF-8");
            warnings.add("the file has no byte order mark but looks like " + charset.name() + "; read it as "
                    + charset.name() + " (give the encoding if that is wrong)");
        } else {
            Utf8Scan scan = Utf8Scan.of(bytes);
            if (scan.invalid() == 0) {
                charset = StandardCharsets.UTF_8;
                text = new String(bytes, charset);
            } else if (scan.multiByte() > 0) {
                charset = StandardCharsets.UTF_8;
                // Java's decoder replaces each broken sequence with U+FFFD, as the Unicode standard advises.
                text = new String(bytes, charset);
                damaged = true;
                warnings.add("the file is UTF-8, but " + (scan.invalid() == 1 ? "1 byte in it is" : scan.invalid()
                        + " bytes in it are") + " not (first on line " + lineOfByte(bytes, scan.firstInvalid())
                        + "), as when a spreadsheet saved part of it in another encoding; each row that uses such a"
                        + " value fails with its line and column, and the other rows are read as usual");
            } else {
                charset = WINDOWS_1252;
                text = new String(bytes, charset);
                warnings.add("the file is not UTF-8 (first on line " + lineOfByte(bytes, scan.firstInvalid())
                        + ") and has no UTF-8 letter at all, so it was read as Windows-1252, as older Excel saves"
                        + " \"CSV\"; check an accented name in one handout before you hand them out, and if the"
                        + " letters look wrong, save the export as \"CSV UTF-8\" or give the encoding");
            }
        }
        // A BOM can also arrive inside the text: given charsets, or a file saved twice.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        refuseControlCharacters(text, file);
        if (text.isBlank()) {
            throw empty(file);
        }
        return new DecodedText(text, charset, warnings, damaged);
    }

    /**
     * Counts a file's valid multi-byte UTF-8 sequences and the bytes that belong to no valid sequence.
     *
     * @param multiByte valid sequences of two to four bytes
     * @param invalid bytes that start or continue no valid sequence
     * @param firstInvalid the offset of the first such byte, or -1
     */
    record Utf8Scan(long multiByte, long invalid, int firstInvalid) {

        static Utf8Scan of(byte[] bytes) {
            long multiByte = 0;
            long invalid = 0;
            int firstInvalid = -1;
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int length = sequenceLength(bytes, i);
                if (length > 0) {
                    multiByte++;
                    i += length;
                } else {
                    invalid++;
                    if (firstInvalid < 0) {
                        firstInvalid = i;
                    }
                    i++;
                }
            }
            return new Utf8Scan(multiByte, invalid, firstInvalid);
        }

        /** The length of the valid multi-byte sequence starting at {@code i}, or 0 (RFC 3629's table). */
        private static int sequenceLength(byte[] bytes, int i) {
            int b = bytes[i] & 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return 0;
            }
            if (i + length > bytes.length) {
                return 0;
            }
            for (int k = 1; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                int min = k == 1 ? low : 0x80;
                int max = k == 1 ? high : 0xBF;
                if (c < min || c > max) {
                    return 0;
                }
            }
            return length;
        }
    }

    private static ImportException empty(String file) {
        return new ImportException(file, "is empty", "export the responses again; the file should start with a header row");
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(UTF_32BE, 4);
            }
            if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(UTF_32LE, 4);
            }
            if (starts(b, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (starts(b, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (starts(b, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void refuseKnownBinary(byte[] bytes, String file) throws ImportException {
        String fix = "in the spreadsheet or survey tool, save or export the responses as CSV (\"CSV UTF-8\" in Excel)";
        if (starts(bytes, 'P', 'K', 3, 4)) {
            throw new ImportException(file, "is an Excel workbook (.xlsx) or another ZIP file, not CSV text", fix);
        }
        if (starts(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportException(file, "is an old Excel workbook (.xls), not CSV text", fix);
        }
        if (starts(bytes, '%', 'P', 'D', 'F')) {
            throw new ImportException(file, "is a PDF, not CSV text", fix);
        }
    }

    /** UTF-16 from tools that write no BOM shows as a zero byte beside every ASCII character. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > pairs * 0.4 && zeroEven == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.4 && zeroOdd == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] bytes, int skip, Charset charset, String file, String problem, String fix)
            throws ImportException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new ImportException(file, problem + " (at line " + lineOfByte(bytes, at) + ")", fix);
        }
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void refuseControlCharacters(String text, String file) throws ImportException {
        int sniffed = Math.min(text.length(), SNIFF_CHARS);
        int control = 0;
        int line = 1;
        int firstLine = -1;
        for (int i = 0; i < sniffed; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == 0 || (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f')) {
                control++;
                if (firstLine < 0) {
                    firstLine = line;
                }
                if (c == 0) {
                    // Text files never hold a NUL; a reader that passes it on corrupts every later tool.
                    control += sniffed;
                }
            }
        }
        if (control > sniffed * MAX_CONTROL_SHARE) {
            throw new ImportException(file, "does not look like a CSV text file: it holds binary data (from line "
                    + firstLine + ")", "export the responses again as CSV; if it is a UTF-16 file, give the encoding");
        }
    }
}
