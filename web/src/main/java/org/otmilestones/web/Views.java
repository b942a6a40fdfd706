package org.otmilestones.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each page template shows: plain values, worded and ready, so the templates only lay them out. */
final class Views {

    private Views() {
    }

    /**
     * The frame of every page.
     *
     * @param lang the page's language code
     * @param title the page title (also the first heading on most pages)
     * @param skip the "skip to the main content" text
     * @param staffCsrf the staff form token for the sign-out button, empty on family pages
     * @param clinicName the clinic's name, when its profile has one
     */
    record Layout(String lang, String title, String skip, Optional<String> staffCsrf, Optional<String> clinicName) {
        boolean staff() {
            return staffCsrf.isPresent();
        }
    }

    /** A message page: an error, a link that does not work, a thing not found. */
    record Message(Layout layout, String title, String text, Optional<String> backUrl) {
    }

    /** One language choice on the start page. */
    record LanguageLink(String code, String name, boolean current) {
    }

    /**
     * The family's start page.
     *
     * @param once the form's id, so that sending it twice makes one checklist
     * @param idleMillis how long a half-filled form stays on the screen without a tap
     */
    record Start(Layout layout, Texts t, String csrf, List<LanguageLink> languages, Map<String, String> values,
            List<String> errors, boolean monthFirst, String once, long idleMillis) {
        String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /**
     * What every screen of an open checklist has at its foot: "start over for the next family", and the
     * timer that closes the checklist on a device left alone.
     *
     * @param csrf the family session's form token
     * @param aliveUrl where the page tells the server the family is still there
     * @param idleMillis how long without a tap before the page closes the checklist
     */
    record FamilyEnd(Texts t, String csrf, String aliveUrl, long idleMillis) {
    }

    /**
     * The page a family link shows on a device where its checklist is not open: the child's birth date,
     * and nothing of the child until it is given.
     */
    record Unlock(Layout layout, Texts t, String action, String csrf, Map<String, String> values, List<String> errors,
            boolean monthFirst) {
        String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** One answer button. */
    record Choice(String value, String label, boolean checked) {
    }

    /** One question with its answer buttons. */
    record Question(String id, String number, String text, List<Choice> choices) {
    }

    /** One screen of the family's checklist. */
    record Step(Layout layout, Texts t, String action, String saveUrl, String csrf, String progress, int step,
            int steps, String heading, String intro, List<Question> questions, boolean first, boolean last,
            FamilyEnd end) {
    }

    /** The calm thank-you page. */
    record Done(Layout layout, Texts t, Optional<String> handoutUrl, FamilyEnd end) {
    }

    /** The staff sign-in page. */
    record Login(Layout layout, String csrf, Optional<String> problem) {
    }

    /** One area's status in the staff table. */
    record Status(String word, String css) {
    }

    /** One row of the staff table, as the command line's table has it. */
    record Row(long id, String childName, String childId, String checklist, List<Status> statuses, String checkup,
            String doctor, String state, String day, Optional<String> problem) {
    }

    /**
     * Which part of a long list a page shows.
     *
     * @param total how many checklists the list has
     * @param page this page, from 1
     * @param pages how many pages
     * @param first the number of the first row shown, from 1
     * @param last the number of the last row shown
     * @param previous the link to the page before, if any
     * @param next the link to the page after, if any
     */
    record Paging(int total, int page, int pages, int first, int last, Optional<String> previous, Optional<String> next) {
    }

    /** The staff list of checklists. */
    record ListPage(Layout layout, String csrf, String view, String query, String today, List<String> areaNames,
            List<Row> rows, String exportQuery, String legend, List<Option> show, Paging paging, Optional<String> notice,
            int cleanupDays) {
    }

    /** The page that asks before unfinished checklists are deleted in bulk. */
    record CleanupPage(Layout layout, String csrf, int days, int count, String before) {
    }

    /** The family link, once, with its QR code (an SVG we drew, safe to put in the page as it is). */
    record FamilyLink(String url, String qrSvg) {
    }

    /** Another checklist of the same child. */
    record Visit(long id, String day, String checklist, String state) {
    }

    /** One area on a checklist's staff page. */
    record AreaLine(String name, String status, String css, String explanation) {
    }

    /** One checklist on the staff page. */
    record Detail(Layout layout, String csrf, long id, String childName, String childId, String born, String age,
            String checklist, String day, String state, String completedBy, String language,
            List<AreaLine> areas, Optional<String> checkup, List<String> redFlags, List<String> notes,
            Optional<String> problem, boolean finished, boolean reviewed, Optional<FamilyLink> familyLink,
            List<Visit> otherVisits, Optional<String> childIdProblem) {
    }

    /** The delete confirmation. */
    record ConfirmDelete(Layout layout, String csrf, long id, String childName, String childId, String day) {
    }

    /** A choice in a select box. */
    record Option(String value, String label, boolean selected) {
    }

    /** The staff form that starts a family on a checklist; {@code once} is the form's id. */
    record StartFamily(Layout layout, String csrf, List<Option> checkpoints, List<Option> languages,
            Map<String, String> values, List<String> errors, String once) {
        String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** A failed row of an import. */
    record FailedRow(int line, String where, String problem, String fix) {
    }

    /** The import page, before and after a file. */
    record ImportPage(Layout layout, String csrf, Optional<ImportReport> report, List<String> problems) {
    }

    /**
     * What one import did.
     *
     * @param fileName the uploaded file's name
     * @param format how the file was read
     * @param notes warnings and unused columns
     * @param rows the rows read, as in the staff table
     * @param failed the rows that could not be used
     * @param repeatedLines rows already in the list from an earlier import
     * @param uploadId the kept upload, when a date order would fix rows
     * @param dateOrderFixes how many failed rows each date order would fix ("MDY" / "DMY")
     * @param importId the import, for its zip
     */
    record ImportReport(String fileName, String format, List<String> notes, List<Row> rows, List<String> areaNames,
            List<FailedRow> failed, List<Integer> repeatedLines, Optional<String> uploadId,
            Map<String, Integer> dateOrderFixes, long importId) {
    }

    /** One field of the clinic profile form. */
    record Field(String key, String label, String value, boolean multiLine, String help, int maxLength) {
    }

    /** The clinic profile and settings page. */
    record Clinic(Layout layout, String csrf, List<Field> fields, boolean hasLogo, boolean showHandout,
            List<Option> papers, String cleanupDays, List<String> problems, boolean saved, List<String> missing) {
    }
}
