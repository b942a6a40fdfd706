package org.otmilestones.core.catalog;

/**
 * The longest catalog texts, in characters per language: the handout keeps its page targets (two pages when
 * every area is on track, four at most) for texts up to these lengths, and each is well above what the bundled
 * catalog needs in English and Spanish. A catalog with a longer text is refused with its path.
 */
final class TextCaps {

    /** The catalog's name: in the sources line and the footer of every page. */
    static final int CATALOG_NAME = 80;
    /** A checkpoint's title. */
    static final int CHECKPOINT_TITLE = 80;
    /** An area's plain or technical name: a row label of "At a glance" and of the charts. */
    static final int AREA_NAME = 40;
    /** What an area is, or why it matters. */
    static final int AREA_TEXT = 400;
    /** A sign of difficulty or a red flag of an area. */
    static final int SIGN = 240;
    /** A milestone's question: listed, with its answer, in the area part. */
    static final int QUESTION = 160;
    /** A question for every age: may be quoted in the page-1 box. */
    static final int GENERAL_QUESTION = 320;
    /** An idea to try at home. */
    static final int ACTIVITY = 200;
    /** A guidance text. */
    static final int GUIDANCE = 400;

    private TextCaps() {
    }
}
