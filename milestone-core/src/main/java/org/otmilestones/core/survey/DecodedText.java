package org.otmilestones.core.survey;

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
 * An export's bytes turned into text: a byte order mark decides, else strict UTF-8, else Windows-1252 with a
 * warning; a given charset wins over both. Refuses files that are not text at all.
 */
record DecodedText(String text, Charset charset, List<String> warnings) {

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
            int bad = firstInvalidUtf8(bytes);
            if (bad < 0) {
                charset = StandardCharsets.UTF_8;
                text = new String(bytes, charset);
            } else {
                charset = WINDOWS_1252;
                text = new String(bytes, charset);
                warnings.add("the file is not valid UTF-8 (first at line " + lineOfByte(bytes, bad)
                        + "), so it was read as Windows-1252; if accented letters look wrong, save it as \"CSV UTF-8\""
                        + " or give the encoding");
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
        return new DecodedText(text, charset, warnings);
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

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
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
