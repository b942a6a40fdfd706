package org.otmilestones.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of words made of spans that may be strong or toned; line breaks ({@code \n}) are kept.
 *
 * @param spans the spans, in reading order
 */
public record Text(List<Span> spans) {

    /** How much a span stands out. */
    public enum Emphasis { REGULAR, STRONG }

    /**
     * Part of a text.
     *
     * @param text the characters
     * @param emphasis regular or strong
     * @param tone the tone, for colour
     */
    public record Span(String text, Emphasis emphasis, Tone tone) {
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(emphasis, "emphasis");
            Objects.requireNonNull(tone, "tone");
        }
    }

    public Text {
        spans = List.copyOf(spans);
    }

    /** A plain text. */
    public static Text of(String text) {
        return new Text(List.of(new Span(text, Emphasis.REGULAR, Tone.NEUTRAL)));
    }

    /** A strong text. */
    public static Text strong(String text) {
        return new Text(List.of(new Span(text, Emphasis.STRONG, Tone.NEUTRAL)));
    }

    /** A builder for mixed texts. */
    public static Builder builder() {
        return new Builder();
    }

    /** The characters without styling, as a reader hears them. */
    public String plain() {
        StringBuilder s = new StringBuilder();
        spans.forEach(span -> s.append(span.text()));
        return s.toString();
    }

    /** Collects spans. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        private Builder() {
        }

        /** Adds a plain span. */
        public Builder plain(String text) {
            return add(text, Emphasis.REGULAR, Tone.NEUTRAL);
        }

        /** Adds a strong span. */
        public Builder strong(String text) {
            return add(text, Emphasis.STRONG, Tone.NEUTRAL);
        }

        /** Adds a span. */
        public Builder add(String text, Emphasis emphasis, Tone tone) {
            spans.add(new Span(text, emphasis, tone));
            return this;
        }

        /** The text. */
        public Text build() {
            return new Text(spans);
        }
    }
}
